import { languages, type Lang } from '../i18n';

/**
 * The site's public address, the one setting for every absolute URL (canonical links, feeds,
 * sitemap). Its path, if any, is where the site is hosted: SITE_URL=https://example.org/hanoi
 * builds the site for /hanoi/.
 */
export const SITE_URL = (process.env.SITE_URL || 'http://localhost:3000').replace(/\/+$/, '');

/** Whether an address is this computer's own (localhost, 127.x.x.x, [::1], 0.0.0.0): no reader can reach a site built for it. */
export function isLocalAddress(url: string): boolean {
  const { hostname } = new URL(url);
  return hostname === 'localhost' || hostname.endsWith('.localhost') || /^127\.\d+\.\d+\.\d+$/.test(hostname) || hostname === '[::1]' || hostname === '0.0.0.0';
}

/**
 * Why a build must not go on with this SITE_URL, or undefined. A build for publishing (any build
 * under CI that is not a test build) needs the public address: without it every feed, citation,
 * canonical link and calendar would point to this computer. A test build (`npm run build -- --test`)
 * and a build on a person's own machine keep the local default.
 */
export function publishingAddressProblem({ siteUrl, ci, testBuild }: { siteUrl: string | undefined; ci: string | undefined; testBuild: boolean }): string | undefined {
  const publishing = Boolean(ci) && ci !== 'false' && ci !== '0' && !testBuild;
  if (!publishing) return undefined;
  const fix = 'Set SITE_URL to the public address (e.g. SITE_URL=https://example.org, with the sub-path if the site lives under one), or, for a build the tests check, run `npm run build -- --test`.';
  if (!siteUrl) return `SITE_URL is not set, and this is a build for publishing (CI=${ci}): every canonical link, feed, citation and calendar would point to http://localhost:3000. ${fix}`;
  if (isLocalAddress(siteUrl)) return `SITE_URL is ${siteUrl}, an address on this computer, and this is a build for publishing (CI=${ci}): no reader could follow its links. ${fix}`;
  return undefined;
}

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

/** The editor's folder (scripts/build-admin.ts): `/admin/` on the site, `out/admin/` in the build. No reader's page links to it. */
export const ADMIN_DIR = 'admin';

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
  /** An event's anchor: on the timeline page, or on its year's page once the timeline is split (lib/timeline/pages.ts). */
  event: (lang: Lang, id: string, year?: string) => `${year ? paths.timelineYear(lang, year) : paths.timeline(lang)}#${id}`,
  /** Page `page` (from 1) of the citations of a year's events. */
  timelineCitations: (lang: Lang, year: string, page: number) => sitePath(`/${lang}/timeline/${year}/cite/${page}/`),
  /** An event's citations, on its year's citation pages. */
  eventCitation: (lang: Lang, id: string, year: string, page: number) => `${paths.timelineCitations(lang, year, page)}#cite-${id}`,
  about: (lang: Lang) => sitePath(`/${lang}/about/`),
  /** Inside the Convention: its chapters and the articles in each. */
  convention: (lang: Lang) => sitePath(`/${lang}/convention/`),
  status: (lang: Lang) => sitePath(`/${lang}/status/`),
  /** A State's (or the EU's) own page: its code in lower case, `/en/status/vn/`. */
  state: (lang: Lang, code: string) => sitePath(`/${lang}/status/${code.toLowerCase()}/`),
  /** A State's feed of its own changes (Atom). */
  stateFeed: (lang: Lang, code: string) => `${paths.state(lang, code)}atom.xml`,
  /** The A–Z index of every State that can join. */
  states: (lang: Lang) => sitePath(`/${lang}/states/`),
  data: (lang: Lang) => sitePath(`/${lang}/data/`),
  glossary: (lang: Lang) => sitePath(`/${lang}/glossary/`),
  /** A term's definition, anchored by its id on the glossary page. */
  glossaryTerm: (lang: Lang, id: string) => `${paths.glossary(lang)}#${id}`,
  search: (lang: Lang) => sitePath(`/${lang}/search/`),
  /** Pagefind's index and script, written by the build after the export (scripts/build-search-index.ts). */
  searchBundle: () => sitePath('/pagefind/'),
  /** A language's feed in one of its three formats. */
  feed: (lang: Lang, format: FeedFormat) => sitePath(`/${lang}/${feedFiles[format]}`),
  /** A download of the Data page, e.g. `timeline.csv`. */
  dataFile: (lang: Lang, file: string) => sitePath(`/${lang}/data/${file}`),
  socialImage: (lang: Lang, slug: string) => `${paths.article(lang, slug)}social.png`,
  favicon: () => sitePath('/favicon.svg'),
  /** The plain world map under every locator map (app/world-map.svg/). */
  worldBaseMap: () => sitePath('/world-map.svg'),
  sitemap: () => sitePath('/sitemap.xml'),
};

const feedFiles = { rss: 'feed.xml', atom: 'atom.xml', json: 'feed.json' } as const;
export type FeedFormat = keyof typeof feedFiles;

/** A link to a page of this site, read back: what it leads to, for the content's link checks. */
export type SiteLink = { kind: 'article'; lang: Lang; slug: string } | { kind: 'event'; lang: Lang; id: string };

// Links as editors write them, without the base path: built from the languages, as `paths` builds them.
const ARTICLE_LINK = new RegExp(`^/(${languages.join('|')})/articles/([^/?#]+)/?(?:[?#].*)?$`);
const EVENT_LINK = new RegExp(`^/(${languages.join('|')})/timeline/?#(.+)$`);

/**
 * Reads a link as editors write it (`/en/articles/adoption/`, `/vi/timeline/#ga-res-74-247`) back into
 * what it leads to, for the content's link checks; undefined for any other link.
 */
export function parseSitePath(href: string): SiteLink | undefined {
  const article = ARTICLE_LINK.exec(href);
  if (article) return { kind: 'article', lang: article[1] as Lang, slug: article[2] };
  const event = EVENT_LINK.exec(href);
  if (event) return { kind: 'event', lang: event[1] as Lang, id: event[2] };
  return undefined;
}

/** A page's path in every language, for pages that exist in all of them. */
export function inEveryLang(path: (lang: Lang) => string): Record<Lang, string> {
  return Object.fromEntries(languages.map((lang) => [lang, path(lang)])) as Record<Lang, string>;
}

/** What a link to another site carries: no handle on this page's window (noopener), no referrer (noreferrer). */
export const EXTERNAL_LINK_REL = 'noopener noreferrer';

/** The `rel` of a link: EXTERNAL_LINK_REL for an absolute http(s) link to another origin, none for this site's own. */
export function linkRel(href: string): string | undefined {
  if (!/^https?:\/\//i.test(href)) return undefined;
  return new URL(href).origin === new URL(SITE_URL).origin ? undefined : EXTERNAL_LINK_REL;
}
