import type { Lang } from '../i18n';
import { paths } from '../web/paths';

/*
 * How the full timeline is laid out in pages. While a language has at most
 * TIMELINE_ONE_PAGE_LIMIT events, the whole timeline is one page, grouped by year; beyond that
 * each year has its own page, so no page grows without bound, and an event's permalink is on its
 * year's page. Every year also has a page of its own at any size, and its events' citations are on
 * that year's citation pages, CITATIONS_PER_PAGE events to a page, so each event's markup carries
 * one link instead of four citations.
 */

/** Above this many events in a language, the timeline is one page per year. */
export const TIMELINE_ONE_PAGE_LIMIT = 150;

/** Events per page of a year's citations: four citations each make these the heaviest pages. */
export const CITATIONS_PER_PAGE = 50;

export function isSplitTimeline(eventCount: number): boolean {
  return eventCount > TIMELINE_ONE_PAGE_LIMIT;
}

/** The year an event is filed under: the year it starts. */
export function eventYear(event: { date: string }): string {
  return event.date.slice(0, 4);
}

/** The path of an event's permalink (`permalinkYear` is set on the events of a split timeline). */
export function eventPath(lang: Lang, event: { id: string; permalinkYear?: string }): string {
  return paths.event(lang, event.id, event.permalinkYear);
}

/**
 * Editors link to an event as `/en/timeline/#id`, whatever the layout. Once the timeline is split
 * that anchor is on the event's year page, so such links in rendered HTML are pointed there: the
 * function returned does that to an article's HTML.
 */
export function eventLinksToYearPages(lang: Lang, events: { id: string; date: string }[]): (html: string) => string {
  // Made once for every article of the language: each article's events are among them.
  const yearOf = new Map(events.map((event) => [event.id, eventYear(event)]));
  const link = new RegExp(`href="${paths.timeline(lang).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}#([^"]+)"`, 'g');
  return (html) =>
    html.replace(link, (whole, id: string) => {
      const year = yearOf.get(id);
      return year ? `href="${paths.event(lang, id, year)}"` : whole;
    });
}
