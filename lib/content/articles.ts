import fs from 'node:fs';
import path from 'node:path';
import type { Lang } from '../i18n';
import { isPageId } from '../web/page-ids';
import { articleFrontMatterSchema, SHARED_ARTICLE_FIELDS, SLUG_PATTERN, type Article, type GlossaryTerm } from '../schema';
import { articleFrom } from './article';
import { renderMarkdown, type TermLink } from './markdown';
import { warnPassedDates } from './stale-text';
import type { ProblemLog } from './problem-log';

/*
 * Reading the articles of one language, file by file: which files are articles, their front matter
 * against the schema, their markdown rendered, and the checks one file can make on its own.
 */

/** The glossary terms an article in this language links to. Paths without the base path: the renderer adds it. */
export function termLinks(glossary: GlossaryTerm[], lang: Lang): TermLink[] {
  return glossary.flatMap((term) => (term.forms?.[lang].length ? [{ forms: term.forms[lang], href: `/${lang}/glossary/#${term.id}`, title: term.term[lang] }] : []));
}

/** The folder of a language's articles: `<content>/articles/<lang>/`, one file per article, named by its slug. */
function articlesDir(dir: string, lang: Lang): string {
  return path.join(dir, 'articles', lang);
}

/** The file of one article in one language. */
export function articleFile(dir: string, lang: Lang, slug: string): string {
  return path.join(articlesDir(dir, lang), `${slug}.md`);
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
export type LoadedArticle = { article: Article; file: string; links: string[] };

/** The fields an editor writes in each language: all but the shared ones. */
const TRANSLATED_FIELDS = Object.keys(articleFrontMatterSchema.shape).filter((field) => !(SHARED_ARTICLE_FIELDS as readonly string[]).includes(field));

const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);

/**
 * A file with none of an article's own text: no title, summary, changes, events, sources or body.
 * The editor (Decap CMS) writes such a file for the other language when an editor saves an article
 * in one, with the fields both share; it is a translation not started yet, never a broken article.
 */
export function isUntranslated(data: unknown, body: string): boolean {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  return body.trim() === '' && TRANSLATED_FIELDS.every((field) => isBlank((data as Record<string, unknown>)[field]));
}

export function loadArticles(dir: string, lang: Lang, today: string, terms: TermLink[], log: ProblemLog): LoadedArticle[] {
  return articleFiles(articlesDir(dir, lang), log).flatMap((file) => {
    const read = log.parse(file);
    if (!read) return [];
    if (isUntranslated(read.data, read.body)) {
      log.warn(file, 'has no title, summary or text yet: not translated yet, so it is not published (write the translation, or delete the file)');
      return [];
    }
    const parsed = log.validate(file, read, articleFrontMatterSchema);
    if (!parsed) return [];
    const { data } = parsed;
    const { html, links } = renderMarkdown(parsed.body, terms);
    for (const [, id] of html.matchAll(/<h[1-6] id="([^"]+)"/g)) {
      if (isPageId(id)) log.add(file, `a heading gets the id "${id}", which the page itself uses: reword the heading`, 'body');
    }
    data.events.forEach((event, index) => {
      if (isPageId(event.id)) log.add(file, `"${event.id}" is an id the page itself uses: choose another event id`, `events[${index}].id`);
    });
    const article = articleFrom(data, { slug: path.basename(file, '.md'), lang, html, today });
    if (article.publication === 'published') {
      // npm run new starts every article with TODO placeholders; one must never reach readers.
      for (const [field, value] of [['title', data.title], ['summary', data.summary], ['body', parsed.body]] as const) {
        if (/\bTODO\b/.test(value)) log.add(file, 'still has a TODO placeholder (write the text, or keep draft: true until it is ready)', field);
      }
      warnPassedDates(log, file, data.summary, lang, today, { field: 'summary' });
      warnPassedDates(log, file, parsed.body, lang, today, { firstLine: parsed.bodyLine });
    }
    return [{ article, file, links }];
  });
}
