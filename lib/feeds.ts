import { Feed } from 'feed';
import { participantName } from './countries';
import { formatDate } from './dates';
import { fill, t, type Lang } from './i18n';
import { PAGE_IDS } from './page-ids';
import { absoluteUrl, paths, SITE_URL } from './paths';
import type { Article, Status } from './schema';
import { entryIntoForce, instrumentsInOrder, openForSignature, SIGNATURE_CLOSED_FROM, SIGNATURE_CLOSES } from './status';

/** One item of a feed: an article, or a change in the Convention's status. */
export type FeedEntry = {
  title: string;
  url: string;
  summary: string;
  /** Full text as HTML, where there is one. */
  html?: string;
  /** `YYYY-MM-DD`: first published. */
  published: string;
  /** `YYYY-MM-DD`: last changed. */
  updated: string;
};

// A calendar day as the instant feeds need: midnight UTC, so every reader sees the same day.
const instant = (day: string) => new Date(`${day}T00:00:00Z`);

// Feed readers show item HTML away from the site: make its site links absolute.
const absoluteLinks = (html: string) => html.replace(/href="\/(?!\/)/g, `href="${new URL(SITE_URL).origin}/`);

export function articleEntry(article: Article): FeedEntry {
  return {
    title: article.title,
    url: absoluteUrl(paths.article(article.lang, article.slug)),
    summary: article.summary,
    html: absoluteLinks(article.html),
    published: article.date,
    updated: article.lastUpdated ?? article.date,
  };
}

/** A language's feed, newest first; render it with `.rss2()`, `.atom1()` or `.json1()`. */
export function buildFeed(lang: Lang, entries: FeedEntry[]): Feed {
  const text = t(lang);
  const sorted = [...entries].sort((a, b) => b.updated.localeCompare(a.updated) || a.url.localeCompare(b.url));
  const home = absoluteUrl(paths.home(lang));
  const feed = new Feed({
    id: home,
    link: home,
    title: text.siteName,
    description: text.siteTagline,
    language: lang,
    updated: sorted[0] ? instant(sorted[0].updated) : undefined,
    generator: false,
    favicon: absoluteUrl(paths.favicon()),
    feedLinks: { rss: absoluteUrl(paths.feed(lang, 'rss')), atom: absoluteUrl(paths.feed(lang, 'atom')), json: absoluteUrl(paths.feed(lang, 'json')) },
  });
  for (const entry of sorted) {
    feed.addItem({
      title: entry.title,
      id: entry.url,
      link: entry.url,
      description: entry.summary,
      content: entry.html,
      date: instant(entry.updated),
      published: instant(entry.published),
    });
  }
  return feed;
}

/**
 * News from the status file: each deposited instrument, the end of the signature period once it has
 * passed on `today` (the content's), and entry into force once the 40th is in. Adding an instrument
 * to content/status.md is all it takes to announce it.
 */
export function statusEntries(status: Status, lang: Lang, today: string): FeedEntry[] {
  const text = t(lang);
  const page = absoluteUrl(paths.status(lang));
  const instruments = instrumentsInOrder(status.participants);
  const entries: FeedEntry[] = instruments.map((instrument, index) => ({
    title: fill(text.feedInstrument, { name: participantName(instrument.code, lang), type: text[instrument.type].toLowerCase() }),
    url: `${page}#instrument-${instrument.code.toLowerCase()}`,
    summary: fill(text.feedInstrumentSummary, {
      date: formatDate(instrument.date, lang),
      counted: instruments.slice(0, index + 1).filter((i) => i.number !== undefined).length,
    }),
    published: instrument.date,
    updated: instrument.date,
  }));
  if (!openForSignature(today)) {
    entries.push({
      title: fill(text.feedSignatureClosed, { date: formatDate(SIGNATURE_CLOSES, lang) }),
      url: `${page}#${PAGE_IDS.signaturePeriod}`,
      summary: fill(text.feedSignatureClosedSummary, { date: formatDate(SIGNATURE_CLOSES, lang) }),
      // Dated the first day it is true: midnight UTC on 31 December is still that day in Hanoi.
      published: SIGNATURE_CLOSED_FROM,
      updated: SIGNATURE_CLOSED_FROM,
    });
  }
  const inForce = entryIntoForce(status.participants);
  if (inForce) {
    entries.push({
      title: fill(text.feedEntryIntoForce, { date: formatDate(inForce.date, lang) }),
      url: `${page}#entry-into-force-heading`,
      summary: fill(text.feedEntryIntoForceSummary, { deposited: formatDate(inForce.fortieth.date, lang) }),
      published: inForce.fortieth.date,
      updated: inForce.fortieth.date,
    });
  }
  return entries;
}
