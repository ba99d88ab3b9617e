import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ChangeHistory } from '@/components/change-history';
import { Citations } from '@/components/citations';
import { FormattedDate } from '@/components/formatted-date';
import { KeyFacts } from '@/components/key-facts';
import { MainWithAside } from '@/components/main-with-aside';
import { PageShell } from '@/components/page-shell';
import { SourceList } from '@/components/source-list';
import { Timeline } from '@/components/timeline';
import { citableArticle } from '@/lib/citation';
import { isLang, languages, otherLang, t, type Lang } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { paths } from '@/lib/paths';
import { articleTranslations, getArticle, getArticles, getKeyFacts, getTimeline } from '@/lib/site';
import { articleJsonLd, breadcrumbJsonLd, eventJsonLd } from '@/lib/structured-data';
import { compactTimeline } from '@/lib/timeline';

type Props = { params: Promise<{ lang: string; slug: string }> };

export const dynamicParams = false;

export function generateStaticParams({ params }: { params: { lang: string } }) {
  return isLang(params.lang) ? getArticles(params.lang).map((article) => ({ slug: article.slug })) : [];
}

async function articleOf(params: Props['params']) {
  const { lang, slug } = await params;
  const article = isLang(lang) ? getArticle(lang, slug) : undefined;
  if (!article) notFound();
  return article;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await articleOf(params);
  return pageMetadata({
    title: article.title,
    description: article.summary,
    lang: article.lang,
    pathByLang: articleTranslations(article.slug),
    article: { published: article.date, modified: article.lastUpdated, image: `${paths.article(article.lang, article.slug)}social.png` },
  });
}

export default async function ArticlePage({ params }: Props) {
  const article = await articleOf(params);
  const { lang } = article;
  const text = t(lang);
  const other = otherLang(lang);
  const timeline = getTimeline(lang);
  return (
    <PageShell
      lang={lang}
      section="articles"
      withinSection
      alternateHref={articleTranslations(article.slug)[other] ?? paths.articles(other)}
      jsonLd={[
        articleJsonLd(article),
        breadcrumbJsonLd(lang, [
          { name: text.allArticles, path: paths.articles(lang) },
          { name: article.title, path: paths.article(lang, article.slug) },
        ]),
        ...timeline.flatMap((event) => (event.article.slug === article.slug && event.location ? [eventJsonLd({ ...event, location: event.location }, lang)] : [])),
      ]}
    >
      <MainWithAside
        asideElement="aside"
        aside={
          <>
            <KeyFacts facts={getKeyFacts(lang)} lang={lang} />
            <div>
              <Timeline events={compactTimeline(timeline, article.slug)} lang={lang} currentArticle={article.slug} />
              <p className="mt-4">
                <a href={paths.timeline(lang)}>{text.fullTimeline}</a>
              </p>
            </div>
          </>
        }
      >
        <article>
          {article.status !== 'published' && (
            <p role="note" className="mb-6 rounded border-2 border-ink bg-highlight px-4 py-3 font-semibold">
              {article.status === 'draft' ? text.draftNotice : <>{text.scheduledNotice} <FormattedDate date={article.date} lang={lang} />.</>}
            </p>
          )}
          <h1 className="text-3xl font-bold sm:text-4xl">{article.title}</h1>
          <p className="mt-3 text-lg">{article.summary}</p>
          <ChangeHistory published={article.date} lastUpdated={article.lastUpdated} changes={article.changes} lang={lang} />
          <div className="prose mt-8 sm:prose-lg" dangerouslySetInnerHTML={{ __html: article.html }} />
          {article.sources.length > 0 && <SourceList sources={article.sources} lang={lang} />}
          <section aria-labelledby="cite-heading" className="mt-10 border-t border-line pt-6">
            <h2 id="cite-heading" className="text-lg font-semibold">
              {text.citeThisPage}
            </h2>
            <p className="mt-1 text-sm text-muted">{text.citeIntro}</p>
            <Citations work={citableArticle(article)} lang={lang} idPrefix="cite" />
          </section>
        </article>
      </MainWithAside>
    </PageShell>
  );
}
