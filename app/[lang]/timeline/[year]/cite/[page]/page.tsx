import type { Metadata } from 'next';
import { EventCitations } from '@/components/event-citations';
import { Pagination } from '@/components/pagination';
import { SectionPage } from '@/components/section-page';
import { fill, otherLang, t } from '@/lib/i18n';
import { pageMetadata } from '@/lib/web/metadata';
import { paths } from '@/lib/web/paths';
import { citationPageOf, citationParams, citationPathByLang } from '../../../timeline-year';

type Props = { params: Promise<{ lang: string; year: string; page: string }> };

export const dynamicParams = false;
export const generateStaticParams = citationParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, year, page, count } = await citationPageOf(params);
  const text = t(lang);
  const title = fill(text.citeEventsTitle, { year });
  return pageMetadata({
    title: count > 1 ? `${title}: ${fill(text.pageOfCount, { page, count })}` : title,
    description: fill(text.citeEventsIntro, { year }),
    lang,
    pathByLang: citationPathByLang(year, page),
  });
}

/** The citations of one page of a year's events, each where its timeline entry's "Cite" link leads. */
export default async function TimelineCitationsPage({ params }: Props) {
  const { lang, year, page, count, events } = await citationPageOf(params);
  const text = t(lang);
  const other = otherLang(lang);
  return (
    <SectionPage
      lang={lang}
      section="timeline"
      title={fill(text.citeEventsTitle, { year })}
      intro={fill(text.citeEventsIntro, { year })}
      withinSection
      alternateHref={citationPathByLang(year, page)[other] ?? paths.timeline(other)}
      trail={[
        { name: text.timelineTitle, path: paths.timeline(lang) },
        { name: year, path: paths.timelineYear(lang, year) },
      ]}
    >
      <div className="mt-8 max-w-3xl space-y-8">
        {events.map((event) => (
          <EventCitations key={event.id} event={event} lang={lang} />
        ))}
        <Pagination current={page} count={count} lang={lang} href={(n) => paths.timelineCitations(lang, year, n)} />
      </div>
    </SectionPage>
  );
}
