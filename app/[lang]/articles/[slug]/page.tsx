import type { Metadata } from 'next';
import { ArticleText } from '@/components/article-text';
import { Citations } from '@/components/citations';
import { KeyFacts } from '@/components/key-facts';
import { MainWithAside } from '@/components/main-with-aside';
import { PageShell } from '@/components/page-shell';
import { Timeline } from '@/components/timeline';
import { citableArticle } from '@/lib/citations/cite';
import { fill, otherLang, t } from '@/lib/i18n';
import { pageMetadata } from '@/lib/web/metadata';
import { PAGE_IDS } from '@/lib/web/page-ids';
import { paths } from '@/lib/web/paths';
import { articleTranslations, getKeyFacts, getTimeline, getToday } from '@/lib/site';
import { articleJsonLd, breadcrumbJsonLd, eventJsonLd } from '@/lib/outputs/structured-data';
import { compactTimeline, nextEvent } from '@/lib/timeline/entries';
import { articleParam, articleParams } from './article-param';

type Props = { params: Promise<{ lang: string; slug: string }> };

export const dynamicParams = false;

export const generateStaticParams = articleParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await articleParam(params);
  return pageMetadata({
    title: article.title,
    description: article.summary,
    lang: article.lang,
    pathByLang: articleTranslations(article.slug),
    article: { published: article.date, modified: article.lastUpdated, image: paths.socialImage(article.lang, article.slug) },
  });
}

export default async function ArticlePage({ params }: Props) {
  const article = await articleParam(params);
  const { lang } = article;
  const text = t(lang);
  const other = otherLang(lang);
  const timeline = getTimeline(lang);
  // Beside the article, the key dates; the article's other dates fold away, so that on a phone the article comes first.
  const keyDates = compactTimeline(timeline);
  const ownDates = timeline.filter((event) => event.article.slug === article.slug && !event.key);
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
            <KeyFacts facts={getKeyFacts(lang)} lang={lang} compact />
            <div>
              <Timeline events={keyDates} lang={lang} currentArticle={article.slug} nextId={nextEvent(keyDates, getToday())?.id} />
              {ownDates.length > 0 && (
                <details className="mt-4">
                  <summary className="cursor-pointer text-sm font-medium text-accent">{fill(text.articleOtherDates, { count: ownDates.length })}</summary>
                  <Timeline events={ownDates} lang={lang} currentArticle={article.slug} heading={text.articleOtherDatesHeading} headingLevel={3} id="article-dates-heading" />
                </details>
              )}
              <p className="mt-4">
                <a href={paths.timeline(lang)}>{text.fullTimeline}</a>
              </p>
            </div>
          </>
        }
      >
        {/* The article is what the site search indexes; its key facts and key dates beside it are not. */}
        <article data-pagefind-body>
          <ArticleText article={article} />
          <section aria-labelledby={PAGE_IDS.citeThisPage} className="mt-10 border-t border-line pt-6" data-pagefind-ignore>
            <h2 id={PAGE_IDS.citeThisPage} className="text-lg font-semibold">
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
