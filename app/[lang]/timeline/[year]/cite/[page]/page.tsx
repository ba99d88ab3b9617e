import type { Metadata } from 'next';
import { EventCitations } from '@/components/event-citations';
import { PageShell } from '@/components/page-shell';
import { Pagination } from '@/components/pagination';
import { fill, otherLang, t } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { paths } from '@/lib/paths';
import { breadcrumbJsonLd } from '@/lib/structured-data';
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
    <PageShell
      lang={lang}
      section="timeline"
      withinSection
      alternateHref={citationPathByLang(year, page)[other] ?? paths.timeline(other)}
      jsonLd={breadcrumbJsonLd(lang, [
        { name: text.navTimeline, path: paths.timeline(lang) },
        { name: year, path: paths.timelineYear(lang, year) },
      ])}
    >
      <h1 className="text-3xl font-bold">{fill(text.citeEventsTitle, { year })}</h1>
      <p className="mt-2 max-w-3xl text-muted">{fill(text.citeEventsIntro, { year })}</p>
      <div className="mt-8 max-w-3xl space-y-8">
        {events.map((event) => (
          <EventCitations key={event.id} event={event} lang={lang} />
        ))}
        <Pagination current={page} count={count} lang={lang} href={(n) => paths.timelineCitations(lang, year, n)} />
      </div>
    </PageShell>
  );
}
