import { citableEvent } from '@/lib/citations/cite';
import { t, type Lang } from '@/lib/i18n';
import { PAGE_ID_PREFIXES } from '@/lib/web/page-ids';
import type { TimelineEntry } from '@/lib/timeline/entries';
import { eventPath } from '@/lib/timeline/pages';
import { Citations } from './citations';
import { FormattedDate } from './formatted-date';

export type EventCitationsProps = {
  event: TimelineEntry;
  lang: Lang;
};

/** The id of an event's citations on its year's citation page: the target of the timeline's "Cite" link. */
const eventCitationsId = (eventId: string) => `${PAGE_ID_PREFIXES.citation}${eventId}`;

/** One timeline event with its citation in the four styles, highlighted when a "Cite" link leads to it. */
export function EventCitations({ event, lang }: EventCitationsProps) {
  const text = t(lang);
  const id = eventCitationsId(event.id);
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="scroll-mt-4 border-t border-line pt-6 target:bg-highlight">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {event.title}
      </h2>
      <p className="mt-1 text-sm text-muted">
        <FormattedDate date={event.date} endDate={event.endDate} lang={lang} standalone />
        {' · '}
        <a href={eventPath(lang, event)}>{text.backToEvent}</a>
      </p>
      <Citations work={citableEvent(event, lang)} lang={lang} idPrefix={id} />
    </section>
  );
}
