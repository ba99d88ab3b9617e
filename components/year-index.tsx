import { fill, t, type Lang } from '@/lib/i18n';
import { PAGE_IDS } from '@/lib/web/page-ids';
import type { TimelineYear } from '@/lib/timeline/entries';

export type YearIndexProps = {
  years: TimelineYear[];
  lang: Lang;
  /** Where each year's link leads: its section on this page or its own page. */
  yearHref: (year: string) => string;
  /** The year being shown, marked `aria-current`. */
  current?: string;
};

/** The years of the timeline with how many events each has, as a navigation list. */
export function YearIndex({ years, lang, yearHref, current }: YearIndexProps) {
  const text = t(lang);
  return (
    <nav aria-labelledby={PAGE_IDS.years} className="mt-6 print:hidden">
      <h2 id={PAGE_IDS.years} className="text-sm font-semibold">
        {text.timelineYears}
      </h2>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-2">
        {years.map(({ year, events }) => (
          <li key={year}>
            <a href={yearHref(year)} aria-current={year === current ? 'page' : undefined} className="inline-block min-h-6 aria-[current=page]:font-bold aria-[current=page]:no-underline">
              {year}
            </a>{' '}
            <span className="text-sm text-muted">({events.length === 1 ? text.oneEvent : fill(text.eventCount, { count: events.length })})</span>
          </li>
        ))}
      </ul>
    </nav>
  );
}
