import { endOfMonth, format, parseISO } from 'date-fns';
import type { Lang } from '../i18n';

/*
 * Text that a build freezes can go stale: "signature remains open until 31 December 2026" is false
 * from 1 January 2027. This finds, in editors' prose, a date that has passed in a clause that still
 * speaks of it as to come, so `npm run check` can warn before readers are misled. It is a heuristic
 * for editors to review, never a reason to stop a build.
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
// A month's name in full or shortened ("Dec", "Sept."), read as its number.
const MONTH_NAME = `(${MONTHS.map((name) => `${name.slice(0, 3)}(?:${name.slice(3)}|t)?\\.?`).join('|')})`;
const monthNumber = (name: string) => MONTHS.findIndex((month) => month.startsWith(name.toLowerCase().slice(0, 3))) + 1;

const day = (year: string, month: number, date: string) => `${year}-${String(month).padStart(2, '0')}-${date.padStart(2, '0')}`;
const lastDayOfMonth = (year: string, month: number) => format(endOfMonth(parseISO(day(year, month, '1'))), 'yyyy-MM-dd');

/** Each way a date is written, and the last day it covers (a month covers all its days). */
const DATE_FORMS: { pattern: RegExp; lastDay: (m: RegExpMatchArray) => string }[] = [
  { pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/g, lastDay: (m) => day(m[1], Number(m[2]), m[3]) },
  { pattern: new RegExp(`\\b(\\d{1,2}) ${MONTH_NAME} (\\d{4})\\b`, 'gi'), lastDay: (m) => day(m[3], monthNumber(m[2]), m[1]) },
  { pattern: new RegExp(`\\b${MONTH_NAME} (\\d{1,2}), (\\d{4})\\b`, 'gi'), lastDay: (m) => day(m[3], monthNumber(m[1]), m[2]) },
  { pattern: new RegExp(`(?<!\\d )\\b${MONTH_NAME} (\\d{4})\\b`, 'gi'), lastDay: (m) => lastDayOfMonth(m[2], monthNumber(m[1])) },
  { pattern: /\bthe end of (\d{4})\b/gi, lastDay: (m) => `${m[1]}-12-31` },
  { pattern: /\b(\d{1,2}) tháng (\d{1,2}) năm (\d{4})/g, lastDay: (m) => day(m[3], Number(m[2]), m[1]) },
  { pattern: /(?<!\d )tháng (\d{1,2}) năm (\d{4})/g, lastDay: (m) => lastDayOfMonth(m[2], Number(m[1])) },
  { pattern: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g, lastDay: (m) => day(m[3], Number(m[2]), m[1]) },
];

/** Words that speak of what is still to come (or still going on) rather than of what was. */
const STILL_TO_COME: Record<Lang, RegExp> = {
  en: /\b(will|remains?|still|is open|are open|stays? open|keeps?|closes|runs|continues?|upcoming|is due|are due|expected|is to|are to|has until|have until|yet to|can sign|can be signed|may sign|may be signed|days left|from now)\b/i,
  vi: /(sẽ|vẫn còn|còn mở|đang được mở|đang mở|hiện được mở|có thể ký|sắp|dự kiến|chưa hết hạn|còn \d+ ngày)/i,
};

// Reported speech tells of a future that was: "VGP reported that Hanoi would host" is "VGP đưa tin Hà Nội sẽ đăng cai".
const REPORTED: Record<Lang, RegExp | undefined> = { en: undefined, vi: /(đưa tin|công bố|cho biết|thông báo)/i };

// How near a date those words must be to speak of it: before it, as in "remains open for signature at
// UN Headquarters in New York until 31 December 2026", or just after it.
const BEFORE = 80;
const AFTER = 30;

// A link's address is not prose: "(/en/timeline/#signature-closes)".
const withoutAddresses = (clause: string) => clause.replace(/\]\([^)]*\)/g, ']').replace(/https?:\/\/\S+/g, '');

export type PassedDateMention = {
  /** Line in the text, from 1. */
  line: number;
  /** The last day the date covers, `YYYY-MM-DD`. */
  date: string;
  /** The clause that mentions it. */
  clause: string;
};

/** The clauses of a text (split at sentence ends and semicolons), each with its line. */
function clauses(text: string): { line: number; clause: string }[] {
  return text.split('\n').flatMap((line, index) =>
    line
      .split(/(?<=[.!?;])(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.)\s+/)
      .filter((clause) => clause.trim() !== '')
      .map((clause) => ({ line: index + 1, clause: clause.trim() })),
  );
}

/** Every clause of a text that mentions a date before `today` in words of something still to come. */
export function passedDatesAsFuture(text: string, lang: Lang, today: string): PassedDateMention[] {
  // Every way of writing a date has its year in four digits: a text without one has nothing to check.
  if (!/\d{4}/.test(text)) return [];
  return clauses(text).flatMap(({ line, clause }) => {
    if (!/\d{4}/.test(clause)) return [];
    const prose = withoutAddresses(clause);
    // A clause that also names a day still to come speaks of that day: "was open in Hanoi on 25–26
    // October 2025 and is open in New York until 31 December 2026" is true until the end of 2026.
    if (REPORTED[lang]?.test(prose) || DATE_FORMS.some(({ pattern, lastDay }) => [...prose.matchAll(pattern)].some((m) => lastDay(m) >= today))) return [];
    const passed = DATE_FORMS.flatMap(({ pattern, lastDay }) =>
      [...prose.matchAll(pattern)]
        .filter((match) => STILL_TO_COME[lang].test(prose.slice(Math.max(0, match.index - BEFORE), match.index + match[0].length + AFTER)))
        .map(lastDay),
    ).filter((date) => date < today);
    return passed.length > 0 ? [{ line, date: passed.sort().at(-1)!, clause }] : [];
  });
}
