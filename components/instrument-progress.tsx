import { fill, t, type Lang } from '@/lib/i18n';

export type InstrumentProgressProps = {
  /** Instruments that count toward entry into force (see `statusOverview`). */
  counted: number;
  /** How many bring the Convention into force (Article 65(1)). */
  needed: number;
  lang: Lang;
  /** Leave out the figure in words, where it stands beside the bar already. */
  hideText?: boolean;
};

/**
 * Progress to the instruments needed for entry into force, as a bar and as text. The bar is an SVG
 * drawn from attributes alone (no script, no inline style) and hidden from screen readers, which
 * read the same figure in the text beside it (its own, or the caller's with `hideText`).
 */
export function InstrumentProgress({ counted, needed, lang, hideText = false }: InstrumentProgressProps) {
  return (
    <span className="mt-2 block">
      <svg aria-hidden="true" viewBox={`0 0 ${needed} 1`} preserveAspectRatio="none" className="block h-2.5 w-full rounded-sm">
        <rect width={needed} height={1} className="fill-line" />
        <rect width={Math.min(counted, needed)} height={1} className="fill-accent" />
      </svg>
      {!hideText && <span className="mt-1 block text-sm text-muted">{fill(t(lang).instrumentsProgress, { count: counted, needed })}</span>}
    </span>
  );
}
