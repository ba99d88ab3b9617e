import type { Lang } from './i18n';
import { getArticles, type Article } from './content';
import type { TimelineEvent } from './schema';

/** A timeline event together with the article that tells its story. */
export type TimelineEntry = TimelineEvent & { article: Pick<Article, 'slug' | 'title' | 'status' | 'date' | 'lastUpdated'> };

/** Oldest first; a month-only date sorts before the days of that month, and the id breaks ties. */
function chronological(a: TimelineEntry, b: TimelineEntry): number {
  return a.date.localeCompare(b.date) || (a.endDate ?? '').localeCompare(b.endDate ?? '') || a.id.localeCompare(b.id);
}

/** Every event of every given article (one language), in date order, each linked to its article. */
export function buildTimeline(articles: Article[]): TimelineEntry[] {
  return articles
    .flatMap((article) => article.events.map((event) => ({ ...event, article: { slug: article.slug, title: article.title, status: article.status, date: article.date, lastUpdated: article.lastUpdated } })))
    .sort(chronological);
}

/**
 * The compact timeline shown beside content: the key dates, plus the events of one article when
 * given. Its length depends on the key dates and that article only, never on how many articles exist.
 */
export function compactTimeline(timeline: TimelineEntry[], articleSlug?: string): TimelineEntry[] {
  return timeline.filter((event) => event.key || event.article.slug === articleSlug);
}

/** The full timeline of a language: every event of every published article. */
export function getTimeline(lang: Lang): TimelineEntry[] {
  return buildTimeline(getArticles(lang));
}
