import { t, type Lang } from '@/lib/i18n';
import { PAGE_IDS } from '@/lib/web/page-ids';
import { paths } from '@/lib/web/paths';
import type { TimelineEntry } from '@/lib/timeline/entries';
import { eventPath, eventYear } from '@/lib/timeline/pages';
import { FormattedDate } from './formatted-date';
import { HeadingSection, type HeadingSectionOptions } from './heading-section';
import { PublicationTag } from './publication-tag';
import { SourceLink } from './source-link';

export type TimelineProps = HeadingSectionOptions & {
  /** Events in the order to show them (see `buildTimeline` and `compactTimeline`). */
  events: TimelineEntry[];
  lang: Lang;
  /**
   * `full`: every event carries its own anchor (`#<event-id>`), a permalink and a link to its
   * citations (on its year's citation page, so the four citations are not repeated in every event).
   * `compact`: for sidebars and the home page; each event links to its permalink on the timeline page.
   */
  variant?: 'full' | 'compact';
  /** Slug of the article being read: its events are marked "In this article". */
  currentArticle?: string;
  /** Id of the first event still to come on the day of the build (see `nextEvent`), marked "Next". */
  nextId?: string;
};

/**
 * Dated events as an ordered list, oldest first, each with its source and the article that tells it.
 * Its heading is "Key dates" in the page's language unless given.
 */
export function Timeline({ events, lang, variant = 'compact', currentArticle, nextId, heading, headingLevel = 2, id = PAGE_IDS.timeline }: TimelineProps) {
  const text = t(lang);
  const full = variant === 'full';
  return (
    <HeadingSection heading={heading ?? text.keyDates} headingLevel={headingLevel} id={id}>
      <ol className="mt-3 border-s-2 border-line">
        {events.map((event) => {
          const here = event.article.slug === currentArticle;
          return (
            <li
              key={event.id}
              id={full ? event.id : undefined}
              className={`relative scroll-mt-4 ps-5 pb-5 last:pb-0 ${full ? 'target:bg-highlight' : ''}`}
            >
              <span aria-hidden="true" className={`absolute -start-[7px] top-1.5 size-3 rounded-full border-2 border-page ${here || full ? 'bg-accent' : 'bg-muted'}`} />
              <p className="text-sm font-semibold text-accent">
                <FormattedDate date={event.date} endDate={event.endDate} lang={lang} standalone />
              </p>
              <p className={full ? 'text-base' : 'text-sm'}>
                {full ? event.title : <a href={eventPath(lang, event)}>{event.title}</a>}
                {event.id === nextId && <strong className="ms-2 rounded border border-accent px-1.5 py-0.5 text-xs font-semibold text-accent">{text.nextDate}</strong>}
                {here && <strong className="ms-2 rounded bg-highlight px-1.5 py-0.5 text-xs font-semibold">{text.thisArticle}</strong>}
                <PublicationTag publication={event.article.publication} lang={lang} />
              </p>
              <p className="mt-0.5 text-xs text-muted">
                <SourceLink url={event.source} lang={lang} />
                {full && (
                  <>
                    {' · '}
                    <a href={paths.article(lang, event.article.slug)}>{event.article.title}</a>
                    {' · '}
                    {/* This link and the next repeat the event's title for screen readers: not for the site search. */}
                    <a href={`#${event.id}`} data-pagefind-ignore>
                      <span aria-hidden="true">#</span>
                      <span className="sr-only">
                        {text.eventPermalink}: {event.title}
                      </span>
                    </a>
                    <span className="print:hidden" data-pagefind-ignore>
                      {' · '}
                      <a href={paths.eventCitation(lang, event.id, eventYear(event), event.citationPage)}>
                        {text.citeEvent}
                        <span className="sr-only">: {event.title}</span>
                      </a>
                    </span>
                  </>
                )}
              </p>
            </li>
          );
        })}
      </ol>
    </HeadingSection>
  );
}
