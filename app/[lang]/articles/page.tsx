import type { Metadata } from 'next';
import { langParam } from '@/lib/web/routes';
import { ArticleListPage, articleListMetadata } from './article-list-page';

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return articleListMetadata(await langParam(params), 1);
}

/** The first page of the article list. */
export default async function ArticlesPage({ params }: Props) {
  return <ArticleListPage lang={await langParam(params)} number={1} />;
}
