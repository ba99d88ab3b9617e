import type { Lang } from '../i18n';
import type { Article, ArticleFrontMatter, Publication } from '../schema';

/**
 * An article in one language from its checked front matter and its text rendered to HTML: whether
 * readers see it on `today`, its changes newest first and its latest update. The loader and the
 * editor's preview pane (enhancements/editor-preview/) make articles this one way; it reads no file.
 */
export function articleFrom(data: ArticleFrontMatter, { slug, lang, html, today }: { slug: string; lang: Lang; html: string; today: string }): Article {
  const updates = [data.updated, ...data.changes.map((change) => change.date)].filter((day): day is string => Boolean(day)).sort();
  const publication: Publication = data.draft ? 'draft' : data.date > today ? 'scheduled' : 'published';
  const changes = [...data.changes].sort((a, b) => b.date.localeCompare(a.date));
  return { ...data, changes, slug, lang, html, publication, lastUpdated: updates.at(-1) };
}
