import type { Lang } from '../i18n';
import { participantName, sortByName } from './names';
import type { StateRecord } from './record';

/*
 * The A–Z index of every State that can join: names in the alphabetical order of a language, under
 * the letter each begins with in that language.
 */

/** Vietnamese tone marks (grave, acute, tilde, hook above, dot below): "Ấn Độ" is filed under Â, "Ả Rập Xê Út" under A. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * The letter a name is filed under: its first letter without marks in English ("Côte d'Ivoire" → C,
 * "Türkiye" → T); in Vietnamese without its tone mark but keeping the letters Vietnamese counts as its
 * own (Ă, Â, Đ, Ê, Ô, Ơ, Ư), as Vietnamese dictionaries and the language's sort order do.
 */
export function initialOf(name: string, lang: Lang): string {
  const first = name.normalize('NFD');
  const bare = lang === 'vi' ? first.replace(TONE_MARKS, '') : first.replace(/\p{M}/gu, '');
  return [...bare.normalize('NFC')][0].toLocaleUpperCase(lang);
}

/** The index's entries, named and sorted in a language, grouped by their letters in that order. */
export function aToZ(records: StateRecord[], lang: Lang): { letter: string; records: StateRecord[] }[] {
  const groups: { letter: string; records: StateRecord[] }[] = [];
  for (const record of sortByName(records, lang)) {
    const letter = initialOf(participantName(record.code, lang), lang);
    if (groups.at(-1)?.letter !== letter) groups.push({ letter, records: [] });
    groups.at(-1)!.records.push(record);
  }
  return groups;
}
