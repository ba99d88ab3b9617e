import type { MetadataRoute } from 'next';
import { articleTranslations, getArticles } from '@/lib/content';
import { getStatus } from '@/lib/status';
import { languages, type Lang } from '@/lib/i18n';
import { absoluteUrl, inEveryLang, paths } from '@/lib/paths';

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
  const sections: [(lang: Lang) => string, (lang: Lang) => string | undefined][] = [
    [paths.home, latest],
    [paths.articles, latest],
    [paths.timeline, latest],
    [paths.status, () => getStatus().asOf],
    [paths.data, () => undefined],
    [paths.glossary, () => undefined],
    [paths.about, () => undefined],
  ];
  return [
    { url: absoluteUrl(paths.root()) },
    ...languages.flatMap((lang) => [
      ...sections.map(([section, lastModified]) => entry(inEveryLang(section), lang, lastModified(lang))),
      ...getArticles(lang).map((article) => entry(articleTranslations(article.slug), lang, article.lastUpdated ?? article.date)),
    ]),
  ];
}
