import type { Metadata } from 'next';
import { ArticleList } from '@/components/article-list';
import { KeyFacts } from '@/components/key-facts';
import { MainWithAside } from '@/components/main-with-aside';
import { PageShell } from '@/components/page-shell';
import { StatusSummary } from '@/components/status-summary';
import { StateFinder } from '@/components/state-finder';
import { Timeline } from '@/components/timeline';
import { otherLang, t } from '@/lib/i18n';
import { pageMetadata } from '@/lib/web/metadata';
import { PAGE_IDS } from '@/lib/web/page-ids';
import { inEveryLang, paths } from '@/lib/web/paths';
import { langParam } from '@/lib/web/routes';
import { getArticles, getKeyFacts, getPage, getStatus, getTimeline, getToday } from '@/lib/site';
import { statusOverview } from '@/lib/status/rules';
import { breadcrumbJsonLd, conventionJsonLd } from '@/lib/outputs/structured-data';
import { compactTimeline, nextEvent } from '@/lib/timeline/entries';

const LATEST_COUNT = 3;

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langParam(params);
  const page = getPage(lang, 'home');
  // The layout's "%s | site name" template applies only below it: the home page names the site itself.
  return pageMetadata({ title: `${page.title} | ${t(lang).siteName}`, description: page.summary, lang, pathByLang: inEveryLang(paths.home) });
}

export default async function HomePage({ params }: Props) {
  const lang = await langParam(params);
  const text = t(lang);
  const page = getPage(lang, 'home');
  const keyDates = compactTimeline(getTimeline(lang));
  return (
    <PageShell
      lang={lang}
      section="home"
      alternateHref={paths.home(otherLang(lang))}
      jsonLd={[conventionJsonLd(lang), breadcrumbJsonLd(lang, [])]}
    >
      <h1 className="text-3xl font-bold sm:text-4xl">{page.title}</h1>
      <div className="prose mt-4 max-w-none sm:prose-lg" dangerouslySetInnerHTML={{ __html: page.html }} />
      <div className="mt-8 max-w-3xl">
        <StateFinder lang={lang} dataHref={paths.dataFile(lang, 'states.json')} />
      </div>
      <MainWithAside
        className="mt-10"
        aside={
          <>
            <StatusSummary overview={statusOverview(getStatus(), getToday())} lang={lang} statusHref={paths.status(lang)} />
            <KeyFacts facts={getKeyFacts(lang)} lang={lang} />
          </>
        }
      >
        <div className="space-y-10">
          <section aria-labelledby={PAGE_IDS.latestArticles}>
            <h2 id={PAGE_IDS.latestArticles} className="mb-4 text-2xl font-semibold">
              {text.latestArticles}
            </h2>
            <ArticleList articles={getArticles(lang).slice(0, LATEST_COUNT)} lang={lang} headingLevel={3} />
            <p className="mt-4">
              <a href={paths.articles(lang)}>{text.allArticles}</a>
            </p>
          </section>
          <div>
            <Timeline events={keyDates} lang={lang} nextId={nextEvent(keyDates, getToday())?.id} />
            <p className="mt-4">
              <a href={paths.timeline(lang)}>{text.fullTimeline}</a>
            </p>
          </div>
        </div>
      </MainWithAside>
    </PageShell>
  );
}
