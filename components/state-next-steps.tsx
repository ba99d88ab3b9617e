import { fill, t, type Lang } from '@/lib/i18n';
import { nameFor } from '@/lib/states/names';
import type { NextStep } from '@/lib/states/record';
import { INSTRUMENTS_NEEDED, SIGNATURE_CLOSES, type StatusOverview } from '@/lib/status/rules';
import { DatedText } from './dated-text';
import { FilledText } from './filled-text';
import { FormattedDate } from './formatted-date';
import { HeadingSection, type HeadingSectionOptions } from './heading-section';

export type StateNextStepsProps = HeadingSectionOptions & {
  code: string;
  /** What comes next for the State on the site's today (see `nextStep`). */
  next: NextStep;
  /** The count toward entry into force, and its date once there is one (see `statusOverview`). */
  overview: Pick<StatusOverview, 'counted' | 'entryIntoForce'>;
  lang: Lang;
};

/**
 * What happens next for one State under Articles 64 and 65: how a signatory becomes a Party, until
 * when a State can still sign and that after it only accession is left, and the Convention's own
 * rule for entry into force with the count so far. No date of effect for the State itself: the
 * sources do not give the rule for it. Its heading is "What happens next" unless given.
 */
export function StateNextSteps({ code, next, overview, lang, heading, headingLevel = 2, id = 'next-heading' }: StateNextStepsProps) {
  const text = t(lang);
  const closes = <FormattedDate date={SIGNATURE_CLOSES} lang={lang} />;
  const step = {
    ratify: fill(text.stateNextRatify, { name: nameFor(text.stateNextRatify, code, lang) }),
    'sign-or-accede': <FilledText template={text.stateNextSignOrAccede} slots={{ name: nameFor(text.stateNextSignOrAccede, code, lang), date: closes }} />,
    accede: <FilledText template={text.stateNextAccede} slots={{ name: nameFor(text.stateNextAccede, code, lang), date: closes }} />,
    party: text.stateNextParty,
  }[next];
  return (
    <HeadingSection heading={heading ?? text.stateNextHeading} headingLevel={headingLevel} id={id}>
      <p className="mt-2">{step}</p>
      <p className="mt-2">
        {overview.entryIntoForce ? (
          <DatedText template={text.stateInForce} date={overview.entryIntoForce.date} lang={lang} />
        ) : (
          fill(text.stateNextEntryIntoForce, { counted: overview.counted, needed: INSTRUMENTS_NEEDED })
        )}
      </p>
    </HeadingSection>
  );
}
