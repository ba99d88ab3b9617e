import { describe, expect, it } from 'vitest';
import { languages } from '@/lib/i18n';
import type { Status } from '@/lib/schema';
import { aToZ, initialOf } from '@/lib/states/a-to-z';
import { joinableCodes, participantName } from '@/lib/states/names';
import { stateRecords } from '@/lib/states/record';

const status: Status = { asOf: '2025-11-16', hanoiSignatories: { count: 72, source: 'https://example.org/untc' }, participants: [], domesticSteps: [] };
const records = stateRecords(status);

describe('initialOf', () => {
  it.each([
    ["Côte d'Ivoire", 'C'],
    ['Türkiye', 'T'],
    ['Viet Nam', 'V'],
    ['eswatini', 'E'],
  ])('files %s under %s in English', (name, letter) => {
    expect(initialOf(name, 'en')).toBe(letter);
  });

  it.each([
    ['Ả Rập Xê Út', 'A'],
    ['Áo', 'A'],
    ['Ấn Độ', 'Â'],
    ['Đức', 'Đ'],
    ['Đan Mạch', 'Đ'],
    ['Dominica', 'D'],
    ['Ê-ti-ô-pi-a', 'Ê'],
    ['Ô-man', 'Ô'],
  ])('files %s under %s in Vietnamese: the tone mark goes, the letter stays', (name, letter) => {
    expect(initialOf(name, 'vi')).toBe(letter);
  });
});

describe.each(languages)('aToZ in %s', (lang) => {
  const groups = aToZ(records, lang);
  const letters = groups.map(({ letter }) => letter);

  it('lists every State and the EU once', () => {
    const codes = groups.flatMap((group) => group.records.map((record) => record.code));
    expect(codes).toHaveLength(196);
    expect([...codes].sort()).toEqual(joinableCodes);
  });

  it('puts each name under its own letter, in the language’s alphabetical order', () => {
    const collator = new Intl.Collator(lang);
    for (const { letter, records: under } of groups) {
      const names = under.map((record) => participantName(record.code, lang));
      expect(names.map((name) => initialOf(name, lang))).toEqual(names.map(() => letter));
      expect([...names].sort(collator.compare)).toEqual(names);
    }
    expect([...letters].sort(collator.compare)).toEqual(letters);
  });

  it('has each letter once', () => {
    expect(new Set(letters).size).toBe(letters.length);
  });

  it('does not depend on the order it is handed the records in', () => {
    expect(aToZ([...records].reverse(), lang)).toEqual(groups);
  });
});

describe('aToZ letters', () => {
  it('in Vietnamese keep Â after A and Đ after D, as Vietnamese dictionaries do', () => {
    const letters = aToZ(records, 'vi').map(({ letter }) => letter);
    expect(letters.slice(0, 2)).toEqual(['A', 'Â']);
    expect(letters.indexOf('Đ')).toBe(letters.indexOf('D') + 1);
    expect(aToZ(records, 'vi').find(({ letter }) => letter === 'Đ')?.records.map((r) => r.code).sort()).toEqual(['DE', 'DK']);
  });

  it('in English file Türkiye under T and Côte d’Ivoire under C', () => {
    const under = (letter: string) => aToZ(records, 'en').find((group) => group.letter === letter)?.records.map((r) => r.code);
    expect(under('T')).toContain('TR');
    expect(under('C')).toContain('CI');
    expect(aToZ(records, 'en').map(({ letter }) => letter)).not.toContain('Ü');
  });
});
