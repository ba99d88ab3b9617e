import { listNames, participantName } from '@/lib/states/names';
import { fill, t, type Lang } from '@/lib/i18n';
import { HANOI_CEREMONY, INSTRUMENTS_NEEDED, SIGNATURE_CLOSES, type StatusOverview } from '@/lib/status/rules';
import { PAGE_IDS } from '@/lib/web/page-ids';
import { DatedText } from './dated-text';
import { FormattedDate } from './formatted-date';
import { HeadingSection, type HeadingSectionOptions } from './heading-section';
import { InstrumentProgress } from './instrument-progress';
import { SourceLink } from './source-link';
import { StatusEvidence } from './status-evidence';

export type StatusSummaryProps = HeadingSectionOptions & {
  /** The figures to show (see `statusOverview`). */
  overview: StatusOverview;
  lang: Lang;
  /** Link to the status page; leave it out on the status page itself. */
  statusHref?: string;
};

/**
 * A compact box on where the Convention stands: signatories at Hanoi, whether signature is still
 * open on the day of the build, Parties against the 40 needed, entry into force (a date only once the
 * 40th instrument is in) and the Article 65 rule in plain words, with the dates of the evidence
 * (see StatusEvidence) and a link to the live status.
 * Its heading is "Signatures and ratifications" in the page's language unless given.
 */
export function StatusSummary({ overview, lang, statusHref, heading, headingLevel = 2, id = 'status-summary-heading' }: StatusSummaryProps) {
  const text = t(lang);
  const { hanoiSignatories, signatories, signatureOpen, counted, uncounted, entryIntoForce } = overview;
  return (
    <HeadingSection heading={heading ?? text.statusTitle} headingLevel={headingLevel} id={id} className="surface-box">
      <dl className="mt-3 divide-y divide-line">
        <div className="py-3 first:pt-0">
          <dt className="text-sm font-medium text-muted">{text.signatoriesAtHanoi}</dt>
          <dd className="mt-0.5">
            <span className="font-semibold">{fill(text.signatoriesKnownCount, { known: signatories.known, states: signatories.knownStates })}</span>
            <span className="block text-sm">
              {fill(text.figureSignatoriesAtHanoi, { count: hanoiSignatories.count, states: signatories.atHanoiStates })},{' '}
              <FormattedDate date={HANOI_CEREMONY.date} endDate={HANOI_CEREMONY.endDate} lang={lang} />
            </span>
            <span className="block text-sm text-muted">
              <SourceLink url={hanoiSignatories.source} lang={lang} />
            </span>
          </dd>
        </div>
        <div className="py-3" id={PAGE_IDS.signaturePeriod}>
          <dt className="text-sm font-medium text-muted">{text.signaturePeriod}</dt>
          <dd className="mt-0.5">
            {signatureOpen ? (
              <DatedText template={text.signatureOpen} date={SIGNATURE_CLOSES} lang={lang} />
            ) : (
              <>
                <span className="font-semibold">
                  <DatedText template={text.signatureClosed} date={SIGNATURE_CLOSES} lang={lang} />
                </span>
                <span className="block text-sm">{text.signatureClosedAccession}</span>
              </>
            )}
          </dd>
        </div>
        <div className="py-3">
          <dt className="text-sm font-medium text-muted">{text.parties}</dt>
          <dd className="mt-0.5">
            <span className="font-semibold">{counted === 0 ? text.noneVerified : fill(text.partiesOfNeeded, { count: counted, needed: INSTRUMENTS_NEEDED })}</span>
            <InstrumentProgress counted={counted} needed={INSTRUMENTS_NEEDED} lang={lang} />
            {uncounted.length > 0 && <span className="block text-sm">{fill(text.notCountedAlso, { names: listNames(uncounted, lang), needed: INSTRUMENTS_NEEDED })}</span>}
          </dd>
        </div>
        <div className="py-3 last:pb-0">
          <dt className="text-sm font-medium text-muted">{text.entryIntoForce}</dt>
          <dd className="mt-0.5">
            {entryIntoForce ? (
              <>
                <span className="font-semibold">
                  <FormattedDate date={entryIntoForce.date} lang={lang} />
                </span>
                <span className="block text-sm">
                  {fill(text.entryIntoForceAfter, { name: participantName(entryIntoForce.fortieth.code, lang) })}{' '}
                  <FormattedDate date={entryIntoForce.fortieth.date} lang={lang} />
                </span>
              </>
            ) : (
              <>
                <span className="font-semibold">{text.notYetInForce}</span>
                <span className="block text-sm">
                  <DatedText template={text.notInForceBasis} date={overview.asOf} lang={lang} /> {text.entryIntoForceRule}
                </span>
              </>
            )}
          </dd>
        </div>
      </dl>
      <div className="mt-4">
        <StatusEvidence evidence={overview} lang={lang} />
      </div>
      {statusHref && (
        <p className="mt-1 text-sm">
          <a href={statusHref}>{text.statusDetails}</a>
        </p>
      )}
    </HeadingSection>
  );
}
