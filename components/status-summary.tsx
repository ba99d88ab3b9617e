import { listNames, participantName } from '@/lib/countries';
import { formatDate } from '@/lib/dates';
import { fill, t, type Lang } from '@/lib/i18n';
import { sourceName, UNTC_STATUS_URL } from '@/lib/paths';
import { HANOI_CEREMONY, INSTRUMENTS_NEEDED, type StatusOverview } from '@/lib/status';
import { FormattedDate } from './formatted-date';
import { Heading, type HeadingLevel } from './heading';

export type StatusSummaryProps = {
  /** The figures to show (see `statusOverview`). */
  overview: StatusOverview;
  lang: Lang;
  /** Link to the status page; leave it out on the status page itself. */
  statusHref?: string;
  /** Defaults to "Signatures and ratifications" in the page's language. */
  heading?: string;
  /** Level of the heading in the page outline; 2 by default. */
  headingLevel?: HeadingLevel;
  /** Id of the heading, which labels the section; unique on the page. */
  id?: string;
};

/**
 * A compact box on where the Convention stands: signatories at Hanoi, Parties against the 40
 * needed, entry into force (a date only once the 40th instrument is in) and the Article 65 rule in
 * plain words, with an "as of" date and a link to the live status.
 */
export function StatusSummary({ overview, lang, statusHref, heading, headingLevel = 2, id = 'status-summary-heading' }: StatusSummaryProps) {
  const text = t(lang);
  const { asOf, hanoiSignatories, counted, uncounted, entryIntoForce } = overview;
  return (
    <section aria-labelledby={id} className="rounded-lg border border-line bg-surface p-4 sm:p-5">
      <Heading level={headingLevel} id={id} className="text-lg font-semibold">
        {heading ?? text.statusTitle}
      </Heading>
      <dl className="mt-3 divide-y divide-line">
        <div className="py-3 first:pt-0">
          <dt className="text-sm font-medium text-muted">{text.signatoriesAtHanoi}</dt>
          <dd className="mt-0.5">
            <span className="font-semibold">{hanoiSignatories.count}</span>
            <span className="block text-sm">
              <FormattedDate date={HANOI_CEREMONY.date} endDate={HANOI_CEREMONY.endDate} lang={lang} />
            </span>
            <span className="block text-sm text-muted">
              {text.source}: <a href={hanoiSignatories.source}>{sourceName(hanoiSignatories.source)}</a>
            </span>
          </dd>
        </div>
        <div className="py-3">
          <dt className="text-sm font-medium text-muted">{text.parties}</dt>
          <dd className="mt-0.5">
            <span className="font-semibold">{counted === 0 ? text.noneVerified : fill(text.partiesOfNeeded, { count: counted, needed: INSTRUMENTS_NEEDED })}</span>
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
                <span className="block text-sm">{text.entryIntoForceRule}</span>
              </>
            )}
          </dd>
        </div>
      </dl>
      <p className="mt-4 text-sm text-muted">
        {text.statusAsOf} <time dateTime={asOf}>{formatDate(asOf, lang)}</time>
      </p>
      <ul className="mt-2 space-y-1 text-sm">
        {statusHref && (
          <li>
            <a href={statusHref}>{text.statusDetails}</a>
          </li>
        )}
        <li>
          <a href={UNTC_STATUS_URL}>{text.footerLiveStatus}</a>
        </li>
      </ul>
    </section>
  );
}
