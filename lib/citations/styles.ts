/*
 * The citation styles the site offers, and dates in the fixed English forms they prescribe. No
 * dependency, because the browser's enhancement module bundles this file to fill in the reader's
 * access date and must stay a few hundred bytes; the server's citations (lib/citations/cite.ts) use the
 * same functions.
 */

export const citationStyles = ['apa', 'mla', 'chicago', 'bibtex'] as const;
export type CitationStyle = (typeof citationStyles)[number];

export const styleNames: Record<CitationStyle, string> = { apa: 'APA', mla: 'MLA', chicago: 'Chicago', bibtex: 'BibTeX' };

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
// MLA abbreviates months of more than four letters.
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** "5 Jan. 2027" */
export const mlaDate = (date: Date) => `${date.getDate()} ${MLA_MONTHS[date.getMonth()]} ${date.getFullYear()}`;

/** "January 5, 2027" */
export const longDate = (date: Date) => `${MONTHS[date.getMonth()]} ${date.getDate()}, ${date.getFullYear()}`;

/** "2027, January 5" (APA) */
export const apaDate = (date: Date) => `${date.getFullYear()}, ${MONTHS[date.getMonth()]} ${date.getDate()}`;

/** "2027-01-05" */
export const isoDate = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/** The reader's access date in a style's own form, in the reader's own time zone. */
export function formatAccessDate(style: CitationStyle, date: Date): string {
  return style === 'mla' ? mlaDate(date) : style === 'bibtex' ? isoDate(date) : longDate(date);
}
