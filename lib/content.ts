import fs from 'node:fs';
import path from 'node:path';
import { ContentError, type ContentProblem } from './content-error';
import { PUBLISHING_TIME_ZONE, todayIn } from './dates';
import { languageNamesInEnglish, languages, type Lang } from './i18n';
import { renderMarkdown, type TermLink } from './markdown';
import { isPageId } from './page-ids';
import { parseSitePath } from './paths';
import { ProblemLog } from './problem-log';
import {
  articleFrontMatterSchema,
  glossaryFileSchema,
  keyFactsFileSchema,
  pageFrontMatterSchema,
  pageNames,
  SLUG_PATTERN,
  statusFileSchema,
  type Article,
  type Publication,
  type Content,
  type GlossaryTerm,
  type Page,
  type PageName,
  type Status,
} from './schema';
import { isSplitTimeline, linkEventsToYearPages } from './timeline-pages';

export type LoadOptions = {
  /** Keep drafts and scheduled articles (for `npm run dev`). */
  includeUnpublished?: boolean;
  /** `YYYY-MM-DD`; articles dated after it are scheduled. Defaults to today in Hanoi. */
  today?: string;
};

/** The content folder of the site itself (CONTENT_DIR overrides it); tests pass fixture folders instead. */
export const CONTENT_DIR = path.resolve(process.env.CONTENT_DIR || 'content');

const KEY_FACTS_FILE = 'key-facts.md';
const GLOSSARY_FILE = 'glossary.md';
const STATUS_FILE = 'status.md';

/** The glossary terms an article in this language links to. Paths without the base path: the renderer adds it. */
function termLinks(glossary: GlossaryTerm[], lang: Lang): TermLink[] {
  return glossary.flatMap((term) => (term.forms?.[lang].length ? [{ forms: term.forms[lang], href: `/${lang}/glossary/#${term.id}`, title: term.term[lang] }] : []));
}

/** The article files of a folder, with anything that is not one reported. */
function articleFiles(dir: string, log: ProblemLog): string[] {
  if (!fs.existsSync(dir)) {
    log.add(dir, 'folder is missing');
    return [];
  }
  const seen = new Map<string, string>();
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .map((entry) => ({ entry, file: path.join(dir, entry.name) }))
    .sort((a, b) => a.entry.name.localeCompare(b.entry.name))
    .filter(({ entry, file }) => {
      if (!entry.isFile()) {
        log.add(file, 'is a folder (articles go directly in the language folder)');
        return false;
      }
      if (!entry.name.endsWith('.md')) {
        log.add(file, 'is not a markdown file (content folders hold only .md files)');
        return false;
      }
      const slug = entry.name.slice(0, -3);
      // Compared without case: on editors' laptops Adoption.md and adoption.md are one file.
      const other = seen.get(slug.toLowerCase());
      if (other) {
        log.add(file, `has the same slug as ${other} (each slug names one article)`);
        return false;
      }
      seen.set(slug.toLowerCase(), entry.name);
      if (!SLUG_PATTERN.test(slug)) {
        log.add(file, 'file name is not a valid slug (use lowercase letters, digits and hyphens, e.g. article-64.md)');
        return false;
      }
      return true;
    })
    .map(({ file }) => file);
}

/** An article as loaded, with what the cross-file checks need. */
type LoadedArticle = { article: Article; file: string; links: string[] };

function loadArticles(dir: string, lang: Lang, today: string, terms: TermLink[], log: ProblemLog): LoadedArticle[] {
  return articleFiles(path.join(dir, lang), log).flatMap((file) => {
    const parsed = log.read(file, articleFrontMatterSchema);
    if (!parsed) return [];
    const { data } = parsed;
    const { html, links } = renderMarkdown(parsed.body, terms);
    for (const [, id] of html.matchAll(/<h[1-6] id="([^"]+)"/g)) {
      if (isPageId(id)) log.add(file, `a heading gets the id "${id}", which the page itself uses: reword the heading`, 'body');
    }
    data.events.forEach((event, index) => {
      if (isPageId(event.id)) log.add(file, `"${event.id}" is an id the page itself uses: choose another event id`, `events[${index}].id`);
    });
    const updates = [data.updated, ...data.changes.map((change) => change.date)].filter((d): d is string => Boolean(d)).sort();
    const publication: Publication = data.draft ? 'draft' : data.date > today ? 'scheduled' : 'published';
    if (publication === 'published') {
      // npm run new starts every article with TODO placeholders; one must never reach readers.
      for (const [field, value] of [['title', data.title], ['summary', data.summary], ['body', parsed.body]] as const) {
        if (/\bTODO\b/.test(value)) log.add(file, 'still has a TODO placeholder (write the text, or keep draft: true until it is ready)', field);
      }
    }
    const changes = [...data.changes].sort((a, b) => b.date.localeCompare(a.date));
    const article: Article = { ...data, changes, slug: path.basename(file, '.md'), lang, html, publication, lastUpdated: updates.at(-1) };
    return [{ article, file, links }];
  });
}

/** An event id names one event: unique within a language, and on the same dates in every language. */
function checkEvents(loaded: LoadedArticle[], log: ProblemLog) {
  type Seen = { date: string; endDate?: string; where: string };
  const inLang = new Map<string, Seen>();
  const inAny = new Map<string, Seen>();
  for (const { article, file } of loaded) {
    article.events.forEach((event, index) => {
      const seen: Seen = { date: event.date, endDate: event.endDate, where: `${article.lang}/${article.slug}.md` };
      const twin = inLang.get(`${article.lang}:${event.id}`);
      if (twin) {
        log.add(file, `"${event.id}" is also the id of an event in ${twin.where} (each event id must be unique)`, `events[${index}].id`);
        return;
      }
      inLang.set(`${article.lang}:${event.id}`, seen);
      const other = inAny.get(event.id);
      if (!other) {
        inAny.set(event.id, seen);
      } else if (other.date !== event.date || other.endDate !== event.endDate) {
        const dates = (e: Seen) => (e.endDate ? `${e.date} to ${e.endDate}` : e.date);
        log.add(
          file,
          `"${event.id}" is dated ${dates(seen)} here but ${dates(other)} in ${other.where} (an event has the same dates in every language)`,
          `events[${index}].date`,
        );
      }
    });
  }
}

