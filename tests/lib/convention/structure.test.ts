import { describe, expect, it } from 'vitest';
import { CONTENT_DIR, loadContent } from '@/lib/content';
import { articleCount, articleRanges, articlesLabel, chapterNumeral, chapterProblems, chaptersLabel, EXPLAINED_ARTICLES, rangeOf } from '@/lib/convention/structure';
import type { ConventionChapter } from '@/lib/schema';

/*
 * The fact sheet's table of the Convention's structure (shared/FACTS.md: "a preamble, 9 chapters and
 * 68 articles"), copied here as the specification the content must meet. Where Chapter I ends is not
 * verified, so Chapters I and II come together: "Chapters I and II, Articles 1–21". The Vietnamese
 * titles are the site's unofficial translation, as the Vietnamese articles gave them.
 */
const factSheet: { chapters: [numeral: string, en: string, vi: string][]; first: number; last: number }[] = [
  { chapters: [['I', 'General provisions', 'Quy định chung'], ['II', 'Criminalization', 'Hình sự hóa']], first: 1, last: 21 },
  { chapters: [['III', 'Jurisdiction', 'Quyền tài phán']], first: 22, last: 22 },
  { chapters: [['IV', 'Procedural measures and law enforcement', 'Biện pháp tố tụng và thực thi pháp luật']], first: 23, last: 34 },
  { chapters: [['V', 'International cooperation', 'Hợp tác quốc tế']], first: 35, last: 52 },
  { chapters: [['VI', 'Preventive measures', 'Biện pháp phòng ngừa']], first: 53, last: 53 },
  { chapters: [['VII', 'Technical assistance and information exchange', 'Hỗ trợ kỹ thuật và trao đổi thông tin']], first: 54, last: 56 },
  { chapters: [['VIII', 'Mechanism of implementation', 'Cơ chế thực hiện']], first: 57, last: 58 },
  { chapters: [['IX', 'Final provisions', 'Điều khoản cuối cùng']], first: 59, last: 68 },
];

const chapter = (en: string, lastArticle?: number): ConventionChapter => ({ title: { en, vi: `${en} (vi)` }, lastArticle, sources: ['https://example.org/s'] });

/** A Convention of four chapters, the boundary between the first two not verified. */
const sample = [chapter('General provisions'), chapter('Criminalization', 21), chapter('Jurisdiction', 22), chapter('Final provisions', 68)];

describe('chapterNumeral', () => {
  it('numbers chapters as the Convention does, from I', () => {
    expect([0, 1, 3, 4, 8, 9, 13, 38, 39, 48].map(chapterNumeral)).toEqual(['I', 'II', 'IV', 'V', 'IX', 'X', 'XIV', 'XXXIX', 'XL', 'XLIX']);
  });
});

describe('articleRanges', () => {
  const ranges = articleRanges(sample);

  it('gives each chapter the articles after the one before, and the chapters of an unverified boundary together', () => {
    expect(ranges.map(({ chapters, first, last }) => ({ numerals: chapters.map((c) => c.numeral), first, last }))).toEqual([
      { numerals: ['I', 'II'], first: 1, last: 21 },
      { numerals: ['III'], first: 22, last: 22 },
      { numerals: ['IV'], first: 23, last: 68 },
    ]);
    expect(articleCount(ranges)).toBe(68);
  });

  it('finds the range that holds an article, and none past the last', () => {
    expect(rangeOf(ranges, 5)?.chapters.map((c) => c.numeral)).toEqual(['I', 'II']);
    expect(rangeOf(ranges, 65)?.first).toBe(23);
    expect(rangeOf(ranges, 69)).toBeUndefined();
  });

  it('names a range in each language', () => {
    expect(ranges.map((range) => `${chaptersLabel(range, 'en')}: ${articlesLabel(range, 'en')}`)).toEqual([
      'Chapters I and II: Articles 1–21',
      'Chapter III, Jurisdiction: Article 22',
      'Chapter IV, Final provisions: Articles 23–68',
    ]);
    expect(ranges.map((range) => `${chaptersLabel(range, 'vi')}: ${articlesLabel(range, 'vi')}`)).toEqual([
      'Chương I và II: Điều 1–21',
      'Chương III – Jurisdiction (vi): Điều 22',
      'Chương IV – Final provisions (vi): Điều 23–68',
    ]);
  });
});

