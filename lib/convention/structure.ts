import { fill, t, type Lang } from '../i18n';
import type { ConventionChapter } from '../schema';

/*
 * The Convention's structure (content/convention.md) as the "Inside the Convention" page shows it:
 * its chapters, numbered I, II, …, and the articles each holds. Where the sources do not say where a
 * chapter ends, it is shown together with the next one, under the articles they hold between them
 * ("Chapters I and II, Articles 1–21"): a boundary is never made up.
 */

/** The articles the site explains, by what they rule: the chapter that holds them is named on the page. */
export const EXPLAINED_ARTICLES = { signature: 64, entryIntoForce: 65 } as const;

const NUMERALS: [number, string][] = [
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** The number of the chapter at `index` (from 0) as the Convention writes it: I, II, … IX. */
export function chapterNumeral(index: number): string {
  let rest = index + 1;
  let numeral = '';
  for (const [value, letters] of NUMERALS) {
    for (; rest >= value; rest -= value) numeral += letters;
  }
  return numeral;
}

export type NumberedChapter = ConventionChapter & { numeral: string };

/** One chapter and its articles, or several consecutive chapters whose boundaries are not verified and the articles they hold together. */
export type ArticleRange = { chapters: NumberedChapter[]; first: number; last: number };

/** The chapters, numbered, grouped by the articles the sources say they hold. Expects checked chapters (see chapterProblems): the last one's end is known. */
export function articleRanges(chapters: ConventionChapter[]): ArticleRange[] {
  const ranges: ArticleRange[] = [];
  let pending: NumberedChapter[] = [];
  chapters.forEach((chapter, index) => {
    pending.push({ ...chapter, numeral: chapterNumeral(index) });
    if (chapter.lastArticle === undefined) return;
    ranges.push({ chapters: pending, first: (ranges.at(-1)?.last ?? 0) + 1, last: chapter.lastArticle });
    pending = [];
  });
  return ranges;
}

/** A range's articles in the page's language: "Articles 23–34", or "Article 22" for a range of one. */
export function articlesLabel({ first, last }: ArticleRange, lang: Lang): string {
  const text = t(lang);
  return first === last ? fill(text.conventionArticle, { number: first }) : fill(text.conventionArticles, { first, last });
}

/** A range's chapters in the page's language: "Chapter IX, Final provisions", or "Chapters I and II" where the boundary between them is not verified. */
export function chaptersLabel(range: ArticleRange, lang: Lang): string {
  const text = t(lang);
  const [only, ...others] = range.chapters;
  if (others.length === 0) return fill(text.conventionChapterNamed, { numeral: only.numeral, title: only.title[lang] });
  const numerals = new Intl.ListFormat(lang === 'en' ? 'en-GB' : lang, { type: 'conjunction' }).format(range.chapters.map((chapter) => chapter.numeral));
  return fill(text.conventionChaptersTogether, { numerals });
}

/** How many articles the Convention has: the last article of its last chapter. */
export function articleCount(ranges: ArticleRange[]): number {
  return ranges.at(-1)?.last ?? 0;
}

/** The range that holds an article, if any. */
export function rangeOf(ranges: ArticleRange[], article: number): ArticleRange | undefined {
  return ranges.find(({ first, last }) => first <= article && article <= last);
}

export type ChapterProblem = { field: string; message: string };

/**
 * What is wrong with the chapters' ends, each with its field: every chapter ends after the one before
 * with at least one article of its own, and the last chapter's end (the number of articles) is given
 * and reaches the articles the site explains.
 */
export function chapterProblems(chapters: ConventionChapter[]): ChapterProblem[] {
  const problems: ChapterProblem[] = [];
  let previous: { last: number; index: number } | undefined;
  chapters.forEach(({ lastArticle }, index) => {
    if (lastArticle === undefined) return;
    const since = previous ? previous.index + 1 : 0;
    const chaptersInRange = index - since + 1;
    if (lastArticle - (previous?.last ?? 0) < chaptersInRange) {
      const which = chaptersInRange === 1 ? `Chapter ${chapterNumeral(index)}` : `each of Chapters ${chapterNumeral(since)} to ${chapterNumeral(index)}`;
      const after = previous ? `after Article ${previous.last}, where Chapter ${chapterNumeral(previous.index)} ends` : 'from Article 1';
      problems.push({ field: `chapters[${index}].lastArticle`, message: `${lastArticle} leaves no article for ${which} ${after} (list the chapters in order, each ending after the one before)` });
    }
    previous = { last: lastArticle, index };
  });
  const lastIndex = chapters.length - 1;
  const end = chapters[lastIndex]?.lastArticle;
  const explained = Math.max(...Object.values(EXPLAINED_ARTICLES));
  if (lastIndex >= 0 && end === undefined) {
    problems.push({ field: `chapters[${lastIndex}].lastArticle`, message: 'is missing (the last chapter ends at the last article of the Convention, which gives the number of articles)' });
  } else if (end !== undefined && end < explained) {
    problems.push({ field: `chapters[${lastIndex}].lastArticle`, message: `${end} is before Article ${explained}, which the site explains: the last chapter ends at the last article of the Convention` });
  }
  return problems;
}
