import type { Metadata } from 'next';
import { DownloadLinks } from '@/components/download-links';
import { SectionPage } from '@/components/section-page';
import { Timeline } from '@/components/timeline';
import { YearIndex } from '@/components/year-index';
import { fill, otherLang, t } from '@/lib/i18n';
import { pageMetadata } from '@/lib/web/metadata';
import { paths } from '@/lib/web/paths';
import { getTimeline } from '@/lib/site';
import { isSplitTimeline } from '@/lib/timeline/pages';
import { yearOf, yearParams, yearPathByLang } from '../timeline-year';

type Props = { params: Promise<{ lang: string; year: string }> };

export const dynamicParams = false;
export const generateStaticParams = yearParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, year } = await yearOf(params);
  const text = t(lang);
  return pageMetadata({ title: fill(text.timelineYearTitle, { year: year.year }), description: text.timelineIntro, lang, pathByLang: yearPathByLang(year.year) });
}

/** One year of the timeline, every event with its anchor: its permalinks' page once the timeline is split. */
export default async function TimelineYearPage({ params }: Props) {
  const { lang, year, years } = await yearOf(params);
  const text = t(lang);
  const title = fill(text.timelineYearTitle, { year: year.year });
  const other = otherLang(lang);
  return (
    <SectionPage
      lang={lang}
      section="timeline"
      title={title}
      withinSection
      alternateHref={yearPathByLang(year.year)[other] ?? paths.timeline(other)}
      // Searched here only once the timeline is split; until then the timeline page holds the same events.
      indexed={isSplitTimeline(getTimeline(lang).length)}
      trail={[
        { name: text.timelineTitle, path: paths.timeline(lang) },
        { name: year.year, path: paths.timelineYear(lang, year.year) },
      ]}
    >
      <DownloadLinks dataset="timeline" lang={lang} />
      <div className="max-w-3xl">
        <YearIndex years={years} lang={lang} yearHref={(y) => paths.timelineYear(lang, y)} current={year.year} />
        <div className="mt-8">
          <Timeline events={year.events} lang={lang} variant="full" heading={year.year} />
        </div>
      </div>
    </SectionPage>
  );
}
