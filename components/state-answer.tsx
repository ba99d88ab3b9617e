import { t, type Lang } from '@/lib/i18n';
import type { StateAnswerText } from '@/lib/states/record';
import type { EvidenceDates } from '@/lib/status/rules';
import { FilledText } from './filled-text';
import { FormattedDate } from './formatted-date';
import { StatusEvidence } from './status-evidence';

export type StateAnswerProps = {
  /** Which sentence, and what goes in it (see `stateAnswer`). */
  answer: StateAnswerText;
  /** How recent the status is (content/status.md): shown under the answer, with the live UNTC page. */
  evidence: EvidenceDates;
  lang: Lang;
};

/**
 * The answer in one sentence: a Party (its instrument and day), a signatory (its day, and where),
 * or not among the signatories in the site's sources (up to the day they run to); then the dates of
 * the evidence and the link to the live UN Treaty Collection page.
 */
export function StateAnswer({ answer, evidence, lang }: StateAnswerProps) {
  const slots = {
    name: answer.name,
    type: answer.type,
    date: <FormattedDate date={answer.date.date} endDate={answer.date.endDate} lang={lang} />,
    asOf: <FormattedDate date={answer.asOf} lang={lang} />,
  };
  return (
    <div className="surface-box mt-4 max-w-3xl">
      <p className="text-lg font-medium">
        <FilledText template={t(lang)[answer.template]} slots={slots} />
      </p>
      <div className="mt-3">
        <StatusEvidence evidence={evidence} lang={lang} />
      </div>
    </div>
  );
}
