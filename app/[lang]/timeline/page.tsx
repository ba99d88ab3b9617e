import type { Metadata } from 'next';
import { DownloadLinks } from '@/components/download-links';
import { SectionPage } from '@/components/section-page';
import { Timeline } from '@/components/timeline';
import { TimelineYears } from '@/components/timeline-years';
import { YearIndex } from '@/components/year-index';
import { sectionMetadata } from '@/lib/web/metadata';
import { paths } from '@/lib/web/paths';
import { langParam } from '@/lib/web/routes';
import { getTimeline, getToday } from '@/lib/site';
import { compactTimeline, nextEvent, timelineYears } from '@/lib/timeline/entries';
import { isSplitTimeline } from '@/lib/timeline/pages';

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langParam(params);
  return sectionMetadata('timeline', lang);
}

/** The whole timeline grouped by year while it fits one page; once split, the index of its year pages and the key dates. */
export default async function TimelinePage({ params }: Props) {
  const lang = await langParam(params);
  const timeline = getTimeline(lang);
  const years = timelineYears(timeline);
  const keyDates = compactTimeline(timeline);
  const split = isSplitTimeline(timeline.length);
  return (
    // Once split, the year pages are searched instead: this page then lists only the key dates.
    <SectionPage lang={lang} section="timeline" indexed={!split}>
      <DownloadLinks dataset="timeline" lang={lang} />
      <div className="max-w-3xl">
        {split ? (
          <>
            <YearIndex years={years} lang={lang} yearHref={(year) => paths.timelineYear(lang, year)} />
            <div className="mt-10">
              <Timeline events={keyDates} lang={lang} nextId={nextEvent(keyDates, getToday())?.id} />
            </div>
          </>
        ) : (
          <TimelineYears years={years} lang={lang} />
        )}
      </div>
    </SectionPage>
  );
}
