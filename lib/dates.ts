import { format, parseISO } from 'date-fns';
import { enGB, vi } from 'date-fns/locale';
import type { Lang } from './i18n';
import { isIsoDay } from './schema';

/** Editors work in Hanoi: the site's "today" is the calendar day there. */
export const PUBLISHING_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** Fixes the site's today (`SITE_TODAY=2027-01-01 npm run build`): for tests, and to preview a change of date. */
export const SITE_TODAY_ENV = 'SITE_TODAY';

/** Today's date, `YYYY-MM-DD`, in a time zone. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/**
 * The site's one "today", `YYYY-MM-DD`: the day in Hanoi, or SITE_TODAY when set. Everything that
 * depends on the date (scheduled articles, the signature period, the "next" date) takes it from
 * the content the loader read, which took it from here.
 */
export function siteToday(env: Record<string, string | undefined> = process.env, now: Date = new Date()): string {
  const fixed = env[SITE_TODAY_ENV];
  if (!fixed) return todayIn(PUBLISHING_TIME_ZONE, now);
  if (!isIsoDay(fixed)) {
    throw new Error(`${SITE_TODAY_ENV}=${fixed} is not a date (expected YYYY-MM-DD)`);
  }
  return fixed;
}

/** A day (`YYYY-MM-DD`) or, where only the month is known, a month (`YYYY-MM`). */
export type IsoDate = string;

const locales = { en: enGB, vi };

// Patterns per language: day, month only, and the short forms used to join ranges.
const patterns = {
  en: { day: 'd MMMM yyyy', month: 'MMMM yyyy', dayOnly: 'd', dayMonth: 'd MMMM' },
  // date-fns's Vietnamese month names pad the number ("tháng 03"); Vietnamese writes "tháng 3".
  vi: { day: "d 'tháng' M 'năm' yyyy", month: "'tháng' M 'năm' yyyy", dayOnly: 'd', dayMonth: "d 'tháng' M" },
} as const;

export function isMonthOnly(date: IsoDate): boolean {
  return /^\d{4}-\d{2}$/.test(date);
}

// parseISO reads a bare date as local midnight and format() writes local time, so the
// calendar day survives any time zone; never use `new Date('YYYY-MM-DD')` (UTC midnight).
function fmt(date: IsoDate, pattern: string, lang: Lang): string {
  return format(parseISO(date), pattern, { locale: locales[lang] });
}

/** "24 December 2024" / "24 tháng 12 năm 2024"; a month-only date gives "November 2024". */
export function formatDate(date: IsoDate, lang: Lang): string {
  return fmt(date, isMonthOnly(date) ? patterns[lang].month : patterns[lang].day, lang);
}

// Short forms, for a chart axis where a full date does not fit: Vietnamese writes day/month/year.
const shortPatterns = {
  en: { withYear: 'd MMM yyyy', noYear: 'd MMM' },
  vi: { withYear: 'd/M/yyyy', noYear: 'd/M' },
} as const;

/** A day in short, for a chart axis: "25 Oct 2025" / "25/10/2025", or with `year: false` "25 Oct" / "25/10". */
export function formatShortDate(date: IsoDate, lang: Lang, { year = true }: { year?: boolean } = {}): string {
  return fmt(date, shortPatterns[lang][year ? 'withYear' : 'noYear'], lang);
}

export type FormattedRange = { start: string; end?: string; separator: string };

/**
 * The two halves of a date range, each to go in its own `<time>` element, and the dash that joins
 * them: "25" + "–" + "26 October 2025", "28 February" + " – " + "11 March 2022", or both in full
 * across years. Without an end date, or when it equals the start, `end` is undefined.
 */
export function formatDateRange(start: IsoDate, end: IsoDate | undefined, lang: Lang): FormattedRange {
  if (!end || end === start) return { start: formatDate(start, lang), separator: '' };
  const p = patterns[lang];
  const sameYear = start.slice(0, 4) === end.slice(0, 4);
  const sameMonth = sameYear && start.slice(0, 7) === end.slice(0, 7);
  const startPattern = isMonthOnly(start) ? p.month : sameMonth ? p.dayOnly : sameYear ? p.dayMonth : p.day;
  const startText = fmt(start, startPattern, lang);
  // An en dash is closed up between bare numbers and spaced between phrases.
  return { start: startText, end: formatDate(end, lang), separator: startText.includes(' ') ? ' – ' : '–' };
}
