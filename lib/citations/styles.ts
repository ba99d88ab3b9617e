/*
 * The citation styles the site offers, and dates in the forms they prescribe in each language. No
 * dependency, because the browser's enhancement module bundles this file to fill in the reader's
 * access date and must stay a few hundred bytes; the server's citations (lib/citations/cite.ts) use the
 * same functions. (The import below is of a type only, which the bundle drops.)
 */
import type { Lang } from '../i18n';

export const citationStyles = ['apa', 'mla', 'chicago', 'bibtex'] as const;
export type CitationStyle = (typeof citationStyles)[number];

export const styleNames: Record<CitationStyle, string> = { apa: 'APA', mla: 'MLA', chicago: 'Chicago', bibtex: 'BibTeX' };

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
// MLA abbreviates months of more than four letters.
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/*
 * Vietnamese adaptations of these styles (university guides, newsrooms) write every date the way
 * Vietnamese prose does, "ngày 5 tháng 1 năm 2027", whatever the style: no month names, no
 * abbreviations. The word "ngày" is part of the date, so it reads "Truy cập ngày …", "Đăng ngày …".
 */
const viDayMonth = (date: Date) => `ngày ${date.getDate()} tháng ${date.getMonth() + 1}`;

/** "ngày 5 tháng 1 năm 2027" */
export const viDate = (date: Date) => `${viDayMonth(date)} năm ${date.getFullYear()}`;

/** "5 Jan. 2027" (MLA); "ngày 5 tháng 1 năm 2027" in Vietnamese */
export const mlaDate = (date: Date, lang: Lang) =>
  lang === 'vi' ? viDate(date) : `${date.getDate()} ${MLA_MONTHS[date.getMonth()]} ${date.getFullYear()}`;

/** "January 5, 2027" (Chicago, and APA's retrieval date); "ngày 5 tháng 1 năm 2027" in Vietnamese */
export const longDate = (date: Date, lang: Lang) => (lang === 'vi' ? viDate(date) : `${MONTHS[date.getMonth()]} ${date.getDate()}, ${date.getFullYear()}`);

/** "2027, January 5" (APA); "2027, ngày 5 tháng 1" in Vietnamese */
export const apaDate = (date: Date, lang: Lang) => `${date.getFullYear()}, ${lang === 'vi' ? viDayMonth(date) : `${MONTHS[date.getMonth()]} ${date.getDate()}`}`;

/** "2027-01-05": BibTeX's dates stay machine-readable in every language. */
export const isoDate = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/** The reader's access date in a style's own form and the page's language, in the reader's own time zone. */
export function formatAccessDate(style: CitationStyle, date: Date, lang: Lang): string {
  return style === 'mla' ? mlaDate(date, lang) : style === 'bibtex' ? isoDate(date) : longDate(date, lang);
}
