import { describe, expect, it } from 'vitest';
import { CONTENT_DIR, loadContent } from '@/lib/content';
import { languages, t, type Lang } from '@/lib/i18n';
import {
  codeFromNumeric,
  isJoinable,
  isOrganization,
  isParticipantCode,
  joinableCodes,
  listNames,
  nameFor,
  nameInText,
  otherNames,
  participantName,
  searchableNames,
  sortByName,
} from '@/lib/states/names';

/** The fact sheet's list of signatories (shared/FACTS.md), in its own spelling: the names to publish. */
const factSheetNames = [
  'Algeria', 'Angola', 'Australia', 'Austria', 'Azerbaijan', 'Belarus', 'Belgium', 'Brazil', 'Brunei Darussalam', 'Burkina Faso',
  'Cambodia', 'Chile', 'China', 'Costa Rica', "Côte d'Ivoire", 'Cuba', 'Czechia', "Democratic People's Republic of Korea",
  'Democratic Republic of the Congo', 'Djibouti', 'Dominican Republic', 'Ecuador', 'Egypt', 'European Union', 'France', 'Ghana',
  'Greece', 'Guinea-Bissau', 'Iran (Islamic Republic of)', 'Ireland', 'Jamaica', 'Kazakhstan', "Lao People's Democratic Republic",
  'Libya', 'Luxembourg', 'Malaysia', 'Maldives', 'Mali', 'Morocco', 'Mozambique', 'Namibia', 'Nauru', 'Nicaragua', 'Nigeria', 'Palau',
  'Papua New Guinea', 'Peru', 'Philippines', 'Poland', 'Portugal', 'Qatar', 'Russian Federation', 'Rwanda', 'Saudi Arabia', 'Slovakia',
  'Slovenia', 'South Africa', 'Spain', 'Sri Lanka', 'State of Palestine', 'Sweden', 'Thailand', 'Togo', 'Türkiye', 'Uganda', 'United Kingdom',
  'United Republic of Tanzania', 'Uruguay', 'Uzbekistan', 'Venezuela', 'Viet Nam', 'Zimbabwe', 'Mauritius',
];

describe('participant names', () => {
  const { participants } = loadContent(CONTENT_DIR).status;

  it('in English are the fact sheet names, for every participant of content/status.md', () => {
    expect(participants.map((p) => participantName(p.code, 'en'))).toEqual(factSheetNames);
  });

  it('in Vietnamese fix the library where it is wrong or takes a side', () => {
    expect(participantName('PS', 'vi')).toBe('Nhà nước Palestine');
    expect(participantName('KP', 'vi')).toBe('Cộng hòa Dân chủ Nhân dân Triều Tiên');
    expect(participantName('MY', 'vi')).toBe('Malaysia');
    expect(participantName('VN', 'vi')).toBe('Việt Nam');
    expect(participantName('DO', 'vi')).toBe('Cộng hòa Dominicana');
  });

  it('keep the Dominican Republic and Dominica apart in both languages', () => {
    // "Cộng hòa Dominica", the library's Vietnamese for the Dominican Republic, reads as Dominica, another State.
    for (const lang of languages) expect(participantName('DO', lang).endsWith(participantName('DM', lang))).toBe(false);
  });

  it('give the EU its own name, as an organization', () => {
    expect(participantName('EU', 'en')).toBe('European Union');
    expect(participantName('EU', 'vi')).toBe('Liên minh châu Âu');
    expect(isOrganization('EU')).toBe(true);
    expect(isOrganization('FR')).toBe(false);
  });

  it('sort in each language its own way', () => {
    const codes = ['SA', 'AT', 'EG', 'DZ'].map((code) => ({ code }));
    expect(sortByName(codes, 'en').map((c) => c.code)).toEqual(['DZ', 'AT', 'EG', 'SA']);
    // Ả Rập Xê Út, Ai Cập, Algeria, Áo: Vietnamese orders letters before their tone marks.
    expect(sortByName(codes, 'vi').map((c) => c.code)).toEqual(['SA', 'EG', 'DZ', 'AT']);
  });

  it('join into a phrase in each language', () => {
    expect(listNames(['PW', 'MV', 'NR'], 'en')).toBe('Maldives, Nauru and Palau');
    expect(listNames(['PW', 'MV', 'NR'], 'vi')).toBe('Maldives, Nauru và Palau');
  });
});

describe('participant codes', () => {
  it.each(['VN', 'GB', 'PS', 'EU'])('accepts %s', (code) => {
    expect(isParticipantCode(code)).toBe(true);
  });

  it.each(['XX', 'vn', 'VNM', '704', 'UK', 'constructor', ''])('refuses %j', (code) => {
    expect(isParticipantCode(code)).toBe(false);
  });

  it('maps the numeric codes of world maps', () => {
    expect(codeFromNumeric('704')).toBe('VN');
    expect(codeFromNumeric('999')).toBeUndefined();
  });
});

