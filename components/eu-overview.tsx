import { t, type Lang } from '@/lib/i18n';
import { participantName } from '@/lib/states/names';
import type { StateRecord } from '@/lib/states/record';
import { linkRel, paths } from '@/lib/web/paths';
import { EU_COMMISSION_PAGE_URL, EU_SIGNING_DECISION_URL } from '@/lib/web/sources';
import { FilledText } from './filled-text';
import { HeadingSection, type HeadingSectionOptions } from './heading-section';
import { SourceLink } from './source-link';
import { StandingTag } from './standing-tag';

export type EuOverviewProps = HeadingSectionOptions & {
  /** The EU's member States' records, in the order to list them (see `sortByName`). */
  members: StateRecord[];
  /** Where the list of member States comes from. */
  membersSource: string;
  lang: Lang;
};

/**
 * On the European Union's page: what a regional economic integration organization is and how
 * Article 65(1) counts its instrument, the Council decision on signing (FACTS.md), and the 27 member
 * States, each with its own standing and a link to its page.
 * Its heading is "A regional economic integration organization" unless given.
 */
export function EuOverview({ members, membersSource, lang, heading, headingLevel = 2, id = 'eu-heading' }: EuOverviewProps) {
  const text = t(lang);
  const decision = (
    <a href={EU_SIGNING_DECISION_URL} rel={linkRel(EU_SIGNING_DECISION_URL)}>
      {text.euCouncilDecisionName}
    </a>
  );
  return (
    <HeadingSection heading={heading ?? text.euHeading} headingLevel={headingLevel} id={id}>
      <p className="mt-2">{text.euExplainer}</p>
      <p className="mt-2">
        <FilledText template={text.euCouncilDecision} slots={{ decision }} />
      </p>
      <p className="mt-1 text-sm text-muted">
        <SourceLink url={EU_COMMISSION_PAGE_URL} lang={lang} />
      </p>
      <h3 id={`${id}-members`} className="mt-6 font-semibold">
        {text.euMembersHeading}
      </h3>
      <p className="mt-1 text-sm">{text.euMembersIntro}</p>
      <ul aria-labelledby={`${id}-members`} className="mt-2 gap-x-6 sm:columns-2">
        {members.map((member) => (
          <li key={member.code} className="mb-1 flex break-inside-avoid flex-wrap items-center gap-x-2">
            <a href={paths.state(lang, member.code)}>{participantName(member.code, lang)}</a>
            <StandingTag standing={member.standing} lang={lang} />
          </li>
        ))}
      </ul>
      <p className="mt-2 text-sm text-muted">
        <SourceLink url={membersSource} lang={lang} />
      </p>
    </HeadingSection>
  );
}
