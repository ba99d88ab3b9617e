import { participantName } from '@/lib/states/names';
import { fill, t, type Lang } from '@/lib/i18n';
import { linkRel } from '@/lib/web/paths';
import { UNTC_STATUS_URL } from '@/lib/web/sources';
import { INSTRUMENTS_NEEDED, type StatusOverview } from '@/lib/status/rules';
import { DatedText } from './dated-text';
import { FormattedDate } from './formatted-date';
import { HeadingSection, type HeadingSectionOptions } from './heading-section';

export type EntryIntoForceProps = HeadingSectionOptions & {
  /** Where the Convention stands (see `statusOverview`). */
  overview: Pick<StatusOverview, 'entryIntoForce' | 'counted' | 'asOf'>;
  lang: Lang;
};

/**
 * When the Convention enters into force: the date once the 40th instrument is in, otherwise how
 * many instruments count so far; then the rule itself, Article 65(1), with its source. Only the
 * English text is quoted as the treaty's words: the Vietnamese is a paraphrase, labelled so.
 * Its heading is "Entry into force" in the page's language unless given.
 */
export function EntryIntoForce({ overview, lang, heading, headingLevel = 2, id = 'entry-into-force-heading' }: EntryIntoForceProps) {
  const text = t(lang);
  const { entryIntoForce, counted, asOf } = overview;
  return (
    <HeadingSection heading={heading ?? text.entryIntoForce} headingLevel={headingLevel} id={id}>
      <p className="mt-2">
        {entryIntoForce ? (
          <>
            <strong>
              <FormattedDate date={entryIntoForce.date} lang={lang} />
            </strong>
            {': '}
            {fill(text.entryIntoForceAfter, { name: participantName(entryIntoForce.fortieth.code, lang) })}{' '}
            <FormattedDate date={entryIntoForce.fortieth.date} lang={lang} />.
          </>
        ) : (
          <>
            <strong>{text.notYetInForce}.</strong>{' '}
            {counted === 0 ? (
              <DatedText template={text.notInForceBasis} date={asOf} lang={lang} />
            ) : (
              `${text.parties}: ${fill(text.partiesOfNeeded, { count: counted, needed: INSTRUMENTS_NEEDED })}.`
            )}
          </>
        )}
      </p>
      <figure className="mt-4 border-s-4 border-accent ps-4">
        {lang === 'en' ? (
          <blockquote cite={UNTC_STATUS_URL}>
            <p>{text.article65Text}</p>
          </blockquote>
        ) : (
          <p>{text.article65Text}</p>
        )}
        <figcaption className="mt-2 text-sm text-muted">
          {text.article65Caption}. <a href={UNTC_STATUS_URL} rel={linkRel(UNTC_STATUS_URL)}>{text.article65Source}</a>
        </figcaption>
      </figure>
    </HeadingSection>
  );
}
