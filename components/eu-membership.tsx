import { t, type Lang } from '@/lib/i18n';
import { nameFor } from '@/lib/states/names';
import type { Signature } from '@/lib/states/record';
import { paths } from '@/lib/web/paths';
import { FilledText } from './filled-text';
import { FormattedDate } from './formatted-date';

export type EuMembershipProps = {
  /** The member State whose page this is. */
  code: string;
  /** The EU's own signature, when the sources record one. */
  euSignature?: Signature;
  lang: Lang;
};

/** One line on an EU member State's page: the EU signed, and how Article 65(1) counts its instrument, with a link to the EU's page. */
export function EuMembership({ code, euSignature, lang }: EuMembershipProps) {
  const text = t(lang);
  return (
    <p className="mt-2 text-sm">
      {euSignature ? (
        <FilledText template={text.stateEuMember} slots={{ name: nameFor(text.stateEuMember, code, lang), date: <FormattedDate date={euSignature.date} endDate={euSignature.endDate} lang={lang} /> }} />
      ) : (
        <FilledText template={text.stateEuMemberNotSigned} slots={{ name: nameFor(text.stateEuMemberNotSigned, code, lang) }} />
      )}{' '}
      <a href={paths.state(lang, 'EU')}>{text.stateEuLink}</a>
    </p>
  );
}
