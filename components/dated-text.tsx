import type { IsoDate } from '@/lib/dates';
import type { Lang } from '@/lib/i18n';
import { FilledText } from './filled-text';
import { FormattedDate } from './formatted-date';

export type DatedTextProps = {
  /** An interface text with one `{date}` slot, such as `text.statusRecorded`. */
  template: string;
  /** The date for the slot, `YYYY-MM-DD` (or `YYYY-MM`). */
  date: IsoDate;
  lang: Lang;
};

/** An interface sentence with its date in a machine-readable `<time>` element, wherever the language puts it. */
export function DatedText({ template, date, lang }: DatedTextProps) {
  return <FilledText template={template} slots={{ date: <FormattedDate date={date} lang={lang} /> }} />;
}
