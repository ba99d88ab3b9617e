import { languages, type Lang } from './i18n';

/**
 * The site's public address, the one setting for every absolute URL (canonical links, feeds,
 * sitemap). Its path, if any, is where the site is hosted: SITE_URL=https://example.org/hanoi
 * builds the site for /hanoi/.
 */
export const SITE_URL = (process.env.SITE_URL || 'http://localhost:3000').replace(/\/+$/, '');

/** The sub-path the site is hosted under ('' at the root of its domain); also Next.js's basePath. */
export const BASE_PATH = new URL(SITE_URL).pathname.replace(/\/+$/, '');

/** A path on this site as a link: with the base path in front. */
export function sitePath(path: string): string {
  return `${BASE_PATH}${path}`;
}

/** A link on this site (from `paths`) as an absolute URL. */
export function absoluteUrl(href: string): string {
  return new URL(href, `${SITE_URL}/`).toString();
}

/** Every URL on the site is built here, so links and the files the build writes always agree. */
export const paths = {
  root: () => sitePath('/'),
  home: (lang: Lang) => sitePath(`/${lang}/`),
  articles: (lang: Lang) => sitePath(`/${lang}/articles/`),
  /** Page `number` of the article list; the first is the list's own address. */
  articlesPage: (lang: Lang, number: number) => (number === 1 ? paths.articles(lang) : sitePath(`/${lang}/articles/page/${number}/`)),
  article: (lang: Lang, slug: string) => sitePath(`/${lang}/articles/${slug}/`),
  timeline: (lang: Lang) => sitePath(`/${lang}/timeline/`),
  timelineYear: (lang: Lang, year: string) => sitePath(`/${lang}/timeline/${year}/`),
  /** An event's anchor: on the timeline page, or on its year's page once the timeline is split (lib/timeline-pages.ts). */
  event: (lang: Lang, id: string, year?: string) => `${year ? paths.timelineYear(lang, year) : paths.timeline(lang)}#${id}`,
  /** Page `page` (from 1) of the citations of a year's events. */
  timelineCitations: (lang: Lang, year: string, page: number) => sitePath(`/${lang}/timeline/${year}/cite/${page}/`),
  /** An event's citations, on its year's citation pages. */
  eventCitation: (lang: Lang, id: string, year: string, page: number) => `${paths.timelineCitations(lang, year, page)}#cite-${id}`,
  about: (lang: Lang) => sitePath(`/${lang}/about/`),
  status: (lang: Lang) => sitePath(`/${lang}/status/`),
  data: (lang: Lang) => sitePath(`/${lang}/data/`),
  glossary: (lang: Lang) => sitePath(`/${lang}/glossary/`),
};

/** The live treaty status at the UN Treaty Collection: the authority on signatures and ratifications. */
export const UNTC_STATUS_URL =
  'https://treaties.un.org/doc/Publication/MTDSG/Volume%20II/Chapter%20XVIII/XVIII-16.en.xml';

/** UNODC's page on the Convention: the text, and the secretariat's explanations. */
export const UNODC_CONVENTION_URL = 'https://www.unodc.org/unodc/en/cybercrime/convention/home.html';

/** A source's short name for link text: its host without `www.` ("press.un.org"). */
export function sourceName(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/** A page's path in every language, for pages that exist in all of them. */
export function inEveryLang(path: (lang: Lang) => string): Record<Lang, string> {
  return Object.fromEntries(languages.map((lang) => [lang, path(lang)])) as Record<Lang, string>;
}