describe('chapterProblems', () => {
  it('finds nothing wrong with chapters in order', () => {
    expect(chapterProblems(sample)).toEqual([]);
  });

  it('refuses a chapter that ends before the one before it, naming both', () => {
    expect(chapterProblems([chapter('A', 21), chapter('B', 20), chapter('C', 68)])).toEqual([
      { field: 'chapters[1].lastArticle', message: '20 leaves no article for Chapter II after Article 21, where Chapter I ends (list the chapters in order, each ending after the one before)' },
    ]);
  });

  it('refuses chapters of an unverified boundary that leave one of them no article', () => {
    expect(chapterProblems([chapter('A', 21), chapter('B'), chapter('C', 22), chapter('D', 68)])).toEqual([
      { field: 'chapters[2].lastArticle', message: '22 leaves no article for each of Chapters II to III after Article 21, where Chapter I ends (list the chapters in order, each ending after the one before)' },
    ]);
    expect(chapterProblems([chapter('A'), chapter('B', 1), chapter('C', 68)])[0].message).toBe('1 leaves no article for each of Chapters I to II from Article 1 (list the chapters in order, each ending after the one before)');
  });

  it('asks for the last chapter’s end, which is the number of articles, and for one that reaches the articles the site explains', () => {
    expect(chapterProblems([chapter('A', 21), chapter('B')])).toEqual([
      { field: 'chapters[1].lastArticle', message: 'is missing (the last chapter ends at the last article of the Convention, which gives the number of articles)' },
    ]);
    expect(chapterProblems([chapter('A', 21), chapter('B', 60)])).toEqual([
      { field: 'chapters[1].lastArticle', message: '60 is before Article 65, which the site explains: the last chapter ends at the last article of the Convention' },
    ]);
  });
});

describe('the site’s content/convention.md', () => {
  const { convention } = loadContent(CONTENT_DIR);
  const ranges = articleRanges(convention.chapters);

  it('has the fact sheet’s chapters, titles and article ranges, and no boundary the sheet does not verify', () => {
    const read = ranges.map(({ chapters, first, last }) => ({ chapters: chapters.map((c) => [c.numeral, c.title.en, c.title.vi]), first, last }));
    expect(read).toEqual(factSheet);
  });

  it('has a preamble, 9 chapters and 68 articles (never 71)', () => {
    expect(convention.chapters).toHaveLength(9);
    expect(articleCount(ranges)).toBe(68);
  });

  it('puts Articles 64 and 65 in Chapter IX, Final provisions', () => {
    for (const article of Object.values(EXPLAINED_ARTICLES)) expect(rangeOf(ranges, article)).toMatchObject({ first: 59, last: 68, chapters: [{ numeral: 'IX', title: { en: 'Final provisions' } }] });
  });

  it('cites the fact sheet’s sources for the structure: antoanthongtin.vn for every chapter, with vietnamnet or UNTC where the sheet names them', () => {
    const hosts = (urls: string[]) => urls.map((url) => new URL(url).hostname.replace(/^www\./, ''));
    expect(convention.chapters.map((c) => hosts(c.sources))).toEqual([
      ['antoanthongtin.vn'],
      ['antoanthongtin.vn', 'vietnamnet.vn'],
      ['antoanthongtin.vn', 'vietnamnet.vn'],
      ['antoanthongtin.vn', 'vietnamnet.vn'],
      ['antoanthongtin.vn', 'vietnamnet.vn'],
      ['antoanthongtin.vn'],
      ['antoanthongtin.vn'],
      ['antoanthongtin.vn'],
      ['antoanthongtin.vn', 'treaties.un.org'],
    ]);
    expect(hosts(convention.sources).sort()).toEqual(['antoanthongtin.vn', 'treaties.un.org', 'unodc.org', 'vietnamnet.vn']);
    expect(hosts(convention.interpretativeNotes.sources).sort()).toEqual(['antoanthongtin.vn', 'vietnamnet.vn']);
  });
});
