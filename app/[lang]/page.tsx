import type { Metadata } from 'next';
import { ArticleList } from '@/components/article-list';
import { KeyFacts } from '@/components/key-facts';
import { MainWithAside } from '@/components/main-with-aside';
import { PageShell } from '@/components/page-shell';
import { StateFinder } from '@/components/state-finder';
import { StatusFigures } from '@/components/status-figures';
import { Timeline } from '@/components/timeline';
import { otherLang, t } from '@/lib/i18n';
import { breadcrumbJsonLd, conventionJsonLd } from '@/lib/outputs/structured-data';
import { getArticle, getArticles, getKeyFacts, getPage, getStatus, getTimeline, getToday } from '@/lib/site';
import { FACTS_IN_FIGURES, statusFigures } from '@/lib/status/figures';
import { compactTimeline, nextEvent } from '@/lib/timeline/entries';
import { pageMetadata } from '@/lib/web/metadata';
import { PAGE_IDS } from '@/lib/web/page-ids';
import { inEveryLang, paths } from '@/lib/web/paths';
import { langParam } from '@/lib/web/routes';

const LATEST_COUNT = 3;

/** The explainer of the signature period, where the third figure leads while it is published. */
const SIGNATURE_EXPLAINER = 'article-64-signature-and-entry-into-force';

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langParam(params);
  const page = getPage(lang, 'home');
  // The layout's "%s | site name" template applies only below it: the home page names the site itself.
  return pageMetadata({ title: `${page.title} | ${t(lang).siteName}`, description: page.summary, lang, pathByLang: inEveryLang(paths.home) });
}

/**
 * The home page. Its first screen on a phone answers: what the Convention is (the lede), where it
 * stands (three figures, each with its evidence and a link to its explanation), and how to find one's
 * own country. Below: the latest articles, the key dates and the key facts the figures do not show,
 * so that each fact is on the page once.
 */
export default async function HomePage({ params }: Props) {
  const lang = await langParam(params);
  const text = t(lang);
  const page = getPage(lang, 'home');
  const keyDates = compactTimeline(getTimeline(lang));
  const explainer = getArticle(lang, SIGNATURE_EXPLAINER);
  return (
    <PageShell lang={lang} section="home" alternateHref={paths.home(otherLang(lang))} jsonLd={[conventionJsonLd(lang), breadcrumbJsonLd(lang, [])]}>
      <h1 className="-mt-1 text-xl font-bold sm:mt-0 sm:text-4xl">{page.title}</h1>
      <p className="mt-1 max-w-3xl leading-snug sm:mt-2 sm:text-lg sm:leading-normal">{page.lede}</p>
      <div className="mt-3 grid gap-3 sm:mt-4 sm:gap-4 lg:grid-cols-2">
        <StatusFigures
          figures={statusFigures(getStatus(), getToday())}
          lang={lang}
          explained={{
            signatories: `${paths.status(lang)}#status-table`,
            instruments: `${paths.status(lang)}#entry-into-force-heading`,
            signature: explainer ? paths.article(lang, explainer.slug) : `${paths.status(lang)}#${PAGE_IDS.signaturePeriod}`,
          }}
        />
        <StateFinder lang={lang} dataHref={paths.dataFile(lang, 'states.json')} />
      </div>
      <ul className="mt-4 flex flex-wrap gap-x-6 gap-y-1">
        <li>
          <a href={paths.convention(lang)}>{text.conventionTitle}</a>
        </li>
        <li>
          <a href={paths.about(lang)}>{text.homeMoreAbout}</a>
        </li>
      </ul>
      <MainWithAside className="mt-10" aside={<KeyFacts facts={getKeyFacts(lang).filter((fact) => !FACTS_IN_FIGURES.includes(fact.id))} lang={lang} />}>
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
