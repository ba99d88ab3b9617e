import type { Lang } from '@/lib/i18n';
import { PAGE_ID_PREFIXES } from '@/lib/web/page-ids';
import type { TimelineYear } from '@/lib/timeline/entries';
import { Timeline } from './timeline';
import { YearIndex } from './year-index';

export type TimelineYearsProps = {
  years: TimelineYear[];
  lang: Lang;
};

/** The id of a year's section on a page that shows several years. */
const yearSectionId = (year: string) => `${PAGE_ID_PREFIXES.year}${year}`;

/** The full timeline on one page: an index of its years, then each year's events under its own heading. */
export function TimelineYears({ years, lang }: TimelineYearsProps) {
  return (
    <>
      <YearIndex years={years} lang={lang} yearHref={(year) => `#${yearSectionId(year)}`} />
      <div className="mt-8 space-y-10">
        {years.map(({ year, events }) => (
          <Timeline key={year} events={events} lang={lang} variant="full" heading={year} id={yearSectionId(year)} />
        ))}
      </div>
    </>
  );
}
