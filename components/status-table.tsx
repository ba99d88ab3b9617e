import { isOrganization, participantName } from '@/lib/states/names';
import { fill, t, type Lang } from '@/lib/i18n';
import { linkRel, paths } from '@/lib/web/paths';
import type { Participant } from '@/lib/schema';
import { UNTC_STATUS_URL } from '@/lib/web/sources';
import type { EvidenceDates } from '@/lib/status/rules';
import { FormattedDate } from './formatted-date';
import { HeadingSection, type HeadingSectionOptions } from './heading-section';
import { SourceLink } from './source-link';
import { StatusEvidence } from './status-evidence';

export type StatusTableProps = Pick<HeadingSectionOptions, 'heading' | 'headingLevel'> & {
  /** In the order to show them (see `sortByName`). */
  participants: Participant[];
  /** How many of them signed at Hanoi, and how many signed there in all (see `statusOverview`). */
  namedAtHanoi: number;
  signatoriesAtHanoi: number;
  /** How recent the list is (see `statusOverview`). */
  evidence: EvidenceDates;
  lang: Lang;
  /** Id of the section, which a map can point to as its text alternative; unique on the page. */
  id?: string;
};

/**
 * Who has signed and who has deposited an instrument, one row each with its sources and any note.
 * Says how recent the list is and where the full, live list is.
 * Its heading is "Who has signed, who has joined" in the page's language unless given.
 */
export function StatusTable({ participants, namedAtHanoi, signatoriesAtHanoi, evidence, lang, heading, headingLevel = 2, id = 'status-table' }: StatusTableProps) {
  const text = t(lang);
  return (
    <HeadingSection heading={heading ?? text.statusTableHeading} headingLevel={headingLevel} id={`${id}-heading`} anchor={id} className="scroll-mt-4">
      <p className="mt-2">
        {fill(namedAtHanoi === signatoriesAtHanoi ? text.signatoryListComplete : text.signatoryListScope, { named: namedAtHanoi, total: signatoriesAtHanoi })} <a href={UNTC_STATUS_URL} rel={linkRel(UNTC_STATUS_URL)}>{text.liveStatusLink}</a>
      </p>
      <div className="mt-2">
        <StatusEvidence evidence={evidence} lang={lang} liveLink={false} />
      </div>
      <p className="mt-2 text-sm text-muted">{text.ceremonyDays}</p>
      <div className="scroll-box mt-4" tabIndex={0}>
        <table className="w-full border-collapse text-start text-sm">
          <caption className="mb-2 text-start font-medium">
            {text.statusTableCaption}
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
            {participants.map(({ code, signed, source, instrument, note }) => (
              <tr key={code} className="border-b border-line align-top">
                <th scope="row" className="py-2 pe-4 text-start font-medium">
                  <a href={paths.state(lang, code)}>{participantName(code, lang)}</a>
                  {isOrganization(code) && <span className="block text-xs font-normal text-muted">{text.organization}</span>}
                </th>
                <td className="py-2 pe-4">
                  {signed ? <FormattedDate date={signed.date} endDate={signed.endDate} lang={lang} /> : text.notSigned}
                  {source && (
                    <span className="block text-xs text-muted">
                      <SourceLink url={source} lang={lang} />
                    </span>
                  )}
                  {note && <span className="block text-xs">{note[lang]}</span>}
                </td>
                <td className="py-2">
                  {instrument ? (
                    <>
                      {text[instrument.type]}, <FormattedDate date={instrument.date} lang={lang} />
                      <span className="block text-xs text-muted">
                        <SourceLink url={instrument.source} lang={lang} />
                      </span>
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
    </HeadingSection>
  );
}
