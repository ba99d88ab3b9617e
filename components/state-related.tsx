import { fill, t, type Lang } from '@/lib/i18n';
import { nameFor } from '@/lib/states/names';
import type { TimelineEntry } from '@/lib/timeline/entries';
import { eventPath } from '@/lib/timeline/pages';
import { paths } from '@/lib/web/paths';
import { FormattedDate } from './formatted-date';
import { HeadingSection, type HeadingSectionOptions } from './heading-section';

export type StateRelatedProps = HeadingSectionOptions & {
  code: string;
  /** The timeline events that concern the State, oldest first (see `eventsConcerning`). */
  events: TimelineEntry[];
  /** The articles that tell them (see `articlesConcerning`). */
  articles: TimelineEntry['article'][];
  lang: Lang;
};

/**
 * What else the site has on a State: the timeline events that name it, each linking to its
 * permalink, and the articles that tell them; a sentence when there is none yet.
 * Its heading is "On this site" unless given.
 */
export function StateRelated({ code, events, articles, lang, heading, headingLevel = 2, id = 'related-heading' }: StateRelatedProps) {
  const text = t(lang);
  return (
    <HeadingSection heading={heading ?? text.stateRelatedHeading} headingLevel={headingLevel} id={id}>
      {events.length === 0 ? (
        <p className="mt-2">{fill(text.stateRelatedNone, { name: nameFor(text.stateRelatedNone, code, lang) })}</p>
      ) : (
        <>
          <h3 className="mt-3 font-semibold">{text.stateRelatedEvents}</h3>
          <ul className="mt-1 space-y-2">
            {events.map((event) => (
              <li key={event.id}>
                <FormattedDate date={event.date} endDate={event.endDate} lang={lang} />: <a href={eventPath(lang, event)}>{event.title}</a>
              </li>
            ))}
          </ul>
          <h3 className="mt-4 font-semibold">{text.stateRelatedArticles}</h3>
          <ul className="mt-1 space-y-1">
            {articles.map((article) => (
              <li key={article.slug}>
                <a href={paths.article(lang, article.slug)}>{article.title}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </HeadingSection>
  );
}
