import type { Lang } from './i18n';

/*
 * Vietnamese typed without diacritics, for the site search. Pagefind (1.5 and later, Pagefind PR
 * #995) folds every mark Unicode can take apart, on the index side and the query side alike: tones,
 * circumflex, breve and horn, so "hieu luc" finds "hiệu lực". It cannot fold đ, which Unicode does
 * not decompose: "Điều" is indexed, its marks stripped, as "đieu", and "dieu" finds nothing. In
 * Vietnamese đ only ever begins a syllable, and Pagefind's words are syllables, so a query word
 * that begins with d may stand for one that begins with đ: the search runs each such reading.
 */

/** The most query words read both ways: n of them make 2^n searches. */
export const MAX_D_WORDS = 3;

/**
 * The queries to run for what a reader typed: the query itself first, then, in Vietnamese, every
 * reading of its first MAX_D_WORDS words that begin with d ("dieu 64" → "dieu 64", "đieu 64").
 * Punctuation before the word, such as the quote of a phrase, is kept.
 */
export function searchQueries(query: string, lang: Lang): string[] {
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (lang !== 'vi') return [words.join(' ')];
  const dWords = words.flatMap((word, index) => (D_START.test(word) ? [index] : [])).slice(0, MAX_D_WORDS);
  return Array.from({ length: 2 ** dWords.length }, (_, readings) =>
    words.map((word, index) => {
      const bit = dWords.indexOf(index);
      return bit >= 0 && readings & (1 << bit) ? word.replace(D_START, '$1đ') : word;
    }).join(' '),
  );
}

// A d (either case) after any non-letters, non-digits at the start of a word.
const D_START = /^([^\p{L}\p{N}]*)[dD]/u;

/** One result of one of several searches: the same page found by two readings counts once, at its best score. */
export type Scored = { id: string; score: number };

/** The results of every reading as one list, best first, each page once. */
export function mergeResults<T extends Scored>(lists: T[][]): T[] {
  const best = new Map<string, T>();
  for (const result of lists.flat()) {
    const seen = best.get(result.id);
    if (!seen || result.score > seen.score) best.set(result.id, result);
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/** Whether a query is typed with marks ("Hoa Kỳ", "Mỹ", "Đức"): then the reader means those marks. */
export function hasMarks(query: string): boolean {
  return /[\u0300-\u036f]/.test(query.normalize('NFD')) || /[đĐ]/.test(query);
}

/**
 * The pages that have the words with the marks as typed, first, then the others the folded search
 * found: "Hoa Kỳ" lists the pages about the United States before the many where "ký" (sign) folds to
 * the same letters.
 */
export function exactFirst<T extends Scored>(exact: T[], folded: T[]): T[] {
  const seen = new Set(exact.map((result) => result.id));
  return [...exact, ...folded.filter((result) => !seen.has(result.id))];
}
