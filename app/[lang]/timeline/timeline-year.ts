import { notFound } from 'next/navigation';
import { isLang, languages, type Lang } from '@/lib/i18n';
import { pageCount, pageItems } from '@/lib/web/pagination';
import { paths } from '@/lib/web/paths';
import { langParam } from '@/lib/web/routes';
import { getTimeline } from '@/lib/site';
import { timelineYears, type TimelineEntry, type TimelineYear } from '@/lib/timeline/entries';
import { CITATIONS_PER_PAGE } from '@/lib/timeline/pages';

/*
 * What the `[year]` routes share: a year's page of events, and its pages of citations.
 */

const yearsOf = (lang: Lang) => timelineYears(getTimeline(lang));

/** The `[year]` pages of a language: one per year with events. */
export function yearParams({ params }: { params: { lang: string } }) {
  return isLang(params.lang) ? yearsOf(params.lang).map(({ year }) => ({ year })) : [];
}

/** The language and year of a `[year]` route, with every year of its timeline; an unknown year is a 404. */
export async function yearOf(params: Promise<{ lang: string; year: string }>): Promise<{ lang: Lang; year: TimelineYear; years: TimelineYear[] }> {
  const lang = await langParam(params);
  const { year: wanted } = await params;
  const years = yearsOf(lang);
  const year = years.find((y) => y.year === wanted);
  if (!year) notFound();
  return { lang, year, years };
}

/** The address of a year's page in each language whose timeline has events that year. */
export function yearPathByLang(year: string): Partial<Record<Lang, string>> {
  return Object.fromEntries(languages.filter((lang) => yearsOf(lang).some((y) => y.year === year)).map((lang) => [lang, paths.timelineYear(lang, year)]));
}

const citationPageCount = (year: TimelineYear) => pageCount(year.events.length, CITATIONS_PER_PAGE);

/** The `[year]/cite/[page]` pages of a language: each year's citations, CITATIONS_PER_PAGE events a page. */
export function citationParams({ params }: { params: { lang: string } }) {
  if (!isLang(params.lang)) return [];
  return yearsOf(params.lang).flatMap((year) => Array.from({ length: citationPageCount(year) }, (_, index) => ({ year: year.year, page: String(index + 1) })));
}

/** The events of one page of a year's citations, and how many such pages the year has; an unknown page is a 404. */
export async function citationPageOf(params: Promise<{ lang: string; year: string; page: string }>) {
  const { lang, year } = await yearOf(params);
  const page = Number((await params).page);
  const count = citationPageCount(year);
  if (!Number.isInteger(page) || page < 1 || page > count) notFound();
  const events: TimelineEntry[] = pageItems(year.events, page, CITATIONS_PER_PAGE);
  return { lang, year: year.year, page, count, events };
}

/** The address of a page of a year's citations in each language that has that page. */
export function citationPathByLang(year: string, page: number): Partial<Record<Lang, string>> {
  return Object.fromEntries(
    languages.flatMap((lang) => {
      const found = yearsOf(lang).find((y) => y.year === year);
      return found && page <= citationPageCount(found) ? [[lang, paths.timelineCitations(lang, year, page)]] : [];
    }),
  );
}
