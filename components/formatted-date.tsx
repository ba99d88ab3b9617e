import { formatDateRange, type IsoDate } from '@/lib/dates';
import type { Lang } from '@/lib/i18n';

export type FormattedDateProps = {
  /** `YYYY-MM-DD`, or `YYYY-MM` when only the month is known. */
  date: IsoDate;
  /** Last day of a range, `YYYY-MM-DD`. */
  endDate?: IsoDate;
  lang: Lang;
};

/** A date or date range in the page's language, with machine-readable `<time>` elements. */
export function FormattedDate({ date, endDate, lang }: FormattedDateProps) {
  const range = formatDateRange(date, endDate, lang);
  if (!range.end || !endDate) return <time dateTime={date}>{range.start}</time>;
  return (
    <>
      <time dateTime={date}>{range.start}</time>
      {range.separator}
      <time dateTime={endDate}>{range.end}</time>
    </>
  );
}
