import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content';
import { buildTimeline, compactTimeline } from '@/lib/timeline';
import { article, contentDirWith, FIXTURE_DIR } from './content-dir';

describe('buildTimeline', () => {
  const { articles } = loadContent(FIXTURE_DIR);

  it('merges the events of all articles of a language in date order', () => {
    expect(buildTimeline(articles.en).map((e) => [e.date, e.id])).toEqual([
      ['2019-12-27', 'committee-created'],
      ['2022-02-28', 'talks'],
      ['2024-11', 'third-committee'],
      ['2024-12-24', 'adoption'],
    ]);
  });

  it('links each event to its article in that language', () => {
    const vi = buildTimeline(articles.vi);
    expect(vi.find((e) => e.id === 'talks')?.article).toEqual({ slug: 'first-steps', title: 'Những bước đầu', status: 'published', date: '2025-01-10', lastUpdated: undefined });
  });

  it('leaves out the events of drafts', () => {
    expect(buildTimeline(articles.en).some((e) => e.id === 'draft-only')).toBe(false);
  });

  it('puts a month-only date before the days of that month', () => {
    const dir = contentDirWith({
      'en/z.md': article('events:\n  - id: early-nov\n    date: 2024-11-01\n    title: "Z"\n    source: https://example.org'),
    });
    const ids = buildTimeline(loadContent(dir).articles.en).map((e) => e.id);
    expect(ids.indexOf('third-committee')).toBeLessThan(ids.indexOf('early-nov'));
  });
});

describe('compactTimeline', () => {
  const timeline = buildTimeline(loadContent(FIXTURE_DIR).articles.en);

  it('shows only the key dates without an article', () => {
    expect(compactTimeline(timeline).map((e) => e.id)).toEqual(['committee-created', 'adoption']);
  });

  it('adds the events of the given article', () => {
    expect(compactTimeline(timeline, 'first-steps').map((e) => e.id)).toEqual(['committee-created', 'talks', 'adoption']);
  });

  it('does not grow with the number of articles', () => {
    const many = Array.from({ length: 30 }, (_, i) => [
      `en/extra-${i}.md`,
      article(`events:\n  - id: extra-${i}\n    date: 2023-01-${String(i + 1).padStart(2, '0')}\n    title: "E"\n    source: https://example.org`),
    ]);
    const bigger = buildTimeline(loadContent(contentDirWith(Object.fromEntries(many))).articles.en);
    expect(bigger.length).toBe(timeline.length + 30);
    expect(compactTimeline(bigger, 'first-steps')).toEqual(compactTimeline(timeline, 'first-steps'));
  });
});
