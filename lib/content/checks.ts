import path from 'node:path';
import { languageNamesInEnglish, languages } from '../i18n';
import { parseSitePath } from '../web/paths';
import { chapterProblems } from '../convention/structure';
import type { Article, ConventionStructure, GlossaryTerm } from '../schema';
import { articleFile, type LoadedArticle } from './articles';
import type { ProblemLog } from './problem-log';

/*
 * The checks that need every article at once: event ids and dates across files and languages,
 * links between articles and events, the translation report, and what content/convention.md
 * links to.
 */

/** An event id names one event: unique within a language, and on the same dates and concerning the same States in every language. */
export function checkEvents(loaded: LoadedArticle[], log: ProblemLog) {
  type Seen = { date: string; endDate?: string; participants: string; where: string };
  const inLang = new Map<string, Seen>();
  const inAny = new Map<string, Seen>();
  for (const { article, file } of loaded) {
    article.events.forEach((event, index) => {
      const seen: Seen = { date: event.date, endDate: event.endDate, participants: [...(event.participants ?? [])].sort().join(', '), where: articleFile('', article.lang, article.slug) };
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
      } else if (other.participants !== seen.participants) {
        const named = (e: Seen) => (e.participants ? `[${e.participants}]` : 'none');
        log.add(
          file,
          `"${event.id}" concerns ${named(seen)} here but ${named(other)} in ${other.where} (an event concerns the same States in every language)`,
          `events[${index}].participants`,
        );
      }
    });
  }
}

/** Links to articles and timeline events must lead somewhere, and never from a public page to an unpublished one. */
export function checkLinks(loaded: LoadedArticle[], log: ProblemLog) {
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
export function checkTranslations(loaded: LoadedArticle[], dir: string, log: ProblemLog) {
  const bySlug = new Map(loaded.map(({ article }) => [`${article.lang}/${article.slug}`, article]));
  for (const { article, file } of loaded) {
    for (const lang of languages.filter((l) => l !== article.lang)) {
      const translation = bySlug.get(`${lang}/${article.slug}`);
      const where = path.relative(process.cwd(), articleFile(dir, lang, article.slug));
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

/**
 * content/convention.md: its chapters in order, each ending after the one before, and its links
 * leading somewhere: every explainer an article published in every language, every term in the
 * glossary. The page is public, so a link to an unpublished article would be broken.
 */
export function checkConvention(convention: ConventionStructure, file: string, loaded: LoadedArticle[], glossary: GlossaryTerm[], log: ProblemLog) {
  for (const { field, message } of chapterProblems(convention.chapters)) log.add(file, message, field);
  const bySlug = new Map(loaded.map(({ article }) => [`${article.lang}/${article.slug}`, article]));
  const explainers = [{ slug: convention.explainer64And65, field: 'explainer64And65' }, ...convention.explainers.map((slug, index) => ({ slug, field: `explainers[${index}]` }))];
  for (const { slug, field } of explainers) {
    for (const lang of languages) {
      const article = bySlug.get(`${lang}/${slug}`);
      if (!article) log.add(file, `"${slug}" is not an article in ${lang} (expected the file name of an article published in every language)`, field);
      else if (article.publication !== 'published') log.add(file, `"${slug}" is not published yet in ${lang} (${article.publication}): the link would be broken`, field);
    }
  }
  const termIds = new Set(glossary.map((term) => term.id));
  convention.terms.forEach((id, index) => {
    if (!termIds.has(id)) log.add(file, `"${id}" is not the id of a term in glossary.md (check the spelling)`, `terms[${index}]`);
  });
}
