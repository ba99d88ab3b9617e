import { notFound } from 'next/navigation';
import { isLang, languages } from '@/lib/i18n';
import type { Article } from '@/lib/schema';
import { getArticle, getArticles } from '@/lib/site';

/*
 * What the article page and its social card share: one build per article of each language, and the
 * article a route's `[lang]` and `[slug]` name.
 */

/** Every article, of the language in the parent `[lang]` segment when Next gives it, else of every language. */
export function articleParams({ params }: { params?: { lang?: string } } = {}) {
  const langs = params?.lang ? languages.filter((lang) => lang === params.lang) : languages;
  return langs.flatMap((lang) => getArticles(lang).map((article) => ({ lang, slug: article.slug })));
}

/** The article a route's parameters name; any other value is a 404. */
export async function articleParam(params: Promise<{ lang: string; slug: string }>): Promise<Article> {
  const { lang, slug } = await params;
  const article = isLang(lang) ? getArticle(lang, slug) : undefined;
  if (!article) notFound();
  return article;
}
