import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from '@/lib/content/errors';
import { loadContent } from '@/lib/content';
import { article, contentDirWith, FIXTURE_DIR } from './content-dir';

function problemsOf(dir: string): string[] {
  try {
    loadContent(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).message.split('\n').slice(1).map((line) => line.trim());
  }
  throw new Error('expected the content to be rejected');
}

/** The file name in messages is relative to the working folder; strip the temp folder for readable assertions. */
function inDir(dir: string, file: string): string {
  return path.relative(process.cwd(), path.join(dir, file));
}

describe('loadContent on a valid folder', () => {
  const content = loadContent(FIXTURE_DIR, { today: '2025-08-01' });

  it('lists the articles of each language newest first', () => {
    expect(content.articles.en.map((a) => a.slug)).toEqual(['later-news', 'first-steps']);
    expect(content.articles.vi.map((a) => a.slug)).toEqual(['later-news', 'first-steps']);
  });

  it('pairs translations by slug', () => {
    const en = content.articles.en.find((a) => a.slug === 'first-steps');
    const vi = content.articles.vi.find((a) => a.slug === 'first-steps');
    expect(en?.title).toBe('First steps');
    expect(vi?.title).toBe('Những bước đầu');
    expect(vi?.lang).toBe('vi');
  });

  it('keeps dates as the ISO strings the editor wrote', () => {
    const later = content.articles.en[0];
    expect(later.date).toBe('2025-06-01');
    expect(later.updated).toBe('2025-07-01');
    expect(later.events.map((e) => e.date)).toEqual(['2024-11', '2024-12-24']);
  });

  it('leaves drafts and future-dated articles out unless asked for, and marks them', () => {
    expect(content.articles.en.map((a) => [a.slug, a.publication])).toEqual([
      ['later-news', 'published'],
      ['first-steps', 'published'],
    ]);
    const preview = loadContent(FIXTURE_DIR, { today: '2025-08-01', includeUnpublished: true });
    expect(preview.articles.en.map((a) => [a.slug, a.publication])).toEqual([
      ['coming-soon', 'scheduled'],
      ['later-news', 'published'],
      ['work-in-progress', 'draft'],
      ['first-steps', 'published'],
    ]);
  });

  it('publishes a scheduled article from its date on', () => {
    const onTheDay = loadContent(FIXTURE_DIR, { today: '2025-09-01' });
    expect(onTheDay.articles.en[0]).toMatchObject({ slug: 'coming-soon', publication: 'published' });
  });

  it('dates the last update by the latest change, and lists the changes', () => {
    const later = content.articles.en.find((a) => a.slug === 'later-news')!;
    expect(later.lastUpdated).toBe('2025-08-15');
    expect(later.changes.map((change) => change.date)).toEqual(['2025-08-15', '2025-06-20']);
    expect(content.articles.en.find((a) => a.slug === 'first-steps')?.lastUpdated).toBeUndefined();
  });

  it('warns, without stopping, about missing and outdated translations', () => {
    const file = (p: string) => path.relative(process.cwd(), path.join(FIXTURE_DIR, p));
    expect(content.warnings).toEqual([
      { file: file('articles/en/coming-soon.md'), message: `has no Vietnamese translation (${file('articles/vi/coming-soon.md')})` },
      { file: file('articles/en/work-in-progress.md'), message: `has no Vietnamese translation (${file('articles/vi/work-in-progress.md')})` },
      { file: file('articles/vi/later-news.md'), message: 'the English original was updated on 2025-08-15, after this translation (2025-06-01): bring it up to date' },
    ]);
  });

  it('renders the body to HTML with heading ids', () => {
    const first = content.articles.en.find((a) => a.slug === 'first-steps');
    expect(first?.html).toContain('<h2 id="background">Background</h2>');
    expect(first?.html).toContain('<a href="/en/articles/later-news/">link</a>');
  });

  it('loads the glossary and links its terms from articles of each language', () => {
    expect(content.glossary.map((term) => term.id)).toEqual(['ratification', 'depositary']);
    const withTerm = loadContent(contentDirWith({ 'articles/vi/x.md': article('', 'Việt Nam sẽ phê chuẩn sớm.') }), { today: '2025-08-01' });
    expect(withTerm.articles.vi.find((a) => a.slug === 'x')?.html).toContain('<a href="/vi/glossary/#ratification" title="Phê chuẩn">phê chuẩn</a>');
  });

  it('loads the structure of the Convention', () => {
    expect(content.convention.chapters.map((chapter) => chapter.lastArticle)).toEqual([undefined, 21, 68]);
    expect(content.convention).toMatchObject({ explainer64And65: 'first-steps', explainers: [], terms: ['ratification'] });
  });

  it('loads key facts and pages', () => {
    expect(content.keyFacts.map((f) => f.id)).toEqual(['adopted', 'parties']);
    expect(content.keyFacts[1].asOf).toBe('2026-11');
    expect(content.pages.vi.about.title).toBe('about vi');
    expect(content.pages.en.home.html).toContain('Body of home en.');
  });
});

