import fs from 'node:fs';
import path from 'node:path';
import { siteToday } from '../dates';
import { languages, type Lang } from '../i18n';
import {
  conventionFileSchema,
  glossaryFileSchema,
  keyFactsFileSchema,
  pageFrontMatterSchema,
  LEDE_MAX_WORDS,
  pageNames,
  statusFileSchema,
  type Article,
  type ConventionStructure,
  type GlossaryTerm,
  type KeyFactEntry,
  type Page,
  type PageName,
  type Status,
} from '../schema';
import { asOn } from './on-day';
import { eventLinksToYearPages, isSplitTimeline } from '../timeline/pages';
import { loadArticles, termLinks } from './articles';
import { checkConvention, checkEvents, checkLinks, checkTranslations } from './checks';
import { ContentError, type ContentProblem } from './errors';
import { renderMarkdown } from './markdown';
import { ProblemLog } from './problem-log';
import { warnPassedDates } from './stale-text';

/*
 * The loader: reads, validates and renders a content folder (articles.ts, file by file; checks.ts,
 * across files) into what the site shows. Only lib/site.ts and the editors' commands call it.
 */

/** Everything in a content folder, read, validated and rendered. */
export type Content = {
  articles: Record<Lang, Article[]>;
  keyFacts: KeyFactEntry[];
  glossary: GlossaryTerm[];
  /** How the Convention is laid out: its chapters and the articles in each. */
  convention: ConventionStructure;
  status: Status;
  pages: Record<Lang, Record<PageName, Page>>;
  /** The day the content was read for, `YYYY-MM-DD` in Hanoi: the site's one "today" (see siteToday). */
  today: string;
  /** Things to look at that do not stop the build, such as missing or outdated translations. */
  warnings: ContentProblem[];
};

export type LoadOptions = {
  /** Keep drafts and scheduled articles (for `npm run dev`). */
  includeUnpublished?: boolean;
  /** `YYYY-MM-DD`; articles dated after it are scheduled, and dated text is chosen for it. Defaults to siteToday(). */
  today?: string;
};

/** The content folder of the site itself (CONTENT_DIR overrides it); tests pass fixture folders instead. */
export const CONTENT_DIR = path.resolve(process.env.CONTENT_DIR || 'content');

const KEY_FACTS_FILE = 'key-facts.md';
const GLOSSARY_FILE = 'glossary.md';
const STATUS_FILE = 'status.md';
const CONVENTION_FILE = 'convention.md';

/** Reads and checks `<dir>/status.md`; undefined (with the problems logged) when it is not valid. */
export function loadStatus(dir: string, log: ProblemLog): Status | undefined {
  return log.read(path.join(dir, STATUS_FILE), statusFileSchema)?.data;
}

function loadPages(dir: string, lang: Lang, today: string, log: ProblemLog): Record<PageName, Page> {
  const entries = pageNames.map((name) => {
    const file = path.join(dir, 'pages', lang, `${name}.md`);
    if (!fs.existsSync(file)) {
      log.add(file, 'is missing (every language needs this page)');
      return [name, undefined];
    }
    const parsed = log.read(file, pageFrontMatterSchema);
    if (parsed && name === 'home') checkLede(log, file, parsed.data.lede, lang);
    if (parsed) warnPassedDates(log, file, parsed.body, lang, today, { firstLine: parsed.bodyLine });
    return [name, parsed && { ...parsed.data, html: renderMarkdown(parsed.body).html }];
  });
  return Object.fromEntries(entries);
}

/** The home page's lede: there, and short enough for a phone's first screen beside the figures. */
function checkLede(log: ProblemLog, file: string, lede: string | undefined, lang: Lang) {
  const limit = LEDE_MAX_WORDS[lang];
  const words = lede?.split(/\s+/).filter(Boolean).length ?? 0;
  if (!lede) log.add(file, `is missing (expected what the Convention is, in at most ${limit} words: the first lines of the home page)`, 'lede');
  else if (words > limit) log.add(file, `has ${words} words (expected at most ${limit}: it shares a phone's first screen with the figures)`, 'lede');
}

