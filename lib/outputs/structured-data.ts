import type { BreadcrumbList, Event, Legislation, NewsArticle, WithContext } from 'schema-dts';
import { t, type Lang } from '../i18n';
import { absoluteUrl, paths } from '../web/paths';
import type { Article, TimelineEvent } from '../schema';
import { UNTC_STATUS_URL } from '../web/sources';
import type { TimelineEntry } from '../timeline/entries';
import { eventPath } from '../timeline/pages';

/*
 * schema.org descriptions for search engines and citation tools, as JSON-LD. Facts about the
 * Convention here come from shared/FACTS.md (official title, adoption date, resolution).
 */

const shortNames: Record<Lang, string[]> = {
  en: ['UN Convention against Cybercrime', 'Hanoi Convention'],
  vi: ['Công ước của Liên Hợp Quốc về chống tội phạm mạng', 'Công ước Hà Nội'],
};

/** The Convention itself. */
export function conventionJsonLd(lang: Lang): WithContext<Legislation> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    name: 'United Nations Convention against Cybercrime; Strengthening International Cooperation for Combating Certain Crimes Committed by Means of Information and Communications Technology Systems and for the Sharing of Evidence in Electronic Form of Serious Crimes',
    alternateName: shortNames[lang],
    legislationType: 'Treaty',
    legislationDate: '2024-12-24',
    legislationIdentifier: 'General Assembly resolution 79/243',
    legislationPassedBy: { '@type': 'Organization', name: 'United Nations General Assembly' },
    url: UNTC_STATUS_URL,
  };
}

export function articleJsonLd(article: Article): WithContext<NewsArticle> {
  const url = absoluteUrl(paths.article(article.lang, article.slug));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.summary,
    datePublished: article.date,
    dateModified: article.lastUpdated ?? article.date,
    inLanguage: article.lang,
    url,
    mainEntityOfPage: url,
    isAccessibleForFree: true,
    publisher: { '@type': 'Organization', name: t(article.lang).siteName, url: absoluteUrl(paths.home(article.lang)) },
    about: { '@type': 'Legislation', name: shortNames[article.lang][0] },
  };
}

/** An event people attended, such as the signing ceremony: only events with a location qualify. */
export function eventJsonLd(event: TimelineEvent & Pick<TimelineEntry, 'permalinkYear'> & { location: string }, lang: Lang): WithContext<Event> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    startDate: event.date,
    endDate: event.endDate ?? event.date,
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: { '@type': 'Place', name: event.location },
    url: absoluteUrl(eventPath(lang, event)),
    sameAs: event.source,
  };
}

/** Where a page sits: Home › Section › Page (the trail after Home). */
export function breadcrumbJsonLd(lang: Lang, trail: { name: string; path: string }[]): WithContext<BreadcrumbList> {
  const crumbs = [{ name: t(lang).navHome, path: paths.home(lang) }, ...trail];
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({ '@type': 'ListItem', position: index + 1, name: crumb.name, item: absoluteUrl(crumb.path) })),
  };
}
