import type { Metadata } from 'next';
import { isLang } from '@/lib/i18n';
import { langParam } from '@/lib/web/routes';
import { ArticleListPage, articleListMetadata, articlePageNumbers } from '../../article-list-page';

type Props = { params: Promise<{ lang: string; number: string }> };

export const dynamicParams = false;

/*
 * Page 1 is built here too, as a copy whose canonical address is /<lang>/articles/: a static export
 * refuses a dynamic route with no page at all, which is what a site of one page of articles would have.
 */
export function generateStaticParams({ params }: { params: { lang: string } }) {
  return isLang(params.lang) ? articlePageNumbers(params.lang).map((number) => ({ number: String(number) })) : [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return articleListMetadata(await langParam(params), Number((await params).number));
}

/** A later page of the article list. */
export default async function ArticlesListPage({ params }: Props) {
  return <ArticleListPage lang={await langParam(params)} number={Number((await params).number)} />;
}
