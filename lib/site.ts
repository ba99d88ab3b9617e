import fs from 'node:fs';
import path from 'node:path';
import { CONTENT_DIR, loadContent, type Content } from './content';
import { CONTENT_SNAPSHOT_ENV } from './content/snapshot';
import { articleEntry, buildFeed, stateChannel, stateEntries, statusEntries, type SiteFeed } from './outputs/feeds';
import { eventsConcerning, recordDate, stateRecords, type StateRecord } from './states/record';
import { languages, type Lang } from './i18n';
import { localizeKeyFacts, type KeyFact } from './key-facts';
import { paths } from './web/paths';
import type { Article, ConventionStructure, GlossaryTerm, Page, PageName, Status } from './schema';
import { buildTimeline, type TimelineEntry } from './timeline/entries';

/*
 * The door to the site's own content: the one module that reads it (through the loader,
 * lib/content/) and hands it to the routes. Every other lib module is a function of what it is
 * handed, so it can be tested on plain data.
 */

let siteContent: { content: Content; version: number } | undefined;

/** The newest modification time in a folder: it changes whenever an editor saves a file. */
function newestChange(dir: string): number {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .reduce((newest, file) => Math.max(newest, fs.statSync(path.join(dir, file)).mtimeMs), fs.statSync(dir).mtimeMs);
}

/**
 * The site's own content. A build reads it once, before Next starts, and every page of every
 * worker takes it from the snapshot. The preview (`next dev`) also shows unpublished articles, and
 * reads the files again whenever one has been saved since, so an editor sees a change on reload.
 */
function getContent(): Content {
  const snapshot = process.env[CONTENT_SNAPSHOT_ENV];
  if (snapshot) {
    siteContent ??= { content: JSON.parse(fs.readFileSync(snapshot, 'utf8')) as Content, version: 0 };
    return siteContent.content;
  }
  const preview = process.env.NODE_ENV === 'development';
  const version = preview ? newestChange(CONTENT_DIR) : 0;
  if (!siteContent || siteContent.version !== version) {
    siteContent = { content: loadContent(CONTENT_DIR, { includeUnpublished: preview }), version };
  }
  return siteContent.content;
}

/** The articles of a language, newest first. */
export function getArticles(lang: Lang): Article[] {
  return getContent().articles[lang];
}

/** One article, or undefined when the language has no article with that slug. */
export function getArticle(lang: Lang, slug: string): Article | undefined {
  return getArticles(lang).find((article) => article.slug === slug);
}

/** An article's path in each language that has it, for language switches and `hreflang`. */
export function articleTranslations(slug: string): Partial<Record<Lang, string>> {
  return Object.fromEntries(languages.filter((lang) => getArticle(lang, slug)).map((lang) => [lang, paths.article(lang, slug)]));
}

export function getPage(lang: Lang, name: PageName): Page {
  return getContent().pages[lang][name];
}

/** The day the site is built for, `YYYY-MM-DD` in Hanoi (see siteToday): the one "today" of every page. */
export function getToday(): string {
  return getContent().today;
}

/** Who has signed and who has joined (content/status.md). */
export function getStatus(): Status {
  return getContent().status;
}

/** The site's key facts in one language. */
export function getKeyFacts(lang: Lang): KeyFact[] {
  return localizeKeyFacts(getContent().keyFacts, lang);
}

export function getGlossary(): GlossaryTerm[] {
  return getContent().glossary;
}

/** How the Convention is laid out (content/convention.md). */
export function getConvention(): ConventionStructure {
  return getContent().convention;
}

// Built once per list of articles: every page of a build shows part of the same timeline.
const timelines = new WeakMap<Article[], TimelineEntry[]>();

/** The full timeline of a language: every event of every published article. */
export function getTimeline(lang: Lang): TimelineEntry[] {
  const articles = getArticles(lang);
  if (!timelines.has(articles)) timelines.set(articles, buildTimeline(articles));
  return timelines.get(articles)!;
}

/** The site's feed for a language: every published article and every change in the status. */
export function siteFeed(lang: Lang): SiteFeed {
  return buildFeed(lang, [...getArticles(lang).map(articleEntry), ...statusEntries(getStatus(), lang, getToday())]);
}

// Built once per status: every State page of a build reads the same records.
const records = new WeakMap<Status, Map<string, StateRecord>>();

/** What the site records for every State and organization that can join, by code (lib/states/). */
export function getStateRecords(): Map<string, StateRecord> {
  const status = getStatus();
  if (!records.has(status)) records.set(status, new Map(stateRecords(status).map((record) => [record.code, record])));
  return records.get(status)!;
}

/** One State's own feed: its record, its steps at home and the timeline events that concern it. */
export function stateFeed(lang: Lang, code: string): SiteFeed {
  const record = getStateRecords().get(code)!;
  return buildFeed(lang, stateEntries(record, eventsConcerning(getTimeline(lang), code), lang), stateChannel(code, lang, recordDate(record, getStatus())));
}
