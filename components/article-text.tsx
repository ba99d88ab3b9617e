import type { Article } from '@/lib/schema';
import { t } from '@/lib/i18n';
import { ChangeHistory } from './change-history';
import { FormattedDate } from './formatted-date';
import { SourceList } from './source-list';

export type ArticleTextProps = {
  /** The article, in its own language. */
  article: Article;
};

/**
 * An article as its page shows it: a notice while it is unpublished, its title, summary and change
 * history, its text in the site's typography, and its sources. The article page and the editor's
 * preview pane (enhancements/editor-preview/) both draw it.
 */
export function ArticleText({ article }: ArticleTextProps) {
  const { lang } = article;
  const text = t(lang);
  return (
    <>
      {article.publication !== 'published' && (
        <p role="note" className="mb-6 rounded border-2 border-ink bg-highlight px-4 py-3 font-semibold">
          {article.publication === 'draft' ? text.draftNotice : <>{text.scheduledNotice} <FormattedDate date={article.date} lang={lang} />.</>}
        </p>
      )}
      <h1 className="text-3xl font-bold sm:text-4xl">{article.title}</h1>
      <p className="mt-3 text-lg">{article.summary}</p>
      <ChangeHistory published={article.date} lastUpdated={article.lastUpdated} changes={article.changes} lang={lang} />
      <div className="prose mt-8 sm:prose-lg" dangerouslySetInnerHTML={{ __html: article.html }} />
      {article.sources.length > 0 && <SourceList sources={article.sources} lang={lang} />}
    </>
  );
}
