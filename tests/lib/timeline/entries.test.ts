import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content';
import { buildTimeline, compactTimeline, timelineYears } from '@/lib/timeline/entries';
import { CITATIONS_PER_PAGE, TIMELINE_ONE_PAGE_LIMIT } from '@/lib/timeline/pages';
import { article, contentDirWith, FIXTURE_DIR } from '../content-dir';

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
    expect(vi.find((e) => e.id === 'talks')?.article).toEqual({ slug: 'first-steps', title: 'Những bước đầu', publication: 'published', date: '2025-01-10', lastUpdated: undefined });
  });

  it('leaves out the events of drafts', () => {
    expect(buildTimeline(articles.en).some((e) => e.id === 'draft-only')).toBe(false);
  });

  it('puts a month-only date before the days of that month', () => {
    const dir = contentDirWith({
      'articles/en/z.md': article('events:\n  - id: early-nov\n    date: 2024-11-01\n    title: "Z"\n    source: https://example.org'),
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
      `articles/en/extra-${i}.md`,
      article(`events:\n  - id: extra-${i}\n    date: 2023-01-${String(i + 1).padStart(2, '0')}\n    title: "E"\n    source: https://example.org`),
    ]);
    const bigger = buildTimeline(loadContent(contentDirWith(Object.fromEntries(many))).articles.en);
    expect(bigger.length).toBe(timeline.length + 30);
    expect(compactTimeline(bigger, 'first-steps')).toEqual(compactTimeline(timeline, 'first-steps'));
  });
});

describe('timelineYears', () => {
  it('groups the timeline by the year each event starts, oldest first, keeping the order', () => {
    const years = timelineYears(buildTimeline(loadContent(FIXTURE_DIR).articles.en));
    expect(years.map(({ year, events }) => [year, events.map((e) => e.id)])).toEqual([
      ['2019', ['committee-created']],
      ['2022', ['talks']],
      ['2024', ['third-committee', 'adoption']],
    ]);
  });
});

describe('a timeline too long for one page', () => {
  // The fixture has 4 English events; these bring the total just past the limit.
  const extra = TIMELINE_ONE_PAGE_LIMIT - 3;
  const many = Array.from({ length: extra }, (_, i) => [
    `articles/en/extra-${i}.md`,
    article(`events:\n  - id: extra-${i}\n    date: 2023-01-01\n    title: "E"\n    source: https://example.org`, 'See [the committee](/en/timeline/#committee-created).'),
  ]);
  const { articles } = loadContent(contentDirWith(Object.fromEntries(many)));

  it('puts every event’s permalink on its year’s page', () => {
    const timeline = buildTimeline(articles.en);
    expect(timeline.length).toBe(TIMELINE_ONE_PAGE_LIMIT + 1);
    expect(new Set(timeline.map((e) => e.permalinkYear === e.date.slice(0, 4)))).toEqual(new Set([true]));
  });

  it('cites a year’s events CITATIONS_PER_PAGE to a page, in date order', () => {
    const in2023 = buildTimeline(articles.en).filter((e) => e.date.startsWith('2023'));
    const pages = in2023.map((e) => e.citationPage);
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
    expect(pages.filter((page) => page === 1)).toHaveLength(CITATIONS_PER_PAGE);
    expect(pages.at(-1)).toBe(Math.ceil(in2023.length / CITATIONS_PER_PAGE));
  });

  it('points editors’ links to an event at its year’s page', () => {
    expect(articles.en.find((a) => a.slug === 'extra-0')?.html).toContain('href="/en/timeline/2019/#committee-created"');
  });

  it('leaves a language that fits one page alone', () => {
    expect(buildTimeline(articles.vi).every((e) => e.permalinkYear === undefined)).toBe(true);
  });
});
