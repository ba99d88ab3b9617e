import type { Metadata } from 'next';
import { EventCitations } from '@/components/event-citations';
import { PageShell } from '@/components/page-shell';
import { fill, otherLang, t } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { paths } from '@/lib/paths';
import { breadcrumbJsonLd } from '@/lib/structured-data';
import { yearOf, yearParams, yearPathByLang } from '../../timeline-year';

type Props = { params: Promise<{ lang: string; year: string }> };

export const dynamicParams = false;
export const generateStaticParams = yearParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, year } = await yearOf(params);
  const text = t(lang);
  return pageMetadata({
    title: fill(text.citeEventsTitle, { year: year.year }),
    description: fill(text.citeEventsIntro, { year: year.year }),
    lang,
    pathByLang: yearPathByLang(year.year, 'citations'),
  });
}

/** The citations of one year's events, each where its timeline entry's "Cite" link leads. */
export default async function TimelineCitationsPage({ params }: Props) {
  const { lang, year } = await yearOf(params);
  const text = t(lang);
  return (
    <PageShell
      lang={lang}
      section="timeline"
      withinSection
      alternateHref={yearPathByLang(year.year, 'citations')[otherLang(lang)] ?? paths.timeline(otherLang(lang))}
      jsonLd={breadcrumbJsonLd(lang, [
        { name: text.navTimeline, path: paths.timeline(lang) },
        { name: year.year, path: paths.timelineYear(lang, year.year) },
      ])}
    >
      <h1 className="text-3xl font-bold">{fill(text.citeEventsTitle, { year: year.year })}</h1>
      <p className="mt-2 max-w-3xl text-muted">{fill(text.citeEventsIntro, { year: year.year })}</p>
      <div className="mt-8 max-w-3xl space-y-8">
        {year.events.map((event) => (
          <EventCitations key={event.id} event={event} lang={lang} />
        ))}
      </div>
    </PageShell>
  );
}
