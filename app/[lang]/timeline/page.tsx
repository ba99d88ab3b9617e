import type { Metadata } from 'next';
import { DownloadLinks } from '@/components/download-links';
import { PageShell } from '@/components/page-shell';
import { Timeline } from '@/components/timeline';
import { TimelineYears } from '@/components/timeline-years';
import { YearIndex } from '@/components/year-index';
import { otherLang, t } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { inEveryLang, paths } from '@/lib/paths';
import { langParam } from '@/lib/route-params';
import { getTimeline } from '@/lib/site';
import { breadcrumbJsonLd } from '@/lib/structured-data';
import { compactTimeline, timelineYears } from '@/lib/timeline';
import { isSplitTimeline } from '@/lib/timeline-pages';

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langParam(params);
  const text = t(lang);
  return pageMetadata({ title: text.navTimeline, description: text.allEvents, lang, pathByLang: inEveryLang(paths.timeline) });
}

/** The whole timeline grouped by year while it fits one page; once split, the index of its year pages and the key dates. */
export default async function TimelinePage({ params }: Props) {
  const lang = await langParam(params);
  const text = t(lang);
  const timeline = getTimeline(lang);
  const years = timelineYears(timeline);
  return (
    <PageShell
      lang={lang}
      section="timeline"
      alternateHref={paths.timeline(otherLang(lang))}
      jsonLd={breadcrumbJsonLd(lang, [{ name: text.navTimeline, path: paths.timeline(lang) }])}
    >
      <h1 className="text-3xl font-bold">{text.navTimeline}</h1>
      <p className="mt-2 text-muted">{text.allEvents}</p>
      <DownloadLinks dataset="timeline" lang={lang} />
      <div className="max-w-3xl">
        {isSplitTimeline(timeline.length) ? (
          <>
            <YearIndex years={years} lang={lang} yearHref={(year) => paths.timelineYear(lang, year)} />
            <div className="mt-10">
              <Timeline events={compactTimeline(timeline)} lang={lang} />
            </div>
          </>
        ) : (
          <TimelineYears years={years} lang={lang} />
        )}
      </div>
    </PageShell>
  );
}
