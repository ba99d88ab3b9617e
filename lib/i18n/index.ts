import { en, type UiStrings } from './en';
import { vi } from './vi';

/** The site's languages, in the order they are offered to readers. */
export const languages = ['en', 'vi'] as const;

export type Lang = (typeof languages)[number];

export function isLang(value: string): value is Lang {
  return (languages as readonly string[]).includes(value);
}

/** Language names for messages to editors, which are in English. */
export const languageNamesInEnglish: Record<Lang, string> = { en: 'English', vi: 'Vietnamese' };

/** The other language: the site has exactly two. */
export function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'vi' : 'en';
}

/** Every piece of interface text, per language: one file each (en.ts, vi.ts). Content lives in content/, not here. */
const strings: Record<Lang, UiStrings> = { en, vi };

export type { UiStrings };

/** Interface text for a language. */
export function t(lang: Lang): UiStrings {
  return strings[lang];
}

/** Puts values into the `{name}` slots of an interface text: `fill(text.partiesOfNeeded, { count: 3, needed: 40 })`. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => String(values[name] ?? slot));
}
