import { notFound } from 'next/navigation';
import { isLang, languages, type Lang } from '@/lib/i18n';
import { paths } from '@/lib/paths';
import { langParam } from '@/lib/route-params';
import { getTimeline, timelineYears, type TimelineYear } from '@/lib/timeline';

/*
 * What the two `[year]` routes share: a year's page of events, and its page of citations.
 */

/** The `[year]` pages of a language: one per year with events. */
export function yearParams({ params }: { params: { lang: string } }) {
  return isLang(params.lang) ? timelineYears(getTimeline(params.lang)).map(({ year }) => ({ year })) : [];
}

/** The language and year of a `[year]` route, with every year of its timeline; an unknown year is a 404. */
export async function yearOf(params: Promise<{ lang: string; year: string }>): Promise<{ lang: Lang; year: TimelineYear; years: TimelineYear[] }> {
  const lang = await langParam(params);
  const { year: wanted } = await params;
  const years = timelineYears(getTimeline(lang));
  const year = years.find((y) => y.year === wanted);
  if (!year) notFound();
  return { lang, year, years };
}

/** The address of a year's page (or of its citations) in each language whose timeline has events that year. */
export function yearPathByLang(year: string, page: 'events' | 'citations' = 'events'): Partial<Record<Lang, string>> {
  return Object.fromEntries(
    languages
      .filter((lang) => timelineYears(getTimeline(lang)).some((y) => y.year === year))
      .map((lang) => [lang, page === 'citations' ? paths.timelineCitations(lang, year) : paths.timelineYear(lang, year)]),
  );
}
