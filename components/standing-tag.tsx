import { t, type Lang } from '@/lib/i18n';
import type { StateStanding } from '@/lib/states/record';

export type StandingTagProps = {
  standing: StateStanding;
  lang: Lang;
};

const look: Record<StateStanding, string> = {
  party: 'border-accent bg-accent text-page',
  signatory: 'border-accent text-accent',
  'not-signed': 'border-line text-muted',
};

/** Where a State stands, as a short tag in words (never by colour alone): Party, Signed, Not signed. */
export function StandingTag({ standing, lang }: StandingTagProps) {
  const text = t(lang);
  const words = { party: text.standingParty, signatory: text.standingSignatory, 'not-signed': text.standingNotSigned }[standing];
  return <span className={`inline-block rounded border px-1.5 text-xs font-medium whitespace-nowrap ${look[standing]}`}>{words}</span>;
}
