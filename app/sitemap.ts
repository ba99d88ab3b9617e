import type { MetadataRoute } from 'next';
import { languages, type Lang } from '@/lib/i18n';
import { pageCount } from '@/lib/web/pagination';
import { absoluteUrl, inEveryLang, paths } from '@/lib/web/paths';
import { sectionNames, sections, type Section } from '@/lib/web/sections';
import { articleTranslations, getArticles, getStateRecords, getStatus, getTimeline } from '@/lib/site';
import { recordDate } from '@/lib/states/record';
import { timelineYears } from '@/lib/timeline/entries';
import { evidenceDate } from '@/lib/status/rules';
import { joinableCodes } from '@/lib/states/names';

export const dynamic = 'force-static';

/** Every page with its translations and, where content dates it, when it last changed. */
export default function sitemap(): MetadataRoute.Sitemap {
  const changed = (lang: Lang) => getArticles(lang).map((a) => a.lastUpdated ?? a.date);
  const latest = (lang: Lang) => changed(lang).sort().at(-1);
  const entry = (pathByLang: Partial<Record<Lang, string>>, lang: Lang, lastModified?: string) => ({
    url: absoluteUrl(pathByLang[lang]!),
    lastModified,
    alternates: { languages: Object.fromEntries(Object.entries(pathByLang).map(([l, path]) => [l, absoluteUrl(path)])) },
  });
  // Pages dated by what they show; the others carry no date rather than a wrong one.
  const lastModified: Record<Section, (lang: Lang) => string | undefined> = {
    home: latest,
    convention: () => undefined,
    articles: latest,
    timeline: latest,
    status: () => getStatus().asOf,
    states: () => evidenceDate(getStatus()),
    data: () => undefined,
    glossary: () => undefined,
    about: () => undefined,
    search: () => undefined,
  };
  return [
    { url: absoluteUrl(paths.root()) },
    ...languages.flatMap((lang) => [
      ...sectionNames.map((section) => entry(inEveryLang(sections[section].path), lang, lastModified[section](lang))),
      // The article list's later pages (the first is the list itself).
      ...Array.from({ length: pageCount(getArticles(lang).length) - 1 }, (_, index) => ({ url: absoluteUrl(paths.articlesPage(lang, index + 2)), lastModified: latest(lang) })),
      ...timelineYears(getTimeline(lang)).flatMap(({ year, events }) => {
        const lastModified = events.map((event) => event.article.lastUpdated ?? event.article.date).sort().at(-1);
        const citationPages = [...new Set(events.map((event) => event.citationPage))].map((page) => paths.timelineCitations(lang, year, page));
        return [paths.timelineYear(lang, year), ...citationPages].map((path) => ({ url: absoluteUrl(path), lastModified }));
      }),
      ...getArticles(lang).map((article) => entry(articleTranslations(article.slug), lang, article.lastUpdated ?? article.date)),
      ...joinableCodes.map((code) => entry(inEveryLang((l) => paths.state(l, code)), lang, recordDate(getStateRecords().get(code)!, getStatus()))),
    ]),
  ];
}
