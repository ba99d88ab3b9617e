import type { Metadata } from 'next';
import { ArticleList } from '@/components/article-list';
import { PageShell } from '@/components/page-shell';
import { getArticles } from '@/lib/content';
import { otherLang, t } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { inEveryLang, paths } from '@/lib/paths';
import { langParam } from '@/lib/route-params';
import { breadcrumbJsonLd } from '@/lib/structured-data';

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langParam(params);
  const text = t(lang);
  return pageMetadata({ title: text.allArticles, description: text.articlesIntro, lang, pathByLang: inEveryLang(paths.articles) });
}

export default async function ArticlesPage({ params }: Props) {
  const lang = await langParam(params);
  const text = t(lang);
  return (
    <PageShell
      lang={lang}
      section="articles"
      alternateHref={paths.articles(otherLang(lang))}
      jsonLd={breadcrumbJsonLd(lang, [{ name: text.allArticles, path: paths.articles(lang) }])}
    >
      <h1 className="text-3xl font-bold">{text.allArticles}</h1>
      <p className="mb-8 mt-2 text-muted">{text.articlesIntro}</p>
      <div className="max-w-3xl">
        <ArticleList articles={getArticles(lang)} lang={lang} />
      </div>
    </PageShell>
  );
}