/** The texts of key facts or glossary terms as they read today, checked for passed dates spoken of as to come. */
function warnStaleEntries(log: ProblemLog, file: string, list: string, entries: object[], today: string) {
  entries.forEach((entry, index) => {
    for (const [field, value] of Object.entries(entry)) {
      if (typeof value !== 'object' || value === null) continue;
      for (const lang of languages) {
        const text = (value as Partial<Record<Lang, unknown>>)[lang];
        if (typeof text === 'string') warnPassedDates(log, file, text, lang, today, { field: `${list}[${index}].${field}.${lang}` });
      }
    }
  });
}

/** A key fact that can change is dated; once the status file is newer (after an import), the fact may be out of date. */
function warnOlderThanStatus(log: ProblemLog, file: string, facts: KeyFactEntry[], status: Status) {
  facts.forEach(({ asOf }, index) => {
    if (asOf && asOf < status.asOf) {
      log.warn(file, `${asOf} is older than the status in ${STATUS_FILE} (asOf ${status.asOf}): check the fact against it, then move asOf`, `facts[${index}].asOf`);
    }
  });
}

/** Newest first; the slug breaks ties so the order never depends on the file system. */
function byNewest(a: Article, b: Article): number {
  return b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug);
}

/** The articles of one language, with their links to events pointed at the year pages once the timeline is split. */
function withEventLinks(articles: Article[]): Article[] {
  const events = articles.flatMap((article) => article.events);
  if (articles.length === 0 || !isSplitTimeline(events.length)) return articles;
  const toYearPages = eventLinksToYearPages(articles[0].lang, events);
  return articles.map((article) => ({ ...article, html: toYearPages(article.html) }));
}

/**
 * Reads, validates and renders everything in a content folder, unpublished articles included. Any
 * problem anywhere throws one ContentError listing them all, so a build never goes on with part of
 * the content. `selectArticles` then keeps what a build or the preview shows.
 */
export function readContent(dir: string, { today = siteToday() }: Pick<LoadOptions, 'today'> = {}): Content {
  const log = new ProblemLog();
  const glossary = log.read(path.join(dir, GLOSSARY_FILE), glossaryFileSchema)?.data.terms ?? [];
  const loaded = languages.flatMap((lang) => loadArticles(dir, lang, today, termLinks(glossary, lang), log));
  checkEvents(loaded, log);
  checkLinks(loaded, log);
  checkTranslations(loaded, dir, log);
  const keyFacts = (log.read(path.join(dir, KEY_FACTS_FILE), keyFactsFileSchema)?.data.facts ?? []).map((fact) => asOn(fact, today));
  const terms = glossary.map((term) => asOn(term, today));
  warnStaleEntries(log, path.join(dir, KEY_FACTS_FILE), 'facts', keyFacts, today);
  warnStaleEntries(log, path.join(dir, GLOSSARY_FILE), 'terms', terms, today);
  const status = loadStatus(dir, log);
  if (status) warnOlderThanStatus(log, path.join(dir, KEY_FACTS_FILE), keyFacts, status);
  const convention = log.read(path.join(dir, CONVENTION_FILE), conventionFileSchema)?.data;
  if (convention) checkConvention(convention, path.join(dir, CONVENTION_FILE), loaded, glossary, log);
  const pages = Object.fromEntries(languages.map((lang) => [lang, loadPages(dir, lang, today, log)])) as Content['pages'];
  if (log.errors.length > 0 || !status || !convention) throw new ContentError(log.errors);

  const all = loaded.map(({ article }) => article);
  const articles = Object.fromEntries(languages.map((lang) => [lang, all.filter((a) => a.lang === lang).sort(byNewest)])) as Content['articles'];
  return { articles, keyFacts, glossary: terms, convention, status, pages, today, warnings: log.warnings };
}

/** The content a build shows (published articles only) or the preview shows (every article), from `readContent`. */
export function selectArticles(content: Content, { includeUnpublished = false }: Pick<LoadOptions, 'includeUnpublished'> = {}): Content {
  const shown = (articles: Article[]) => withEventLinks(articles.filter((article) => includeUnpublished || article.publication === 'published'));
  return { ...content, articles: Object.fromEntries(languages.map((lang) => [lang, shown(content.articles[lang])])) as Content['articles'] };
}

/** Reads a content folder and keeps what a build (or, with `includeUnpublished`, the preview) shows. */
export function loadContent(dir: string, { includeUnpublished, today }: LoadOptions = {}): Content {
  return selectArticles(readContent(dir, { today }), { includeUnpublished });
}
