import { describe, expect, it } from 'vitest';
import type { Lang } from '@/lib/i18n';
import { stateRows } from '@/lib/outputs/data-export';
import type { Status } from '@/lib/schema';
import { findStates, foldName, type Findable } from '@/lib/states/find';
import { stateRecords } from '@/lib/states/record';

const status: Status = { asOf: '2025-11-16', hanoiSignatories: { count: 72, source: 'https://example.org/untc' }, participants: [], domesticSteps: [] };

/** The States as the finder module reads them: the rows of the States download, in the page's alphabetical order. */
function rows(lang: Lang): (Findable & { code: string })[] {
  return stateRows(stateRecords(status), status, lang).map((row) => ({
    code: String(row.code),
    name: String(row.name),
    otherNames: row.otherNames ? String(row.otherNames).split('; ') : [],
    url: String(row.url),
    standing: String(row.standing),
  }));
}

const en = rows('en');
const vi = rows('vi');
const codes = (found: { code: string }[]) => found.map(({ code }) => code);

describe('foldName', () => {
  it.each([
    ['Việt Nam', 'viet nam'],
    ['  VIET   nam ', 'viet nam'],
    ['Đức', 'duc'],
    ['Thổ Nhĩ Kỳ', 'tho nhi ky'],
    ['Côte d’Ivoire', "cote d'ivoire"],
    ['Guinea-Bissau', 'guinea bissau'],
    ['U.S.', 'u s'],
  ])('reads %j as %j', (name, folded) => {
    expect(foldName(name)).toBe(folded);
  });
});

describe('findStates', () => {
  it.each([
    ['Turkey', 'en', 'TR'],
    ['türkiye', 'en', 'TR'],
    ['viet nam', 'en', 'VN'],
    ['Việt Nam', 'en', 'VN'],
    ['vietnam', 'en', 'VN'],
    ['viet nam', 'vi', 'VN'],
    ['Việt Nam', 'vi', 'VN'],
    ['vietnam', 'vi', 'VN'],
    ['hoa ky', 'vi', 'US'],
    ['Mỹ', 'vi', 'US'],
    ['Thổ Nhĩ Kỳ', 'vi', 'TR'],
    ['Turkey', 'vi', 'TR'],
    ['duc', 'vi', 'DE'],
    ['Czech Republic', 'en', 'CZ'],
  ] as const)('finds %j first on %s pages: %s', (query, lang, code) => {
    expect(findStates(lang === 'en' ? en : vi, query)[0]?.code).toBe(code);
  });

  it('lists a whole name before one that starts with the query, before one with a later word that does', () => {
    expect(codes(findStates(en, 'guinea'))).toEqual(['GN', 'GW', 'GQ', 'PG']);
    // "UK" is the United Kingdom's other name; Ukraine, earlier in the alphabet, only starts with it.
    expect(codes(findStates(en, 'UK'))).toEqual(['GB', 'UA']);
    // "Mỹ" is the United States' other name; Myanmar only starts with the letters.
    expect(codes(findStates(vi, 'Mỹ'))).toEqual(['US', 'MM']);
  });

  it('keeps the order it was given among equal matches: the page’s alphabetical order', () => {
    expect(codes(findStates(en, 'saint'))).toEqual(['KN', 'LC', 'VC']);
    expect(codes(findStates([...en].reverse(), 'saint'))).toEqual(['VC', 'LC', 'KN']);
  });

  it('matches the start of a word, not the middle of one', () => {
    expect(codes(findStates(en, 'land'))).toEqual([]);
    expect(codes(findStates(en, 'zealand'))).toEqual(['NZ']);
  });

  it('lists at most 8, or the limit given', () => {
    expect(findStates(en, 'a')).toHaveLength(8);
    expect(findStates(en, 'a', 3)).toHaveLength(3);
    expect(findStates(en, 'a', 300).length).toBeGreaterThan(8);
  });

  it.each(['', '   ', '—', '…'])('finds nothing for the empty query %j', (query) => {
    expect(findStates(en, query)).toEqual([]);
  });
});
