/*
 * Finding a State by the name a reader types, in the browser (enhancements/state-finder.ts): the
 * published name or any other name, with or without marks, from the first letters of any word.
 * Standalone on purpose: the finder's module bundles it, and nothing else.
 */

/** A State as the finder knows it: from a row of the States download (lib/outputs/data-export.ts). */
export type Findable = { name: string; otherNames: string[]; url: string; standing: string };

/** A name as typed or as written, compared without case or marks: "Việt Nam", "viet nam" and "Viet Nam" are one. */
export function foldName(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/[’']/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
}

/** How well a folded name answers a folded query: 3 the whole name, 2 its start, 1 the start of a later word, 0 not at all. */
function score(name: string, query: string): number {
  if (name === query) return 3;
  if (name.startsWith(query)) return 2;
  return name.includes(` ${query}`) ? 1 : 0;
}

/** A name as typed, with its marks: only its case and spacing are set aside. */
const asTyped = (name: string) => name.normalize('NFC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The States whose names answer a query, best first, then in the order given (the page's
 * alphabetical order); at most `limit`. A query typed with marks ranks the names that have those
 * marks first: "Mỹ" lists Hoa Kỳ (also written Mỹ) before Myanmar.
 */
export function findStates<T extends Findable>(states: T[], query: string, limit = 8): T[] {
  const folded = foldName(query);
  if (!folded) return [];
  const marked = asTyped(query) !== folded ? asTyped(query) : undefined;
  const rank = (name: string) => score(foldName(name), folded) + (marked && score(asTyped(name), marked) > 0 ? 3 : 0);
  return states
    .map((state, index) => ({ state, index, best: Math.max(...[state.name, ...state.otherNames].map(rank)) }))
    .filter(({ best }) => best > 0)
    .sort((a, b) => b.best - a.best || a.index - b.index)
    .slice(0, limit)
    .map(({ state }) => state);
}
