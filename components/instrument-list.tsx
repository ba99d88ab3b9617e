import { participantName } from '@/lib/states/names';
import { fill, t, type Lang } from '@/lib/i18n';
import type { DepositedInstrument } from '@/lib/status/rules';
import { FormattedDate } from './formatted-date';
import { HeadingSection, type HeadingSectionOptions } from './heading-section';
import { SourceLink } from './source-link';

export type InstrumentListProps = HeadingSectionOptions & {
  /** Oldest first, numbered (see `instrumentsInOrder`). */
  instruments: DepositedInstrument[];
  /** When the status was last checked, `YYYY-MM-DD` or `YYYY-MM`: said when there is no instrument yet. */
  asOf: string;
  lang: Lang;
};

const englishSuffixes: Record<Intl.LDMLPluralRule, string> = { zero: 'th', one: 'st', two: 'nd', few: 'rd', many: 'th', other: 'th' };
const englishOrdinals = new Intl.PluralRules('en', { type: 'ordinal' });

/** "40th" in English; Vietnamese puts "thứ" in the sentence and the bare number here. */
function ordinal(n: number, lang: Lang): string {
  return lang === 'en' ? `${n}${englishSuffixes[englishOrdinals.select(n)]}` : String(n);
}

/**
 * Every instrument of ratification, acceptance, approval or accession in order of deposit, each
 * numbered as Article 65(1) counts it toward the 40; an organization's is listed but marked as not counted.
 * Its heading is "Instruments in order of deposit" in the page's language unless given.
 */
export function InstrumentList({ instruments, asOf, lang, heading, headingLevel = 2, id = 'instruments-heading' }: InstrumentListProps) {
  const text = t(lang);
  return (
    <HeadingSection heading={heading ?? text.instrumentsHeading} headingLevel={headingLevel} id={id}>
      {instruments.length === 0 ? (
        <p className="mt-2">
          {text.noInstruments} <FormattedDate date={asOf} lang={lang} />.
        </p>
      ) : (
        <>
          <p className="mt-2 text-sm text-muted">{text.instrumentsIntro}</p>
          <ol className="mt-3 divide-y divide-line">
            {instruments.map((instrument) => (
              <li key={instrument.code} id={`instrument-${instrument.code.toLowerCase()}`} className="py-3">
                <p className="text-sm font-semibold text-accent">
                  {instrument.number === undefined ? text.notCounted : fill(text.nthInstrument, { n: ordinal(instrument.number, lang) })}
                </p>
                <p>
                  <span className="font-medium">{participantName(instrument.code, lang)}</span>: {text[instrument.type]},{' '}
                  <FormattedDate date={instrument.date} lang={lang} />
                </p>
                {instrument.number === undefined && <p className="text-sm">{text.notCountedReason}</p>}
                <p className="text-xs text-muted">
                  <SourceLink url={instrument.source} lang={lang} />
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
    </HeadingSection>
  );
}
