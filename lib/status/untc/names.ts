import { joinables } from '../../states/list';

/*
 * The names the UN Treaty Collection (UNTC) gives participants, and the codes content/status.md
 * keys them by (ISO 3166-1 alpha-2 in capitals; EU for the European Union).
 *
 * UNTC writes the UN's short names ("Viet Nam", "Iran (Islamic Republic of)", "Czech Republic"),
 * which no country library spells the same way, so the names are written out and tested rather than
 * guessed: a name that is not here stops the import instead of landing on the wrong country. Those of
 * the States and the organization that can join this Convention live in lib/states/list.ts; this file
 * adds the names UNTC uses for no one else.
 */

/** The 193 UN Member States, by the short names UNTC uses in its participant tables. */
export const memberStateNames: Readonly<Record<string, string>> = Object.fromEntries(
  joinables.filter(({ kind }) => kind === 'member').map(({ untc, code }) => [untc, code]),
);

/** The two observer States and the European Union (a regional economic integration organization, Article 64). */
const nonMemberNames: Readonly<Record<string, string>> = Object.fromEntries(
  joinables.filter(({ kind }) => kind !== 'member').map(({ untc, code }) => [untc, code]),
);

/** The two States in free association with New Zealand, which UNTC lists in their own right. */
const associatedStateNames: Readonly<Record<string, string>> = {
  'Cook Islands': 'CK',
  Niue: 'NU',
};

/**
 * Names UNTC has used for a State before or beside its current short name, so a file saved from an
 * older page still reads: the Netherlands before 2023, Turkey before 2022, and Czechia, the short
 * name the Czech Republic asked for in 2016 (UNTC's tables still write "Czech Republic").
 */
const otherNamesInUse: Readonly<Record<string, string>> = {
  Czechia: 'CZ',
  Netherlands: 'NL',
  Turkey: 'TR',
};

/** Every name the import recognizes, with its code. */
export const untcNames: Readonly<Record<string, string>> = {
  ...memberStateNames,
  ...nonMemberNames,
  ...associatedStateNames,
  ...otherNamesInUse,
};

/**
 * A name as the table keys it: one space between words, straight apostrophes (a page saved from a
 * browser may carry ’), Unicode composed (ü as one character), and case ignored.
 */
function normalize(name: string): string {
  return name.normalize('NFC').replace(/[\u2018\u2019\u02bc]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

const byNormalizedName = new Map(Object.entries(untcNames).map(([name, code]) => [normalize(name), code]));
const firstNameOfCode = new Map<string, string>();
for (const [name, code] of Object.entries(untcNames)) if (!firstNameOfCode.has(code)) firstNameOfCode.set(code, name);

/** The code of a participant UNTC names ("Viet Nam" → "VN"), or undefined for a name the table does not know. */
export function codeForUntcName(name: string): string | undefined {
  return byNormalizedName.get(normalize(name));
}

/** The name UNTC gives a participant's code ("CZ" → "Czech Republic"), or undefined. */
export function untcNameOf(code: string): string | undefined {
  return firstNameOfCode.get(code);
}
