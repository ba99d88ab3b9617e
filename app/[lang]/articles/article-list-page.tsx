import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/article-list';
import { Pagination } from '@/components/pagination';
import { SectionPage } from '@/components/section-page';
import { fill, languages, otherLang, t, type Lang } from '@/lib/i18n';
import { pageMetadata } from '@/lib/web/metadata';
import { pageCount, pageItems } from '@/lib/web/pagination';
import { paths } from '@/lib/web/paths';
import { getArticles } from '@/lib/site';

/*
 * The article list, one page of ARTICLES_PER_PAGE at a time: page 1 at /<lang>/articles/, the
 * others at /<lang>/articles/page/<n>/. Shared by both routes.
 */

/** The page numbers of the list in a language. */
export function articlePageNumbers(lang: Lang): number[] {
  return Array.from({ length: pageCount(getArticles(lang).length) }, (_, index) => index + 1);
}

/** Page `number` in each language that has that many pages. */
function pathByLang(number: number): Partial<Record<Lang, string>> {
  return Object.fromEntries(languages.filter((lang) => articlePageNumbers(lang).includes(number)).map((lang) => [lang, paths.articlesPage(lang, number)]));
}

function checkedNumber(lang: Lang, number: number): number {
  if (!articlePageNumbers(lang).includes(number)) notFound();
  return number;
}

export function articleListMetadata(lang: Lang, number: number): Metadata {
  const text = t(lang);
  const count = pageCount(getArticles(lang).length);
  const title = number === 1 ? text.allArticles : `${text.allArticles}: ${fill(text.pageOfCount, { page: number, count })}`;
  return pageMetadata({ title, description: text.articlesIntro, lang, pathByLang: pathByLang(checkedNumber(lang, number)) });
}

export function ArticleListPage({ lang, number }: { lang: Lang; number: number }) {
  const articles = getArticles(lang);
  const count = pageCount(articles.length);
  const other = otherLang(lang);
  checkedNumber(lang, number);
  return (
    <SectionPage lang={lang} section="articles" withinSection={number > 1} alternateHref={pathByLang(number)[other] ?? paths.articles(other)}>
      <div className="mt-8 max-w-3xl">
        <ArticleList articles={pageItems(articles, number)} lang={lang} />
        <Pagination current={number} count={count} lang={lang} href={(n) => paths.articlesPage(lang, n)} />
      </div>
    </SectionPage>
  );
}