/** A name as a reader's search compares it: case, spaces and diacritics (đ too) ignored. */
function fold(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/đ/g, 'd').replace(/\s+/g, ' ').trim();
}

/** The names a search matches on a page in a language: its own, and on Vietnamese pages the English ones too. */
function searchedNames(code: string, lang: Lang): string[] {
  const langs: Lang[] = lang === 'vi' ? ['vi', 'en'] : ['en'];
  return langs.flatMap((each) => [participantName(code, each), ...otherNames(code, each)]);
}

function codesFor(name: string, lang: Lang): string[] {
  return joinableCodes.filter((code) => searchedNames(code, lang).some((each) => fold(each) === fold(name)));
}

describe('who can join', () => {
  it('is 196 codes, in code order', () => {
    expect(joinableCodes).toHaveLength(196);
    expect([...joinableCodes].sort()).toEqual(joinableCodes);
  });

  it.each(['VN', 'US', 'PS', 'VA', 'EU'])('includes %s', (code) => {
    expect(isJoinable(code)).toBe(true);
  });

  // Codes ISO 3166 gives that are neither UN Member States nor observers, and codes that are not codes.
  it.each(['PR', 'HK', 'TW', 'GL', 'CK', 'NU', 'XX', 'vn', 'constructor', ''])('leaves out %j', (code) => {
    expect(isJoinable(code)).toBe(false);
  });

  it('includes every participant of content/status.md', () => {
    const { participants } = loadContent(CONTENT_DIR).status;
    expect(participants.length).toBeGreaterThan(0);
    expect(participants.map(({ code }) => code).filter((code) => !isJoinable(code))).toEqual([]);
  });

  it('has a published name in both languages for every code, never the code itself', () => {
    const unnamed = joinableCodes.flatMap((code) =>
      languages.filter((lang) => !participantName(code, lang).trim() || participantName(code, lang) === code).map((lang) => `${code} ${lang}`),
    );
    expect(unnamed).toEqual([]);
  });

  it('publishes a different name for every code in each language', () => {
    for (const lang of languages) {
      const names = joinableCodes.map((code) => fold(participantName(code, lang)));
      expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
    }
  });
});

describe('other names', () => {
  it.each([
    ['Vietnam', 'en', 'VN'], ['Viet Nam', 'en', 'VN'], ['Turkey', 'en', 'TR'], ['Türkiye', 'en', 'TR'],
    ['Czech Republic', 'en', 'CZ'], ['Czechia', 'en', 'CZ'], ['Russia', 'en', 'RU'], ['South Korea', 'en', 'KR'],
    ['North Korea', 'en', 'KP'], ['Iran', 'en', 'IR'], ['Syria', 'en', 'SY'], ['Laos', 'en', 'LA'], ['Tanzania', 'en', 'TZ'],
    ['Bolivia', 'en', 'BO'], ['Moldova', 'en', 'MD'], ['Netherlands', 'en', 'NL'], ['Holland', 'en', 'NL'],
    ['United States', 'en', 'US'], ['USA', 'en', 'US'], ['US', 'en', 'US'], ['America', 'en', 'US'],
    ['United Kingdom', 'en', 'GB'], ['UK', 'en', 'GB'], ['Britain', 'en', 'GB'], ['Great Britain', 'en', 'GB'],
    ['Ivory Coast', 'en', 'CI'], ['Swaziland', 'en', 'SZ'], ['Cape Verde', 'en', 'CV'], ['East Timor', 'en', 'TL'],
    ['Burma', 'en', 'MM'], ['Macedonia', 'en', 'MK'], ['North Macedonia', 'en', 'MK'], ['Vatican', 'en', 'VA'],
    ['Palestine', 'en', 'PS'], ['Congo-Brazzaville', 'en', 'CG'], ['DR Congo', 'en', 'CD'],
    ['Việt Nam', 'vi', 'VN'], ['Thổ Nhĩ Kỳ', 'vi', 'TR'], ['Hoa Kỳ', 'vi', 'US'], ['Mỹ', 'vi', 'US'], ['Đức', 'vi', 'DE'],
    ['Anh', 'vi', 'GB'], ['Nga', 'vi', 'RU'], ['Hàn Quốc', 'vi', 'KR'], ['Triều Tiên', 'vi', 'KP'], ['Lào', 'vi', 'LA'],
    ['Séc', 'vi', 'CZ'], ['Cộng hòa Dominicana', 'vi', 'DO'], ['Vietnam', 'vi', 'VN'], ['Turkey', 'vi', 'TR'],
    ['viet nam', 'vi', 'VN'], ['duc', 'vi', 'DE'],
  ] as const)('find %s on %s pages: %s, and only it', (name, lang, code) => {
    expect(codesFor(name, lang)).toEqual([code]);
  });

  it.each(['Korea', 'Úc', 'Hoa Kỳ'])('do not find %s on English pages', (name) => {
    expect(codesFor(name, 'en')).toEqual([]);
  });

  it('leave "Congo" to the State the UN calls so, and "Korea" to neither', () => {
    expect(codesFor('Congo', 'vi')).toEqual(['CG']);
    expect(codesFor('Korea', 'vi')).toEqual([]);
  });

  it('are never the published name of another code, nor the other name of two codes', () => {
    const owners = new Map<string, Set<string>>();
    for (const code of joinableCodes)
      for (const lang of languages) for (const name of [participantName(code, lang), ...otherNames(code, lang)]) {
        const key = fold(name);
        owners.set(key, (owners.get(key) ?? new Set()).add(code));
      }
    expect([...owners].filter(([, codes]) => codes.size > 1).map(([name, codes]) => `${name}: ${[...codes]}`)).toEqual([]);
  });

  it('never repeat the published name, and in Vietnamese never repeat an English name', () => {
    const repeats = joinableCodes.flatMap((code) => {
      const english = new Set([participantName(code, 'en'), ...otherNames(code, 'en')].map(fold));
      return [
        ...languages.flatMap((lang) => otherNames(code, lang).filter((name) => fold(name) === fold(participantName(code, lang))).map((name) => `${code} ${lang} ${name}`)),
        ...otherNames(code, 'vi').filter((name) => english.has(fold(name))).map((name) => `${code} vi ${name} (English)`),
      ];
    });
    expect(repeats).toEqual([]);
  });

  it('are a list the caller may change, and empty for a code outside the table', () => {
    otherNames('VN', 'en').push('Annam');
    expect(otherNames('VN', 'en')).toEqual(['Vietnam']);
    expect(otherNames('PR', 'en')).toEqual([]);
  });
});

