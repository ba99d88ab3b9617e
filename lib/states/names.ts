import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import vi from 'i18n-iso-countries/langs/vi.json';
import type { Lang } from '../i18n';

countries.registerLocale(en);
countries.registerLocale(vi);

/**
 * Who can sign besides States: regional economic integration organizations (Article 64). They have
 * no ISO 3166-1 code; "EU" is the code ISO reserves for the European Union.
 */
const organizations: Record<string, Record<Lang, string>> = {
  EU: { en: 'European Union', vi: 'Liên minh châu Âu' },
};

/*
 * Where the library's name is not the one to publish. English: the UN short names of the fact
 * sheet's list of signatories. Vietnamese: names the library gets wrong or words in a way that takes
 * a side, and forms Vietnamese writers use. Any country not here shows the library's name: check it
 * against the UN's list when one is first added to content/status.md.
 */
const nameOverrides: Record<string, Partial<Record<Lang, string>>> = {
  AT: { vi: 'Áo' },
  AU: { vi: 'Australia' },
  CD: { vi: 'Cộng hòa Dân chủ Congo' },
  CI: { en: "Côte d'Ivoire", vi: "Côte d'Ivoire" },
  CN: { en: 'China' },
  CZ: { en: 'Czechia' },
  IR: { en: 'Iran (Islamic Republic of)' },
  // The library's English "North Korea" and Vietnamese "Triều Tiên" are informal names.
  KP: { en: "Democratic People's Republic of Korea", vi: 'Cộng hòa Dân chủ Nhân dân Triều Tiên' },
  LA: { vi: 'Cộng hòa Dân chủ Nhân dân Lào' },
  MA: { vi: 'Maroc' },
  // The library's Vietnamese "Bán đảo Mã Lai" is the Malay Peninsula, not the State.
  MY: { vi: 'Malaysia' },
  // The library's Vietnamese reads "Palestinian territory, occupied"; the signatory is the State of Palestine.
  PS: { vi: 'Nhà nước Palestine' },
  SA: { vi: 'Ả Rập Xê Út' },
  VN: { en: 'Viet Nam' },
};

/** Whether a code names a possible participant: an ISO 3166-1 alpha-2 code in capitals, or an organization's. */
export function isParticipantCode(code: string): boolean {
  return isOrganization(code) || (/^[A-Z]{2}$/.test(code) && Object.hasOwn(countries.getAlpha2Codes(), code));
}

/** Whether a participant is an organization (the EU) rather than a State. */
export function isOrganization(code: string): boolean {
  return Object.hasOwn(organizations, code);
}

/** The name to show for a participant's code: "Viet Nam", "Liên minh châu Âu". */
export function participantName(code: string, lang: Lang): string {
  return organizations[code]?.[lang] ?? nameOverrides[code]?.[lang] ?? countries.getName(code, lang) ?? code;
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
