import type { MetadataRoute } from 'next';
import { getArticles } from '@/lib/content';
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
  const sections = [paths.home, paths.articles, paths.timeline, paths.status, paths.data, paths.glossary, paths.about];
  return [
    { url: absoluteUrl(paths.root()) },
    ...languages.flatMap((lang) => [
      ...sections.map((section) => entry(inEveryLang(section), lang, section === paths.about ? undefined : latest(lang))),
      ...getArticles(lang).map((article) => {
        const pathByLang = Object.fromEntries(
          languages.filter((l) => getArticles(l).some((a) => a.slug === article.slug)).map((l) => [l, paths.article(l, article.slug)]),
        );
        return entry(pathByLang, lang, article.lastUpdated ?? article.date);
      }),
    ]),
  ];
}
