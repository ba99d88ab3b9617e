import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from '@/lib/content-error';
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
  const content = loadContent(FIXTURE_DIR);

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

  it('leaves drafts out unless asked for', () => {
    expect(content.articles.en.some((a) => a.slug === 'work-in-progress')).toBe(false);
    const withDrafts = loadContent(FIXTURE_DIR, { includeDrafts: true });
    expect(withDrafts.articles.en.map((a) => a.slug)).toContain('work-in-progress');
  });

  it('renders the body to HTML with heading ids', () => {
    const first = content.articles.en.find((a) => a.slug === 'first-steps');
    expect(first?.html).toContain('<h2 id="background">Background</h2>');
    expect(first?.html).toContain('<a href="/en/articles/later-news/">link</a>');
  });

  it('loads key facts and pages', () => {
    expect(content.keyFacts.map((f) => f.id)).toEqual(['adopted', 'parties']);
    expect(content.keyFacts[1].asOf).toBe('2026-11');
    expect(content.pages.vi.about.title).toBe('about vi');
    expect(content.pages.en.home.html).toContain('Body of home en.');
  });
});

describe('loadContent rejects bad files, naming the file and the field', () => {
  it('reports a missing required field', () => {
    const dir = contentDirWith({ 'en/x.md': '---\ntitle: "T"\ndate: 2025-01-01\n---\nBody\n' });
    expect(problemsOf(dir)).toEqual([`${inDir(dir, 'en/x.md')}: summary: is missing (expected one or two sentences for lists and search results)`]);
  });

  it('reports an empty required field', () => {
    const dir = contentDirWith({ 'en/x.md': '---\ntitle: "  "\nsummary: "S"\ndate: 2025-01-01\n---\n' });
    expect(problemsOf(dir)).toEqual([`${inDir(dir, 'en/x.md')}: title: is empty (expected the article title)`]);
  });

  it('reports an impossible date with its position in the events list', () => {
    const dir = contentDirWith({
      'vi/x.md': article('events:\n  - id: a\n    date: 2025-01-01\n    title: "A"\n    source: https://example.org\n  - id: b\n    date: 2025-13-01\n    title: "B"\n    source: https://example.org'),
    });
    expect(problemsOf(dir)).toEqual([`${inDir(dir, 'vi/x.md')}: events[1].date: "2025-13-01" is not a date (expected YYYY-MM-DD, or YYYY-MM if only the month is known)`]);
  });

  it('reports an unknown field, which is usually a typo', () => {
    const dir = contentDirWith({ 'en/x.md': article('tittle: "Oops"') });
    expect(problemsOf(dir)).toEqual([`${inDir(dir, 'en/x.md')}: tittle: is not a known field (check the spelling)`]);
  });

  it('rejects an event whose dates differ between languages', () => {
    const dir = contentDirWith({
      'vi/later-news.md': article('events:\n  - id: adoption\n    date: 2024-12-25\n    title: "Thông qua"\n    source: https://example.org/d'),
    });
    expect(problemsOf(dir)).toEqual([
      `${inDir(dir, 'vi/later-news.md')}: events[0].date: "adoption" is dated 2024-12-25 here but 2024-12-24 in en/later-news.md (an event has the same dates in every language)`,
    ]);
  });

  it('rejects two events with one id in the same language', () => {
    const dir = contentDirWith({
      'en/x.md': article('events:\n  - id: adoption\n    date: 2024-12-24\n    title: "Again"\n    source: https://example.org/d'),
    });
    expect(problemsOf(dir)[0]).toBe(`${inDir(dir, 'en/x.md')}: events[0].id: "adoption" is used by another event in en (each event id must be unique)`);
  });

  it('rejects a source that is not a full web address', () => {
    const dir = contentDirWith({ 'en/x.md': article('sources:\n  - title: "S"\n    url: /relative/path') });
    expect(problemsOf(dir)).toEqual([`${inDir(dir, 'en/x.md')}: sources[0].url: "/relative/path" is not a full web address (expected https://…)`]);
  });

  it('rejects an end date before the start date', () => {
    const dir = contentDirWith({
      'en/x.md': article('events:\n  - id: z\n    date: 2025-02-01\n    endDate: 2025-01-01\n    title: "Z"\n    source: https://example.org'),
    });
    expect(problemsOf(dir)).toEqual([`${inDir(dir, 'en/x.md')}: events[0].endDate: 2025-01-01 is before date 2025-02-01`]);
  });

  it('reports YAML that does not parse', () => {
    const dir = contentDirWith({ 'en/x.md': '---\ntitle: "unclosed\nsummary: S\n---\n' });
    expect(problemsOf(dir)[0]).toMatch(new RegExp(`^${inDir(dir, 'en/x.md')}: front matter cannot be read: `));
  });

  it('never runs JavaScript front matter', () => {
    const dir = contentDirWith({ 'en/x.md': '---js\n{ title: (globalThis.ran = "yes") }\n---\n' });
    expect(problemsOf(dir)[0]).toBe(`${inDir(dir, 'en/x.md')}: front matter cannot be read: front matter must be YAML between --- lines; other languages are never run`);
    expect((globalThis as { ran?: string }).ran).toBeUndefined();
  });

  it('reports a file that is not UTF-8 and a file that is not markdown', () => {
    const dir = contentDirWith({ 'en/latin1.md': Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xe9, 0x0a]), 'en/notes.txt': 'hi' });
    expect(problemsOf(dir)).toEqual([
      `${inDir(dir, 'en/notes.txt')}: is not a markdown file (content folders hold only .md files)`,
      `${inDir(dir, 'en/latin1.md')}: is not UTF-8 text (save it as UTF-8)`,
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

  it('reports every problem of a run together', () => {
    const dir = contentDirWith({ 'en/a.md': article('tittle: "x"'), 'vi/b.md': '---\ntitle: "T"\n---\n' });
    expect(problemsOf(dir)).toHaveLength(3);
  });
});
