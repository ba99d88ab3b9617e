import { t, type Lang } from '@/lib/i18n';
import { linkRel } from '@/lib/web/paths';
import { UNTC_STATUS_URL } from '@/lib/web/sources';
import type { EvidenceDates } from '@/lib/status/rules';
import { DatedText } from './dated-text';

export type StatusEvidenceProps = {
  /** The dates of the status's evidence, from content/status.md (see `statusOverview`). */
  evidence: EvidenceDates;
  lang: Lang;
  /** Also link to the live status at the UN Treaty Collection (default true). */
  liveLink?: boolean;
};

/**
 * How recent the status is, in plain words: the day of the UN Treaty Collection's status the figures
 * reflect, how far other sources carry the signatures, and the last day the rows were compared with
 * UNTC and found unchanged (the daily comparison, npm run status:watch), once there is one. Never a
 * check that did not happen, never the day of the build.
 */
export function StatusEvidence({ evidence, lang, liveLink = true }: StatusEvidenceProps) {
  const text = t(lang);
  const { asOf, signaturesKnownTo, lastCompared } = evidence;
  return (
    <div className="space-y-1 text-sm text-muted">
      <p>
        <DatedText template={text.statusRecorded} date={asOf} lang={lang} />
        {signaturesKnownTo && (
          <>
            {' '}
            <DatedText template={text.signaturesKnownTo} date={signaturesKnownTo} lang={lang} />
          </>
        )}
        {lastCompared && (
          <>
            {' '}
            <DatedText template={text.lastCompared} date={lastCompared} lang={lang} />
          </>
        )}
      </p>
      {liveLink && (
        <p>
          <a href={UNTC_STATUS_URL} rel={linkRel(UNTC_STATUS_URL)}>{text.liveStatusLink}</a>
        </p>
      )}
    </div>
  );
}
