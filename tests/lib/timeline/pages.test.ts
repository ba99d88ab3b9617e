import { describe, expect, it } from 'vitest';
import { eventLinksToYearPages, eventPath, eventYear, isSplitTimeline, TIMELINE_ONE_PAGE_LIMIT } from '@/lib/timeline/pages';

describe('the timeline’s pages', () => {
  it('is one page up to the limit, then one page per year', () => {
    expect(isSplitTimeline(TIMELINE_ONE_PAGE_LIMIT)).toBe(false);
    expect(isSplitTimeline(TIMELINE_ONE_PAGE_LIMIT + 1)).toBe(true);
  });

  it('files an event under the year it starts, month-only dates too', () => {
    expect(eventYear({ date: '2025-10-25' })).toBe('2025');
    expect(eventYear({ date: '2024-11' })).toBe('2024');
  });

  it('gives an event its permalink on the one page, or on its year’s page once split', () => {
    expect(eventPath('en', { id: 'adoption' })).toBe('/en/timeline/#adoption');
    expect(eventPath('vi', { id: 'adoption', permalinkYear: '2024' })).toBe('/vi/timeline/2024/#adoption');
  });

  it('points editors’ links to an event at its year’s page, leaving other links alone', () => {
    const html = '<a href="/en/timeline/#adoption">a</a> <a href="/en/timeline/#unknown">b</a> <a href="/en/timeline/">c</a> <a href="/vi/timeline/#adoption">d</a>';
    expect(eventLinksToYearPages('en', [{ id: 'adoption', date: '2024-12-24' }])(html)).toBe(
      '<a href="/en/timeline/2024/#adoption">a</a> <a href="/en/timeline/#unknown">b</a> <a href="/en/timeline/">c</a> <a href="/vi/timeline/#adoption">d</a>',
    );
  });
});
