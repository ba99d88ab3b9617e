import type { Lang } from '@/lib/i18n';
import { paths } from '@/lib/web/paths';
import type { Article } from '@/lib/schema';
import { FormattedDate } from './formatted-date';
import { Heading, type HeadingLevel } from './heading';
import { PublicationTag } from './publication-tag';

export type ArticleListProps = {
  articles: Pick<Article, 'slug' | 'title' | 'summary' | 'date' | 'publication'>[];
  lang: Lang;
  /** Level of each article title in the page outline; 2 by default. */
  headingLevel?: HeadingLevel;
};

/** Articles as a list of titles with their publication date and summary. */
export function ArticleList({ articles, lang, headingLevel = 2 }: ArticleListProps) {
  return (
    <ul className="divide-y divide-line">
      {articles.map((article) => (
        <li key={article.slug} className="py-4 first:pt-0">
          <Heading level={headingLevel} className="text-lg font-semibold">
            <a href={paths.article(lang, article.slug)}>{article.title}</a>
            <PublicationTag publication={article.publication} lang={lang} />
          </Heading>
          <p className="text-sm text-muted">
            <FormattedDate date={article.date} lang={lang} />
          </p>
          <p className="mt-1">{article.summary}</p>
        </li>
      ))}
    </ul>
  );
}