describe('names in running text', () => {
  it('put “the” before the English names that take it, as the UN’s editorial style does, and nowhere else', () => {
    expect(nameInText('EU', 'en')).toBe('the European Union');
    expect(nameInText('GB', 'en')).toBe('the United Kingdom');
    expect(nameInText('PH', 'en')).toBe('the Philippines');
    expect(nameInText('DE', 'en')).toBe('Germany');
    expect(nameInText('VN', 'en')).toBe('Viet Nam');
  });

  it('never put “the” before a UN list name whose brackets already carry the article', () => {
    // "the Netherlands (Kingdom of the)" says "the" twice; the brackets are the list form, like "Iran (Islamic Republic of)".
    expect(joinableCodes.map((code) => nameInText(code, 'en')).filter((name) => /^the .*\(/.test(name))).toEqual([]);
    expect(nameInText('NL', 'en')).toBe('Netherlands (Kingdom of the)');
  });

  it('have no article in Vietnamese', () => {
    for (const code of joinableCodes) expect(nameInText(code, 'vi')).toBe(participantName(code, 'vi'));
  });

  it('take a capital where the sentence starts with the name, and not inside it', () => {
    const en = t('en');
    expect(en.stateAnswerNotSigned.startsWith('{name}')).toBe(true);
    expect(nameFor(en.stateAnswerNotSigned, 'EU', 'en')).toBe('The European Union');
    expect(en.stateRecordEmpty.startsWith('{name}')).toBe(false);
    expect(nameFor(en.stateRecordEmpty, 'EU', 'en')).toBe('the European Union');
    expect(nameFor(en.stateAnswerNotSigned, 'DE', 'en')).toBe('Germany');
    // A later sentence of the text may start with it too: "Signature closed on … . The United States …".
    expect(en.stateNextAccede).toMatch(/\. \{name\}/);
    expect(nameFor(en.stateNextAccede, 'US', 'en')).toBe('The United States of America');
    expect(nameFor('Steps in {name}. Others', 'US', 'en')).toBe('the United States of America');
    expect(nameFor('{name}', 'KR', 'vi')).toBe('Hàn Quốc');
    expect(nameFor('{name} và Công ước', 'EU', 'vi')).toBe('Liên minh châu Âu');
  });
});

describe('searchableNames', () => {
  it('are a State’s other names in English', () => {
    expect(searchableNames('VN', 'en')).toEqual(['Vietnam']);
    expect(searchableNames('TR', 'en')).toEqual(['Turkey']);
    expect(searchableNames('DE', 'en')).toEqual([]);
  });

  it('in Vietnamese add the English names, since readers type those too', () => {
    expect(searchableNames('TR', 'vi')).toEqual(['Türkiye', 'Turkey']);
    expect(searchableNames('DE', 'vi')).toEqual(['Cộng hòa Liên bang Đức', 'CHLB Đức', 'Germany']);
    expect(searchableNames('US', 'vi')).toEqual(expect.arrayContaining(['Mỹ', 'United States of America', 'USA']));
  });

  it('never repeat the name shown, nor one another', () => {
    // "Malaysia" is the published name in both languages: on Vietnamese pages it is not "also written" so.
    expect(searchableNames('MY', 'vi')).toEqual([]);
    for (const lang of languages)
      for (const code of joinableCodes) {
        const names = searchableNames(code, lang);
        expect(names).not.toContain(participantName(code, lang));
        expect(new Set(names).size).toBe(names.length);
      }
  });
});
