import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '@/lib/content';
import { isUntranslated } from '@/lib/content/articles';
import { ContentError } from '@/lib/content/errors';
import { contentDirWith } from './content-dir';

/* What the editing form writes must read as what a developer would have written. */

const DECAP = path.join(import.meta.dirname, '..', 'fixtures', 'decap');
const fixture = (name: string) => fs.readFileSync(path.join(DECAP, name), 'utf8');
const SLUG = 'decap-article';

describe('files the editing form writes', () => {
  const dir = contentDirWith({
    [`articles/en/${SLUG}.md`]: fixture('en-article.md'),
    [`articles/vi/${SLUG}.md`]: fixture('vi-not-translated.md'),
    'articles/vi/adoption.md': fixture('vi-empty-fields.md'),
  });
  const content = readContent(dir, { today: '2026-12-01' });

  it('keep unquoted dates as the days written, in any key order', () => {
    const article = content.articles.en.find((a) => a.slug === SLUG)!;
    expect(article).toMatchObject({ title: 'Test: Điều 64 article', date: '2026-11-30', publication: 'published' });
    expect(article.events).toEqual([{ id: 'test-event', date: '2026-11-30', title: 'Something happens', source: 'https://example.org/event', key: false }]);
    expect(article.sources).toEqual([{ title: 'Example source', url: 'https://example.org/source' }]);
  });

  it('read a field left empty (null) as a field not given, and folded lines as one', () => {
    const article = content.articles.vi.find((a) => a.slug === 'adoption')!;
    expect(article.updated).toBeUndefined();
    expect(article.publication).toBe('published');
    expect(article.summary).toBe('Một bài viết được lưu từ biểu mẫu, với những dòng dài được Decap ngắt thành nhiều dòng.');
  });

  it('treat a translation file with only the shared fields as not translated yet: a warning, never a page', () => {
    expect(content.articles.vi.some((a) => a.slug === SLUG)).toBe(false);
    const file = path.relative(process.cwd(), path.join(dir, 'articles', 'vi', `${SLUG}.md`));
    expect(content.warnings).toContainEqual({ file, message: 'has no title, summary or text yet: not translated yet, so it is not published (write the translation, or delete the file)' });
    expect(content.warnings).toContainEqual(expect.objectContaining({ message: `has no Vietnamese translation (${file})` }));
  });
});

describe('isUntranslated', () => {
  it('is true only when every text of the article is missing', () => {
    expect(isUntranslated({ date: '2026-11-30', changes: [], events: [], sources: [], draft: false }, '\n')).toBe(true);
    expect(isUntranslated({ title: '', summary: null }, '')).toBe(true);
    expect(isUntranslated({ date: '2026-11-30' }, 'Text.')).toBe(false);
    expect(isUntranslated({ events: [{ id: 'x' }] }, '')).toBe(false);
    expect(isUntranslated({ title: 'T' }, '')).toBe(false);
    expect(isUntranslated(['a list'], '')).toBe(false);
  });

  it('leaves a half-written translation to the checks, which stop the build', () => {
    const dir = contentDirWith({ 'articles/vi/adoption.md': '---\ndate: 2026-11-30\n---\nChỉ có nội dung, chưa có tiêu đề.\n' });
    expect(() => readContent(dir, { today: '2026-12-01' })).toThrow(ContentError);
    try {
      readContent(dir, { today: '2026-12-01' });
    } catch (error) {
      expect((error as ContentError).problems.map((p) => p.field)).toEqual(['title', 'summary']);
    }
  });
});
