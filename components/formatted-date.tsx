import { formatDateRange, type IsoDate } from '@/lib/dates';
import type { Lang } from '@/lib/i18n';

export type FormattedDateProps = {
  /** `YYYY-MM-DD`, or `YYYY-MM` when only the month is known. */
  date: IsoDate;
  /** Last day of a range, `YYYY-MM-DD`. */
  endDate?: IsoDate;
  lang: Lang;
  /**
   * The date starts a label of its own, so its first letter is a capital: a Vietnamese month-only
   * date reads "Tháng 11 năm 2024", not "tháng 11 năm 2024". Leave it off inside a sentence.
   */
  standalone?: boolean;
};

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A date or date range in the page's language, with machine-readable `<time>` elements. */
export function FormattedDate({ date, endDate, lang, standalone = false }: FormattedDateProps) {
  const range = formatDateRange(date, endDate, lang);
  const start = standalone ? capitalized(range.start) : range.start;
  if (!range.end || !endDate) return <time dateTime={date}>{start}</time>;
  return (
    <>
      <time dateTime={date}>{start}</time>
      {range.separator}
      <time dateTime={endDate}>{range.end}</time>
    </>
  );
}
