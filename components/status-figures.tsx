import type { ReactNode } from 'react';
import { fill, t, type Lang } from '@/lib/i18n';
import type { StatusFigures as Figures } from '@/lib/status/figures';
import { FilledText } from './filled-text';
import { FormattedDate } from './formatted-date';
import { InstrumentProgress } from './instrument-progress';

export type StatusFiguresProps = {
  /** The three figures (see `statusFigures`). */
  figures: Figures;
  lang: Lang;
  /** Where each figure is explained: the list of signatories, entry into force, and the signature period. */
  explained: { signatories: string; instruments: string; signature: string };
  /** Id of the section's heading, which screen readers announce (it is not shown: the figures' labels say what they are). */
  id?: string;
};

/** One figure: its value, its label (a link to where it is explained), then what it rests on. */
function Figure({ label, href, value, children }: { label: string; href: string; value: ReactNode; children: ReactNode }) {
  return (
    <div className="py-1.5 first:pt-0 last:pb-0 sm:py-2">
      <dt className="flex flex-wrap items-baseline gap-x-2">
        <span className="text-xl leading-tight font-bold sm:text-2xl">{value}</span>
        <a href={href} className="font-semibold">
          {label}
        </a>
      </dt>
      <dd className="text-sm">{children}</dd>
    </div>
  );
}

/**
 * Where the Convention stands in three figures, for a first screen: the signatories the sources
 * know (and those at Hanoi), the instruments counted toward the 40 with the progress bar and the
 * rule, and whether signature is open with the days left, counted on the day of the build (the day
 * is always said: a static page can be read later). Each with the date of its evidence and a link to
 * where it is explained.
 */
export function StatusFigures({ figures, lang, explained, id = 'figures-heading' }: StatusFiguresProps) {
  const text = t(lang);
  const { signatories, instruments, signature } = figures;
  const day = (date: string) => <FormattedDate date={date} lang={lang} />;
  const daysLeft = signature.daysLeft === 0 ? text.figureLastDay : signature.daysLeft === 1 ? text.figureOneDayLeft : text.figureDaysLeft;
  return (
    <section aria-labelledby={id} className="surface-box">
      <h2 id={id} className="sr-only">
        {text.figuresHeading}
      </h2>
      <dl className="divide-y divide-line">
        <Figure label={text.figureSignatories} href={explained.signatories} value={signatories.known}>
          {fill(signatories.knownStates < signatories.known ? text.figureSignatoriesKnown : text.figureSignatoriesKnownStates, { known: signatories.known, states: signatories.knownStates })};{' '}
          {fill(signatories.atHanoiStates < signatories.atHanoi ? text.figureSignatoriesAtHanoi : text.figureSignatoriesAtHanoiStates, { count: signatories.atHanoi, states: signatories.atHanoiStates })}.{' '}
          <span className="text-muted">
            <FilledText template={text.figureKnownTo} slots={{ date: day(signatories.knownTo) }} />
          </span>
        </Figure>
        <Figure label={text.figureInstruments} href={explained.instruments} value={fill(text.figureInstrumentsValue, { counted: instruments.counted, needed: instruments.needed })}>
          {instruments.entryIntoForce ? <FilledText template={text.figureInForce} slots={{ date: day(instruments.entryIntoForce) }} /> : text.figureInstrumentsRule}{' '}
          <span className="text-muted">
            <FilledText template={text.figureInstrumentsAsOf} slots={{ date: day(instruments.asOf) }} />
          </span>
          <InstrumentProgress counted={instruments.counted} needed={instruments.needed} lang={lang} hideText />
        </Figure>
        <Figure label={text.figureSignature} href={explained.signature} value={signature.open ? text.figureSignatureOpen : text.figureSignatureClosed}>
          {signature.open ? (
            <>
              <FilledText template={text.figureSignatureUntil} slots={{ date: day(signature.closes) }} />
              {'; '}
              <FilledText template={daysLeft} slots={{ days: signature.daysLeft, today: day(signature.countedOn) }} />
            </>
          ) : (
            <FilledText template={text.figureSignatureClosedOn} slots={{ date: day(signature.closes) }} />
          )}
        </Figure>
      </dl>
    </section>
  );
}
