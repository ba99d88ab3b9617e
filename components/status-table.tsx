import { isOrganization, participantName } from '@/lib/countries';
import { formatDate } from '@/lib/dates';
import { fill, t, type Lang } from '@/lib/i18n';
import { sourceName, UNTC_STATUS_URL } from '@/lib/paths';
import type { Participant } from '@/lib/schema';
import { FormattedDate } from './formatted-date';
import { Heading, type HeadingLevel } from './heading';

export type StatusTableProps = {
  /** In the order to show them (see `sortByName`). */
  participants: Participant[];
  /** How many of them signed at Hanoi, and how many signed there in all (see `statusOverview`). */
  namedAtHanoi: number;
  signatoriesAtHanoi: number;
  /** When the list was last checked, `YYYY-MM-DD` or `YYYY-MM`. */
  asOf: string;
  lang: Lang;
  /** Defaults to "Who has signed, who has joined" in the page's language. */
  heading?: string;
  /** Level of the heading in the page outline; 2 by default. */
  headingLevel?: HeadingLevel;
  /** Id of the section, which a map can point to as its text alternative; unique on the page. */
  id?: string;
};

function SourceLink({ url, lang }: { url: string; lang: Lang }) {
  return (
    <span className="block text-xs text-muted">
      {t(lang).source}: <a href={url}>{sourceName(url)}</a>
    </span>
  );
}

/**
 * Who has signed and who has deposited an instrument, one row each with its sources. Says that the
 * list is partial and where the full, live list is.
 */
export function StatusTable({ participants, namedAtHanoi, signatoriesAtHanoi, asOf, lang, heading, headingLevel = 2, id = 'status-table' }: StatusTableProps) {
  const text = t(lang);
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="scroll-mt-4">
      <Heading level={headingLevel} id={`${id}-heading`} className="text-lg font-semibold">
        {heading ?? text.statusTableHeading}
      </Heading>
      <p className="mt-2">
        {fill(text.partialList, { named: namedAtHanoi, total: signatoriesAtHanoi })} <a href={UNTC_STATUS_URL}>{text.footerLiveStatus}</a>
      </p>
      <p className="mt-2 text-sm text-muted">{text.ceremonyDays}</p>
      <div className="scroll-box mt-4" tabIndex={0}>
        <table className="w-full border-collapse text-start text-sm">
          <caption className="mb-2 text-start font-medium">
            {text.statusTableCaption} <time dateTime={asOf}>{formatDate(asOf, lang)}</time>
          </caption>
          <thead>
            <tr className="border-b-2 border-line">
              <th scope="col" className="py-2 pe-4 text-start">
                {text.columnParticipant}
              </th>
              <th scope="col" className="py-2 pe-4 text-start">
                {text.columnSigned}
              </th>
              <th scope="col" className="py-2 text-start">
                {text.columnInstrument}
              </th>
            </tr>
          </thead>
          <tbody>
            {participants.map(({ code, signed, source, instrument }) => (
              <tr key={code} className="border-b border-line align-top">
                <th scope="row" className="py-2 pe-4 text-start font-medium">
                  {participantName(code, lang)}
                  {isOrganization(code) && <span className="block text-xs font-normal text-muted">{text.organization}</span>}
                </th>
                <td className="py-2 pe-4">
                  {signed ? <FormattedDate date={signed.date} endDate={signed.endDate} lang={lang} /> : text.notSigned}
                  {source && <SourceLink url={source} lang={lang} />}
                </td>
                <td className="py-2">
                  {instrument ? (
                    <>
                      {text[instrument.type]}, <FormattedDate date={instrument.date} lang={lang} />
                      <SourceLink url={instrument.source} lang={lang} />
                    </>
                  ) : (
                    text.noInstrumentVerified
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
