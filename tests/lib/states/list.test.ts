import countries from 'i18n-iso-countries';
import vi from 'i18n-iso-countries/langs/vi.json';
import { describe, expect, it } from 'vitest';
import { languages, type Lang } from '@/lib/i18n';
import { EU_MEMBER_STATES, EU_MEMBERS_SOURCE, joinables, type Joinable } from '@/lib/states/list';

countries.registerLocale(vi);

/** What a row publishes without an override: the UN short name in English, the library's name in Vietnamese. */
const defaultName: Record<Lang, (row: Joinable) => string | undefined> = {
  en: (row) => row.untc,
  vi: (row) => countries.getName(row.code, 'vi'),
};

describe('the table of who can join', () => {
  it('has 196 rows, one a code: 193 Member States, 2 observer States and 1 organization', () => {
    expect(joinables).toHaveLength(196);
    expect(new Set(joinables.map(({ code }) => code)).size).toBe(196);
    const count = (kind: Joinable['kind']) => joinables.filter((row) => row.kind === kind).length;
    expect([count('member'), count('observer'), count('organization')]).toEqual([193, 2, 1]);
  });

  it('names the observers and the organization the UN admits', () => {
    const nonMembers = joinables.filter(({ kind }) => kind !== 'member').map(({ code, kind }) => [code, kind]);
    expect(nonMembers.sort()).toEqual([['EU', 'organization'], ['PS', 'observer'], ['VA', 'observer']]);
  });

  it('keys every State by its ISO 3166-1 alpha-2 code, and the EU by EU', () => {
    const miskeyed = joinables.filter(({ code, kind }) =>
      kind === 'organization' ? code !== 'EU' : !(/^[A-Z]{2}$/.test(code) && countries.isValid(code)),
    );
    expect(miskeyed).toEqual([]);
  });

  it('gives every row its own UNTC name', () => {
    const untcNames = joinables.map(({ untc }) => untc.toLowerCase());
    expect(untcNames.every((name) => name.trim().length > 0)).toBe(true);
    expect(new Set(untcNames).size).toBe(joinables.length);
  });

  it('gives every override a reason and a name that differs from the one it replaces', () => {
    const faulty = joinables.flatMap((row) =>
      languages.flatMap((lang) => {
        const override = row.name?.[lang];
        if (!override) return [];
        const problems = [];
        if (!override.text.trim()) problems.push('no name');
        if (!override.why.trim()) problems.push('no reason');
        if (override.text === defaultName[lang](row)) problems.push('same as the default');
        return problems.map((problem) => `${row.code} ${lang}: ${problem}`);
      }),
    );
    expect(faulty).toEqual([]);
  });

  it('lists the 27 EU member States once each, all of them Member States of the UN, from the EU’s own page', () => {
    expect(EU_MEMBER_STATES).toHaveLength(27);
    expect(new Set(EU_MEMBER_STATES).size).toBe(27);
    const members = new Set(joinables.filter(({ kind }) => kind === 'member').map(({ code }) => code));
    expect(EU_MEMBER_STATES.filter((code) => !members.has(code))).toEqual([]);
    expect(EU_MEMBERS_SOURCE).toMatch(/^https:\/\/european-union\.europa\.eu\//);
  });
});