describe('loadContent checks across files', () => {
  it('rejects an event whose dates differ between languages', () => {
    const dir = contentDirWith({
      'articles/vi/later-news.md': article('events:\n  - id: adoption\n    date: 2024-12-25\n    title: "Thông qua"\n    source: https://example.org/d'),
    });
    expect(problemsOf(dir)).toEqual([
      `${inDir(dir, 'articles/vi/later-news.md')}: events[0].date: "adoption" is dated 2024-12-25 here but 2024-12-24 in articles/en/later-news.md (an event has the same dates in every language)`,
    ]);
  });

  it('reports a key fact with neither value nor date, and a missing page', () => {
    const dir = contentDirWith({
      'key-facts.md': '---\nfacts:\n  - id: x\n    label: { en: "X", vi: "X" }\n    source: https://example.org\n---\n',
      'pages/vi/about.md': null,
    });
    expect(problemsOf(dir)).toEqual([
      `${inDir(dir, 'key-facts.md')}: facts[0].value: is missing (a key fact needs a value, a date, or both)`,
      `${inDir(dir, 'pages/vi/about.md')}: is missing (every language needs this page)`,
    ]);
  });

  it('checks content/convention.md: chapters in order, explainers published in every language, terms in the glossary', () => {
    const fixture = fs.readFileSync(path.join(FIXTURE_DIR, 'convention.md'), 'utf8');
    const dir = contentDirWith({
      'convention.md': fixture
        .replace('lastArticle: 21', 'lastArticle: 70')
        .replace('explainer64And65: first-steps', 'explainer64And65: later-news\nexplainers: [no-such-article]')
        .replace('terms: [ratification]', 'terms: [ratification, reservation]'),
      'articles/vi/later-news.md': article('draft: true'),
    });
    expect(problemsOf(dir)).toEqual([
      `${inDir(dir, 'convention.md')}: chapters[2].lastArticle: 68 leaves no article for Chapter III after Article 70, where Chapter II ends (list the chapters in order, each ending after the one before)`,
      `${inDir(dir, 'convention.md')}: explainer64And65: "later-news" is not published yet in vi (draft): the link would be broken`,
      `${inDir(dir, 'convention.md')}: explainers[0]: "no-such-article" is not an article in en (expected the file name of an article published in every language)`,
      `${inDir(dir, 'convention.md')}: explainers[0]: "no-such-article" is not an article in vi (expected the file name of an article published in every language)`,
      `${inDir(dir, 'convention.md')}: terms[1]: "reservation" is not the id of a term in glossary.md (check the spelling)`,
    ]);
  });

  it('requires content/convention.md, with the sources of each chapter', () => {
    const fixture = fs.readFileSync(path.join(FIXTURE_DIR, 'convention.md'), 'utf8');
    expect(problemsOf(contentDirWith({ 'convention.md': null }))).toEqual([expect.stringMatching(/convention\.md: is missing$/)]);
    const dir = contentDirWith({ 'convention.md': fixture.replace('sources: [https://example.org/chapter-1]', 'sources: []').replace('lastArticle: 68', 'lastArticle: "68"') });
    expect(problemsOf(dir)).toEqual([
      `${inDir(dir, 'convention.md')}: chapters[0].sources: is empty (expected at least one web address that verifies the chapter and its articles)`,
      `${inDir(dir, 'convention.md')}: chapters[2].lastArticle: expected the number of an article, e.g. 21, got string "68"`,
    ]);
  });

  it('reports every problem of a run together', () => {
    const dir = contentDirWith({ 'articles/en/a.md': article('tittle: "x"'), 'articles/vi/b.md': '---\ntitle: "T"\n---\n' });
    expect(problemsOf(dir)).toHaveLength(3);
  });
});
