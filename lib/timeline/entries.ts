import type { Article, TimelineEvent } from '../schema';
import { CITATIONS_PER_PAGE, eventYear, isSplitTimeline } from './pages';

/** A timeline event together with the article that tells its story. */
export type TimelineEntry = TimelineEvent & {
  article: Pick<Article, 'slug' | 'title' | 'publication' | 'date' | 'lastUpdated'>;
  /** Set once the timeline is split by year: the year whose page holds the event's permalink (see lib/timeline/pages.ts). */
  permalinkYear?: string;
  /** Which of its year's citation pages cites the event (from 1). */
  citationPage: number;
};

/** The events of one year of the timeline. */
export type TimelineYear = { year: string; events: TimelineEntry[] };

/** Oldest first; a month-only date sorts before the days of that month, and the id breaks ties. */
function chronological(a: TimelineEvent, b: TimelineEvent): number {
  return a.date.localeCompare(b.date) || (a.endDate ?? '').localeCompare(b.endDate ?? '') || a.id.localeCompare(b.id);
}

/** Every event of every given article of one language, in date order, each linked to its article. */
export function buildTimeline(articles: Article[]): TimelineEntry[] {
  const split = isSplitTimeline(articles.reduce((count, article) => count + article.events.length, 0));
  const inYear = new Map<string, number>();
  return articles
    .flatMap((article) =>
      article.events.map((event) => ({
        ...event,
        article: { slug: article.slug, title: article.title, publication: article.publication, date: article.date, lastUpdated: article.lastUpdated },
        permalinkYear: split ? eventYear(event) : undefined,
      })),
    )
    .sort(chronological)
    .map((event) => {
      const index = inYear.get(eventYear(event)) ?? 0;
      inYear.set(eventYear(event), index + 1);
      return { ...event, citationPage: Math.floor(index / CITATIONS_PER_PAGE) + 1 };
    });
}

/**
 * The compact timeline shown beside content: the key dates, plus the events of one article when
 * given. Its length depends on the key dates and that article only, never on how many articles exist.
 */
export function compactTimeline(timeline: TimelineEntry[], articleSlug?: string): TimelineEntry[] {
  return timeline.filter((event) => event.key || event.article.slug === articleSlug);
}

/**
 * The first event still to come on a day (`YYYY-MM-DD`, the content's today): it starts on that day
 * or later. Undefined once every event is past, so a build after the last one marks none.
 */
export function nextEvent(timeline: TimelineEntry[], today: string): TimelineEntry | undefined {
  return timeline.find((event) => event.date >= today);
}

/** A timeline in date order, as its years, oldest first. */
export function timelineYears(timeline: TimelineEntry[]): TimelineYear[] {
  const years = new Map<string, TimelineEntry[]>();
  for (const event of timeline) years.set(eventYear(event), [...(years.get(eventYear(event)) ?? []), event]);
  return [...years].map(([year, events]) => ({ year, events }));
}