/** Links to articles and timeline events must lead somewhere, and never from a public page to an unpublished one. */
function checkLinks(loaded: LoadedArticle[], log: ProblemLog) {
  const bySlug = new Map(loaded.map(({ article }) => [`${article.lang}/${article.slug}`, article]));
  const eventOwner = new Map<string, Article>(loaded.flatMap(({ article }) => article.events.map((event) => [`${article.lang}#${event.id}`, article] as const)));
  for (const { article, file, links } of loaded) {
    for (const link of links) {
      const to = parseSitePath(link);
      if (!to) continue;
      const target = to.kind === 'article' ? bySlug.get(`${to.lang}/${to.slug}`) : eventOwner.get(`${to.lang}#${to.id}`);
      if (!target) {
        const what = to.kind === 'article' ? `no article "${to.slug}" in ${to.lang}` : `no event "${to.id}" in ${to.lang}`;
        log.add(file, `links to ${link}, but there is ${what} (check the slug or id)`, 'body');
      } else if (article.publication === 'published' && target.publication !== 'published') {
        log.add(file, `links to ${link}, which is not published yet (${target.publication}): the link would be broken`, 'body');
      }
    }
  }
}

/** Articles in one language only, and translations older than their English original. */
function checkTranslations(loaded: LoadedArticle[], dir: string, log: ProblemLog) {
  const bySlug = new Map(loaded.map(({ article }) => [`${article.lang}/${article.slug}`, article]));
  for (const { article, file } of loaded) {
    for (const lang of languages.filter((l) => l !== article.lang)) {
      const translation = bySlug.get(`${lang}/${article.slug}`);
      const where = path.relative(process.cwd(), path.join(dir, lang, `${article.slug}.md`));
      if (!translation) {
        log.warn(file, `has no ${languageNamesInEnglish[lang]} translation (${where})`);
      } else if (article.publication === 'published' && translation.publication !== 'published') {
        log.warn(file, `is published but its ${languageNamesInEnglish[lang]} translation is not (${where}: ${translation.publication})`);
      }
    }
    const original = bySlug.get(`en/${article.slug}`);
    if (article.lang !== 'en' && original) {
      const originalDate = original.lastUpdated ?? original.date;
      const translationDate = article.lastUpdated ?? article.date;
      if (originalDate > translationDate) {
        log.warn(file, `the English original was updated on ${originalDate}, after this translation (${translationDate}): bring it up to date`);
      }
    }
  }
}

/** Reads and checks `<dir>/status.md`; undefined (with the problems logged) when it is not valid. */
export function loadStatus(dir: string, log: ProblemLog): Status | undefined {
  return log.read(path.join(dir, STATUS_FILE), statusFileSchema)?.data;
}

function loadPages(dir: string, lang: Lang, log: ProblemLog): Record<PageName, Page> {
  const entries = pageNames.map((name) => {
    const file = path.join(dir, 'pages', lang, `${name}.md`);
    if (!fs.existsSync(file)) {
      log.add(file, 'is missing (every language needs this page)');
      return [name, undefined];
    }
    const parsed = log.read(file, pageFrontMatterSchema);
    return [name, parsed && { ...parsed.data, html: renderMarkdown(parsed.body).html }];
  });
  return Object.fromEntries(entries);
}

/** Newest first; the slug breaks ties so the order never depends on the file system. */
function byNewest(a: Article, b: Article): number {
  return b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug);
}

/** The articles of one language, with their links to events pointed at the year pages once the timeline is split. */
function withEventLinks(articles: Article[]): Article[] {
  const events = articles.flatMap((article) => article.events);
  if (!isSplitTimeline(events.length)) return articles;
  return articles.map((article) => ({ ...article, html: linkEventsToYearPages(article.html, article.lang, events) }));
}

/**
 * Reads, validates and renders everything in a content folder, unpublished articles included. Any
 * problem anywhere throws one ContentError listing them all, so a build never goes on with part of
 * the content. `selectArticles` then keeps what a build or the preview shows.
 */
export function readContent(dir: string, { today = todayIn(PUBLISHING_TIME_ZONE) }: Pick<LoadOptions, 'today'> = {}): Content {
  const log = new ProblemLog();
  const glossary = log.read(path.join(dir, GLOSSARY_FILE), glossaryFileSchema)?.data.terms ?? [];
  const loaded = languages.flatMap((lang) => loadArticles(dir, lang, today, termLinks(glossary, lang), log));
  checkEvents(loaded, log);
  checkLinks(loaded, log);
  checkTranslations(loaded, dir, log);
  const keyFacts = log.read(path.join(dir, KEY_FACTS_FILE), keyFactsFileSchema)?.data.facts ?? [];
  const status = loadStatus(dir, log);
  const pages = Object.fromEntries(languages.map((lang) => [lang, loadPages(dir, lang, log)])) as Content['pages'];
  if (log.errors.length > 0 || !status) throw new ContentError(log.errors);

  const all = loaded.map(({ article }) => article);
  const articles = Object.fromEntries(languages.map((lang) => [lang, all.filter((a) => a.lang === lang).sort(byNewest)])) as Content['articles'];
  return { articles, keyFacts, glossary, status, pages, warnings: log.warnings };
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
