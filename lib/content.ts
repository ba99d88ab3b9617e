import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { ContentError, fieldPath, type ContentProblem } from './content-error';
import { parseFrontMatter } from './front-matter';
import { languages, type Lang } from './i18n';
import { renderMarkdown } from './markdown';
import {
  articleFrontMatterSchema,
  keyFactsFileSchema,
  pageFrontMatterSchema,
  type ArticleFrontMatter,
  type KeyFactEntry,
  type PageFrontMatter,
} from './schema';

/** An article in one language. `slug` is its file name and its URL; the same slug in both languages pairs translations. */
export type Article = ArticleFrontMatter & { slug: string; lang: Lang; html: string };

/** A fixed page of the site (home introduction, about) whose text editors own. */
export type Page = PageFrontMatter & { html: string };

export const pageNames = ['home', 'about'] as const;
export type PageName = (typeof pageNames)[number];

export type Content = {
  articles: Record<Lang, Article[]>;
  keyFacts: KeyFactEntry[];
  pages: Record<Lang, Record<PageName, Page>>;
};

export type LoadOptions = { includeDrafts?: boolean };

/** The content folder of the site itself; tests pass fixture folders instead. */
export const CONTENT_DIR = path.join(process.cwd(), 'content');

const KEY_FACTS_FILE = 'key-facts.md';

/** Collects problems across every file so one run reports them all. */
class ProblemLog {
  readonly problems: ContentProblem[] = [];

  add(file: string, message: string, field?: string) {
    this.problems.push({ file: path.relative(process.cwd(), file) || file, field, message });
  }

  /** Reads and parses one file; undefined (with the problem logged) when it cannot be read as valid text. */
  read<S extends z.ZodType>(file: string, schema: S): { data: z.output<S>; body: string } | undefined {
    let source: string;
    try {
      source = new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(file));
    } catch {
      this.add(file, 'is not UTF-8 text (save it as UTF-8)');
      return undefined;
    }
    let parsed;
    try {
      parsed = parseFrontMatter(source);
    } catch (error) {
      this.add(file, `front matter cannot be read: ${(error as Error).message.split('\n')[0]}`);
      return undefined;
    }
    const result = schema.safeParse(parsed.data ?? {});
    if (!result.success) {
      for (const issue of result.error.issues) {
        if (issue.code === 'unrecognized_keys') {
          for (const key of issue.keys) {
            this.add(file, 'is not a known field (check the spelling)', fieldPath([...issue.path, key]));
          }
        } else {
          this.add(file, issue.message, fieldPath(issue.path) || undefined);
        }
      }
      return undefined;
    }
    return { data: result.data, body: parsed.body };
  }
}

function markdownFiles(dir: string, log: ProblemLog): string[] {
  if (!fs.existsSync(dir)) {
    log.add(dir, 'folder is missing');
    return [];
  }
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name)
    .filter((name) => {
      if (name.endsWith('.md')) return true;
      log.add(path.join(dir, name), 'is not a markdown file (content folders hold only .md files)');
      return false;
    })
    .sort();
}

function loadArticles(dir: string, lang: Lang, log: ProblemLog): Article[] {
  const folder = path.join(dir, lang);
  return markdownFiles(folder, log).flatMap((name) => {
    const file = log.read(path.join(folder, name), articleFrontMatterSchema);
    if (!file) return [];
    return [{ ...file.data, slug: name.replace(/\.md$/, ''), lang, html: renderMarkdown(file.body) }];
  });
}

/** An event id names one event: unique within a language, and on the same dates in every language. */
function checkEvents(articles: Record<Lang, Article[]>, dir: string, log: ProblemLog) {
  const firstSeen = new Map<string, { article: Article; index: number }>();
  for (const lang of languages) {
    const seenInLang = new Set<string>();
    for (const article of articles[lang]) {
      const file = path.join(dir, lang, `${article.slug}.md`);
      article.events.forEach((event, index) => {
        const field = `events[${index}].id`;
        if (seenInLang.has(event.id)) {
          log.add(file, `"${event.id}" is used by another event in ${lang} (each event id must be unique)`, field);
          return;
        }
        seenInLang.add(event.id);
        const other = firstSeen.get(event.id);
        if (!other) {
          firstSeen.set(event.id, { article, index });
          return;
        }
        const them = other.article.events[other.index];
        if (them.date !== event.date || them.endDate !== event.endDate) {
          const dates = (e: typeof event) => (e.endDate ? `${e.date} to ${e.endDate}` : e.date);
          log.add(
            file,
            `"${event.id}" is dated ${dates(event)} here but ${dates(them)} in ${other.article.lang}/${other.article.slug}.md (an event has the same dates in every language)`,
            `events[${index}].date`,
          );
        }
      });
    }
  }
}

function loadPages(dir: string, lang: Lang, log: ProblemLog): Record<PageName, Page> {
  const entries = pageNames.map((name) => {
    const file = path.join(dir, 'pages', lang, `${name}.md`);
    if (!fs.existsSync(file)) {
      log.add(file, 'is missing (every language needs this page)');
      return [name, undefined] as const;
    }
    const parsed = log.read(file, pageFrontMatterSchema);
    return [name, parsed && { ...parsed.data, html: renderMarkdown(parsed.body) }] as const;
  });
  return Object.fromEntries(entries) as Record<PageName, Page>;
}

/** Newest first; the slug breaks ties so the order never depends on the file system. */
function byNewest(a: Article, b: Article): number {
  return b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug);
}

/**
 * Reads, validates and renders everything in a content folder. Any problem anywhere throws one
 * ContentError listing them all, so a build never goes on with part of the content.
 */
export function loadContent(dir: string, { includeDrafts = false }: LoadOptions = {}): Content {
  const log = new ProblemLog();
  const articles = Object.fromEntries(languages.map((lang) => [lang, loadArticles(dir, lang, log)])) as Record<Lang, Article[]>;
  checkEvents(articles, dir, log);
  const keyFactsFile = path.join(dir, KEY_FACTS_FILE);
  const keyFacts = log.read(keyFactsFile, keyFactsFileSchema)?.data.facts ?? [];
  const pages = Object.fromEntries(languages.map((lang) => [lang, loadPages(dir, lang, log)])) as Content['pages'];
  if (log.problems.length > 0) throw new ContentError(log.problems);

  for (const lang of languages) {
    articles[lang] = articles[lang].filter((article) => includeDrafts || !article.draft).sort(byNewest);
  }
  return { articles, keyFacts, pages };
}

let siteContent: Content | undefined;

/** The site's own content, read once per build process and shared by every page. */
export function getContent(): Content {
  siteContent ??= loadContent(CONTENT_DIR);
  return siteContent;
}

/** The published articles of a language, newest first. */
export function getArticles(lang: Lang): Article[] {
  return getContent().articles[lang];
}

/** One article, or undefined when the language has no article with that slug. */
export function getArticle(lang: Lang, slug: string): Article | undefined {
  return getArticles(lang).find((article) => article.slug === slug);
}

export function getPage(lang: Lang, name: PageName): Page {
  return getContent().pages[lang][name];
}
