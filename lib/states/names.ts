import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import vi from 'i18n-iso-countries/langs/vi.json';
import type { Lang } from '../i18n';
import { EU_MEMBER_STATES, EU_MEMBERS_SOURCE, joinables, type Joinable } from './list';

countries.registerLocale(en);
countries.registerLocale(vi);

export { EU_MEMBER_STATES, EU_MEMBERS_SOURCE };

const joinableByCode = new Map<string, Joinable>(joinables.map((row) => [row.code, row]));

/** The codes of every State and organization that can join (lib/states/list.ts), in code order. */
export const joinableCodes: readonly string[] = joinables.map(({ code }) => code).sort();

/** Whether a code is one of those that can join: a UN Member State, an observer State or the EU. */
export function isJoinable(code: string): boolean {
  return joinableByCode.has(code);
}

/** Whether a code names a possible participant: an ISO 3166-1 alpha-2 code in capitals, or an organization's. */
export function isParticipantCode(code: string): boolean {
  return isJoinable(code) || (/^[A-Z]{2}$/.test(code) && Object.hasOwn(countries.getAlpha2Codes(), code));
}

/** Whether a participant is an organization (the EU) rather than a State. */
export function isOrganization(code: string): boolean {
  return joinableByCode.get(code)?.kind === 'organization';
}

/**
 * The name to show for a participant's code: "Viet Nam", "Liên minh châu Âu". English is the UN short
 * name, Vietnamese the library's, unless the table overrides them; a code outside the table (a
 * territory) gets the library's name.
 */
export function participantName(code: string, lang: Lang): string {
  const row = joinableByCode.get(code);
  const override = row?.name?.[lang]?.text;
  if (override) return override;
  if (row && lang === 'en') return row.untc;
  return countries.getName(code, lang) ?? code;
}

/** The other names people type for a participant in a language ("Vietnam", "Hoa Kỳ"), without the published one. */
export function otherNames(code: string, lang: Lang): string[] {
  return [...(joinableByCode.get(code)?.otherNames?.[lang] ?? [])];
}

/** The alpha-2 code of an ISO 3166-1 numeric code ("704" → "VN"), as world maps identify countries. */
export function codeFromNumeric(numeric: string): string | undefined {
  return countries.numericToAlpha2(numeric);
}

/** Items with a participant code, in the alphabetical order of their names in a language. */
export function sortByName<T extends { code: string }>(items: T[], lang: Lang): T[] {
  const collator = new Intl.Collator(lang);
  return [...items].sort((a, b) => collator.compare(participantName(a.code, lang), participantName(b.code, lang)));
}

/** Participants' names as one phrase, alphabetically: "Maldives, Mauritius, Nauru and Palau". */
export function listNames(codes: string[], lang: Lang): string {
  const names = sortByName(codes.map((code) => ({ code })), lang).map(({ code }) => participantName(code, lang));
  // British English, like the site's dates: no comma before "and".
  return new Intl.ListFormat(lang === 'en' ? 'en-GB' : lang, { type: 'conjunction' }).format(names);
}

/** The names a reader may type for a State besides the one shown in a language: its other names there and, in Vietnamese, its English names too. */
export function searchableNames(code: string, lang: Lang): string[] {
  const names = lang === 'en' ? otherNames(code, 'en') : [...otherNames(code, 'vi'), participantName(code, 'en'), ...otherNames(code, 'en')];
  return [...new Set(names)].filter((name) => name !== participantName(code, lang));
}

/**
 * English writes "the" before these names in running text ("the United Kingdom signed…", "steps taken
 * in the Philippines"), as the UN's own editorial style does; Vietnamese has no article. Not before a
 * list name whose brackets carry the article already: "Netherlands (Kingdom of the)".
 */
const WITH_THE_IN_ENGLISH = new Set(['AE', 'BS', 'CD', 'CF', 'CG', 'DO', 'EU', 'GB', 'GM', 'KM', 'KP', 'KR', 'LA', 'MD', 'MH', 'MV', 'PH', 'PS', 'RU', 'SB', 'SY', 'TZ', 'US', 'VA']);

/** A participant's name as it reads in a sentence: "the European Union", "Germany". */
export function nameInText(code: string, lang: Lang): string {
  const name = participantName(code, lang);
  return lang === 'en' && WITH_THE_IN_ENGLISH.has(code) ? `the ${name}` : name;
}

/** The name for the `{name}` slot of an interface text: in its sentence form, with a capital when a sentence of the text starts with it. */
export function nameFor(template: string, code: string, lang: Lang): string {
  const name = nameInText(code, lang);
  return /(^|[.!?]\s+)\{name\}/.test(template) ? name.charAt(0).toLocaleUpperCase(lang) + name.slice(1) : name;
}
