import { Feed, type FeedOptions } from 'feed';
import { nameFor, participantName } from '../states/names';
import { recordEntries, type StateRecord } from '../states/record';
import type { TimelineEntry } from '../timeline/entries';
import { eventPath } from '../timeline/pages';
import { formatDate, isMonthOnly } from '../dates';
import { fill, t, type Lang } from '../i18n';
import { PAGE_IDS } from '../web/page-ids';
import { absoluteUrl, paths, SITE_URL } from '../web/paths';
import type { Article, Status } from '../schema';
import { entryIntoForce, instrumentsInOrder, openForSignature, SIGNATURE_CLOSED_FROM, SIGNATURE_CLOSES } from '../status/rules';

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

/** Plain text as HTML that shows it as it is. */
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * HTML as the XML feeds can carry it. XML 1.0 allows no other control character (not even as a
 * reference) and no lone surrogate: one would make the whole feed unreadable. `feed` puts the HTML
 * in a CDATA section and splits only the first `]]>` in it, so a second would end the section and
 * the rest would be read as XML; in the sanitized HTML the site makes, `&gt;` means the same.
 */
const xmlHtml = (html: string) => html.replace(/[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '').replaceAll(']]>', ']]&gt;');

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

/** A language's feed in its three formats, newest first. */
export type SiteFeed = Pick<Feed, 'rss2' | 'atom1' | 'json1'>;

/**
 * What a feed is about: its title, the page it follows and its own addresses, and the day its page
 * rests on (`asOf`), which dates the feed while it has no entry: otherwise `feed` writes the build's instant.
 */
export type FeedChannel = Pick<FeedOptions, 'title' | 'description' | 'feedLinks'> & { link: string; asOf?: string };

/** The site's own feed of a language: every article and every change in the status. */
function siteChannel(lang: Lang): FeedChannel {
  const text = t(lang);
  return {
    title: text.siteName,
    description: text.siteTagline,
    link: absoluteUrl(paths.home(lang)),
    feedLinks: { rss: absoluteUrl(paths.feed(lang, 'rss')), atom: absoluteUrl(paths.feed(lang, 'atom')), json: absoluteUrl(paths.feed(lang, 'json')) },
  };
}

/** A feed, newest first (the site's own unless another channel is given); render it with `.rss2()`, `.atom1()` or `.json1()`. */
export function buildFeed(lang: Lang, entries: FeedEntry[], channel: FeedChannel = siteChannel(lang)): SiteFeed {
  const sorted = [...entries].sort((a, b) => b.updated.localeCompare(a.updated) || a.url.localeCompare(b.url));
  const { asOf, ...about } = channel;
  const newest = sorted[0]?.updated ?? asOf;
  const options: FeedOptions = {
    ...about,
    id: channel.link,
    language: lang,
    updated: newest ? instant(newest) : undefined,
    generator: false,
    favicon: absoluteUrl(paths.favicon()),
  };
  // Titles and summaries are plain text, but `feed` writes them into Atom as type="html" and into
  // RSS where readers take HTML: there they go escaped, so readers show them as written. JSON Feed's
  // title and summary are plain text, and its content_html (the summary when there is no full
  // text) is HTML: it is written from items of its own.
  const xml = new Feed(options);
  const json = new Feed(options);
  for (const entry of sorted) {
    const item = { id: entry.url, link: entry.url, date: instant(entry.updated), published: instant(entry.published) };
    xml.addItem({ ...item, title: xmlHtml(escapeHtml(entry.title)), description: xmlHtml(escapeHtml(entry.summary)), content: entry.html && xmlHtml(entry.html) });
    json.addItem({ ...item, title: entry.title, description: entry.summary, content: entry.html || escapeHtml(entry.summary) });
  }
  return { rss2: () => xml.rss2(), atom1: () => xml.atom1(), json1: () => json.json1() };
}

/**
 * The status as of its evidence, in the words the status page uses, once a comparison with UNTC has
 * found it unchanged (lastCompared): the feeds then carry that day too. Dated by the evidence
 * (asOf), not by the comparison, so a day without change does not bring it back to the top of a
 * reader's list; a new status does.
 */
function evidenceEntry({ asOf, signaturesKnownTo, lastCompared }: Status, lang: Lang, page: string): FeedEntry | undefined {
  if (!lastCompared) return undefined;
  const text = t(lang);
  const sentences = [
    fill(text.statusRecorded, { date: formatDate(asOf, lang) }),
    signaturesKnownTo && fill(text.signaturesKnownTo, { date: formatDate(signaturesKnownTo, lang) }),
    fill(text.lastCompared, { date: formatDate(lastCompared, lang) }),
  ];
  return {
    title: fill(text.feedStatusRecorded, { date: formatDate(asOf, lang) }),
    url: page,
    summary: sentences.filter(Boolean).join(' '),
    published: asOf,
    updated: asOf,
  };
}

/**
 * News from the status file: each deposited instrument, the end of the signature period once it has
 * passed on `today` (the content's), entry into force once the 40th is in, and the status with the
 * day it was last compared with UNTC. Adding an instrument to content/status.md is all it takes to
 * announce it.
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
  const evidence = evidenceEntry(status, lang, page);
  if (evidence) entries.push(evidence);
  return entries;
}

/**
 * One State's changes, for its own Atom feed: the entries of its record (signature, instrument),
 * its steps at home, and the timeline events that concern it. An event known only to the month is
 * dated by the article that tells it, when it appeared on the site.
 */
export function stateEntries(record: StateRecord, events: TimelineEntry[], lang: Lang): FeedEntry[] {
  const text = t(lang);
  const name = participantName(record.code, lang);
  const page = absoluteUrl(paths.state(lang, record.code));
  const actions = recordEntries(record, lang).map((entry) => {
    const day = entry.endDate ?? entry.date;
    const date = entry.endDate ? `${formatDate(entry.date, lang)}–${formatDate(entry.endDate, lang)}` : formatDate(entry.date, lang);
    return { title: `${name}: ${entry.action}`, url: `${page}#${entry.anchor}`, summary: [date, entry.detail].filter(Boolean).join('. '), published: day, updated: day };
  });
  const steps = record.steps.map((step) => ({
    title: fill(text.stateFeedStep, { name, step: step.step[lang] }),
    url: `${page}#${step.anchor}`,
    summary: fill(text.stateFeedStepSummary, { date: formatDate(step.date, lang) }),
    published: step.date,
    updated: step.date,
  }));
  const news = events.map((event) => {
    const day = isMonthOnly(event.date) ? event.article.date : (event.endDate ?? event.date);
    return { title: event.title, url: absoluteUrl(eventPath(lang, event)), summary: `${formatDate(event.date, lang)}. ${event.article.title}`, published: day, updated: day };
  });
  return [...actions, ...steps, ...news];
}

/** A State's own feed: its page is the channel's link, its Atom file the only format; `asOf` is the page's date (see `recordDate`). */
export function stateChannel(code: string, lang: Lang, asOf: string): FeedChannel {
  const text = t(lang);
  return {
    title: fill(text.stateFeedTitle, { name: nameFor(text.stateFeedTitle, code, lang) }),
    description: `${text.siteName}: ${fill(text.stateTitle, { name: nameFor(text.stateTitle, code, lang) })}`,
    link: absoluteUrl(paths.state(lang, code)),
    feedLinks: { atom: absoluteUrl(paths.stateFeed(lang, code)) },
    asOf,
  };
}
