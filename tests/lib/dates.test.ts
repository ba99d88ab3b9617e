import { afterAll, describe, expect, it } from 'vitest';
import { formatDate, formatDateRange, siteToday, type IsoDate } from '@/lib/dates';
import type { Lang } from '@/lib/i18n';

/** A range as one string, the way the Timeline component joins its two <time> elements. */
function formatDateRangeText(start: IsoDate, end: IsoDate | undefined, lang: Lang): string {
  const range = formatDateRange(start, end, lang);
  return range.end ? `${range.start}${range.separator}${range.end}` : range.start;
}

const originalTz = process.env.TZ;
afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

// Node applies a change of TZ at once; the offset check proves each zone really is in force.
describe.each([
  ['America/Los_Angeles', 480],
  ['Asia/Ho_Chi_Minh', -420],
  ['UTC', 0],
])('dates in %s', (zone, offsetMinutes) => {
  it('the zone is in force', () => {
    process.env.TZ = zone;
    expect(new Date(2024, 11, 24).getTimezoneOffset()).toBe(offsetMinutes);
  });

  it('formats a day in English and Vietnamese without moving it', () => {
    process.env.TZ = zone;
    expect(formatDate('2024-12-24', 'en')).toBe('24 December 2024');
    expect(formatDate('2024-12-24', 'vi')).toBe('24 tháng 12 năm 2024');
    expect(formatDate('2026-01-01', 'en')).toBe('1 January 2026');
    expect(formatDate('2026-12-31', 'vi')).toBe('31 tháng 12 năm 2026');
    expect(formatDate('2025-03-05', 'vi')).toBe('5 tháng 3 năm 2025');
  });

  it('formats a month-only date', () => {
    process.env.TZ = zone;
    expect(formatDate('2024-11', 'en')).toBe('November 2024');
    expect(formatDate('2024-11', 'vi')).toBe('tháng 11 năm 2024');
  });

  it('formats ranges within a month, across months and across years', () => {
    process.env.TZ = zone;
    expect(formatDateRangeText('2025-10-25', '2025-10-26', 'en')).toBe('25–26 October 2025');
    expect(formatDateRangeText('2025-10-25', '2025-10-26', 'vi')).toBe('25–26 tháng 10 năm 2025');
    expect(formatDateRangeText('2022-02-28', '2022-03-11', 'en')).toBe('28 February – 11 March 2022');
    expect(formatDateRangeText('2022-02-28', '2022-03-11', 'vi')).toBe('28 tháng 2 – 11 tháng 3 năm 2022');
    expect(formatDate('2024-01', 'vi')).toBe('tháng 1 năm 2024');
    expect(formatDateRangeText('2023-12-30', '2024-01-02', 'en')).toBe('30 December 2023 – 2 January 2024');
  });
});

describe('formatDateRange', () => {
  it('gives a single date when there is no end or the end equals the start', () => {
    expect(formatDateRange('2024-12-24', undefined, 'en')).toEqual({ start: '24 December 2024', separator: '' });
    expect(formatDateRange('2024-12-24', '2024-12-24', 'en')).toEqual({ start: '24 December 2024', separator: '' });
  });
});

describe('siteToday', () => {
  it('is the day in Hanoi: from 17:00 UTC on 31 December 2026 it is already 1 January 2027', () => {
    expect(siteToday({}, new Date('2026-12-31T16:59:59Z'))).toBe('2026-12-31');
    expect(siteToday({}, new Date('2026-12-31T17:00:00Z'))).toBe('2027-01-01');
  });

  it('is the day SITE_TODAY gives, and refuses one that is not a date', () => {
    expect(siteToday({ SITE_TODAY: '2027-01-01' }, new Date('2026-06-01T00:00:00Z'))).toBe('2027-01-01');
    expect(() => siteToday({ SITE_TODAY: '2027-02-30' })).toThrow('SITE_TODAY=2027-02-30 is not a date (expected YYYY-MM-DD)');
    expect(() => siteToday({ SITE_TODAY: '1/1/2027' })).toThrow('is not a date');
  });
});
