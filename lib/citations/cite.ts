import { parseISO } from 'date-fns';
import { apaDate, longDate, mlaDate, type CitationStyle } from './styles';
import { fill, t, type Lang } from '../i18n';
import { absoluteUrl, paths } from '../web/paths';
import type { Article } from '../schema';
import { nameFor } from '../states/names';
import type { TimelineEntry } from '../timeline/entries';
import { eventPath } from '../timeline/pages';

/*
 * Citations of a page of this site in the four styles journalists and researchers ask for.
 * These styles have no maintained JavaScript formatter for MLA and Chicago web pages that runs
 * offline (citation-js ships only APA, Vancouver and Harvard), and a web page by an organization
 * is one small template per style, checked against hand-written examples in the tests.
 * The access date is the reader's: it is a placeholder part, filled in their browser.
 */

/** What is cited: a page (or a timeline entry) of this site. */
export type CitableWork = {
  /** Unique key, used for the BibTeX entry. */
  key: string;
  title: string;
  siteName: string;
  /** Absolute permalink. */
  url: string;
  /** `YYYY-MM-DD`. */
  published: string;
  /** `YYYY-MM-DD`, when the page was updated after publication. */
  updated?: string;
  /** BibTeX `langid`, e.g. english, vietnamese. */
  language: string;
};

/** A citation is text with italic runs and one place for the access date. */
export type CitationPart = string | { italic: string } | { accessDate: true };

const day = (iso: string) => parseISO(iso);

const bibtexEscape = (text: string) => text.replace(/([\\{}&%$#_])/g, '\\$1');

/** A citation of the work in one style. */
export function cite(style: CitationStyle, work: CitableWork): CitationPart[] {
  const latest = day(work.updated ?? work.published);
  const access = { accessDate: true } as const;
  switch (style) {
    case 'apa':
      // APA 7: group author (the site), date of the latest version, title in italics, retrieval date for pages that change.
      return [`${work.siteName}. (${apaDate(latest)}). `, { italic: work.title }, '. Retrieved ', access, `, from ${work.url}`];
    case 'mla':
      // MLA 9: title in quotes, site in italics, latest date, URL without its scheme, access date.
      return [`“${work.title}.” `, { italic: work.siteName }, `, ${mlaDate(latest)}, ${work.url.replace(/^https?:\/\//, '')}. Accessed `, access, '.'];
    case 'chicago': {
      // Chicago 17, bibliography entry for a web page: both dates when the page was updated.
      const modified = work.updated ? ` Last modified ${longDate(day(work.updated))}.` : '';
      return [`“${work.title}.” ${work.siteName}. Published ${longDate(day(work.published))}.${modified} Accessed `, access, `. ${work.url}.`];
    }
    case 'bibtex': {
      const note = work.updated ? `,\n  note = {Last updated ${work.updated}}` : '';
      return [
        `@online{${work.key},\n  title = {{${bibtexEscape(work.title)}}},\n  organization = {${bibtexEscape(work.siteName)}},\n  date = {${work.published}},\n  url = {${work.url}},\n  urldate = {`,
        access,
        `},\n  langid = {${work.language}}${note}\n}`,
      ];
    }
  }
}

const bibLanguage: Record<Lang, string> = { en: 'english', vi: 'vietnamese' };

/** An article as a citable work. */
export function citableArticle(article: Pick<Article, 'slug' | 'lang' | 'title' | 'date' | 'lastUpdated'>): CitableWork {
  return {
    key: `hanoi-convention-${article.lang}-${article.slug}`,
    title: article.title,
    siteName: t(article.lang).siteName,
    url: absoluteUrl(paths.article(article.lang, article.slug)),
    published: article.date,
    updated: article.lastUpdated,
    language: bibLanguage[article.lang],
  };
}

/** A timeline event as a citable work: its permalink, dated by the article that tells it. */
export function citableEvent(event: TimelineEntry, lang: Lang): CitableWork {
  return {
    key: `hanoi-convention-${lang}-${event.id}`,
    title: event.title,
    siteName: t(lang).siteName,
    url: absoluteUrl(eventPath(lang, event)),
    published: event.article.date,
    updated: event.article.lastUpdated,
    language: bibLanguage[lang],
  };
}

/** A State's page as a citable work, dated by the last day its content rests on (see `recordDate`). */
export function citableState(code: string, lang: Lang, date: string): CitableWork {
  return {
    key: `hanoi-convention-${lang}-status-${code.toLowerCase()}`,
    title: fill(t(lang).stateTitle, { name: nameFor(t(lang).stateTitle, code, lang) }),
    siteName: t(lang).siteName,
    url: absoluteUrl(paths.state(lang, code)),
    published: date,
    language: bibLanguage[lang],
  };
}
