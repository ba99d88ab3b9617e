import { formatDate, formatDateRange } from '@/lib/dates';
import { fill, t, type Lang } from '@/lib/i18n';
import type { ChartText, StatusChartData } from '@/lib/status/chart';
import { FormattedDate } from './formatted-date';
import { HeadingSection, type HeadingSectionOptions } from './heading-section';
import { StatusEvidence } from './status-evidence';

export type StatusChartProps = HeadingSectionOptions & {
  /** The chart to draw (see `statusChart`), in the page's language. */
  chart: StatusChartData;
  lang: Lang;
};

/** How each line is drawn: colour is never the only cue (solid, dashed, dotted, and a label each). */
const strokes = {
  signatures: { className: 'stroke-accent', strokeWidth: 2.5 },
  instruments: { className: 'stroke-ink', strokeWidth: 2.5, strokeDasharray: '7 4' },
  threshold: { className: 'stroke-muted', strokeWidth: 1.5, strokeDasharray: '1.5 3.5' },
} as const;

/** A label of the chart; `halo` paints the page's colour behind the letters so they stay readable over a line. */
function Label({ text, lineHeight, className = 'fill-ink', halo = false }: { text: ChartText; lineHeight: number; className?: string; halo?: boolean }) {
  return (
    <text
      x={text.x}
      y={text.y}
      textAnchor={text.anchor}
      className={halo ? `${className} stroke-page [paint-order:stroke]` : className}
      {...(halo ? { strokeWidth: 4, strokeLinejoin: 'round' as const } : {})}
    >
      {text.lines.length === 1
        ? text.lines[0]
        : text.lines.map((line, i) => (
            <tspan key={i} x={text.x} dy={i === 0 ? 0 : lineHeight}>
              {line}
            </tspan>
          ))}
    </text>
  );
}

/** A short sample of a line's style, for the legend. */
function Swatch({ stroke }: { stroke: (typeof strokes)[keyof typeof strokes] }) {
  return (
    <svg aria-hidden="true" width="32" height="12" className="mt-1 shrink-0">
      <line x1="0" y1="6" x2="32" y2="6" fill="none" {...stroke} />
    </svg>
  );
}

/**
 * The signatures and the instruments that count toward entry into force, as running totals over
 * time: a static SVG drawn when the site is built (no JavaScript), with the line of the 40
 * instruments Article 65(1) needs. Signatures are a solid line, instruments a dashed one, the 40 a
 * dotted one, each labelled on the chart and in the legend. The SVG is one image named by its
 * `<title>` and described by its `<desc>`; its text alternative is the table right after it, one row
 * per date on which a total changed, whose caption says how signatures known only as an interval
 * of days are counted. The chart ends on the day the evidence covers, which it states.
 *
 * Options: `chart` (see `statusChart`), `lang`, and the section's `heading` ("Signatures and
 * instruments over time" in the page's language unless given), `headingLevel` (2) and `id`
 * (`status-chart-heading`; the chart's title, description and table take ids from it).
 */
export function StatusChart({ chart, lang, heading, headingLevel = 2, id = 'status-chart-heading' }: StatusChartProps) {
  const text = t(lang);
  const { width, height, plot, lineHeight, series, threshold, latest } = chart;
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const range = (date: string, endDate: string) => {
    const { start, separator, end } = formatDateRange(date, endDate, lang);
    return `${start}${separator}${end ?? ''}`;
  };
  const legend: [keyof typeof strokes, string][] = [
    ['signatures', text.chartLegendSignatures],
    ['instruments', text.chartLegendInstruments],
    ['threshold', fill(text.chartLegendThreshold, { needed: threshold.value })],
  ];
  return (
    <HeadingSection heading={heading ?? text.chartHeading} headingLevel={headingLevel} id={id}>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        fontSize={chart.fontSize}
        className="mt-3 h-auto w-full max-w-lg"
      >
        <title id={titleId}>{text.chartTitle}</title>
        <desc id={descId}>
          {fill(text.chartDescription, {
            start: formatDate(chart.start, lang),
            end: formatDate(chart.end, lang),
            signatures: latest.signatures,
            instruments: latest.instruments,
            needed: threshold.value,
          })}
        </desc>
        <g className="stroke-line" strokeWidth="1">
          {chart.yTicks.map((tick) => (
            <line key={tick.value} x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} />
          ))}
        </g>
        <g className="stroke-muted" strokeWidth="1">
          {chart.xTicks.map((tick) => (
            <line key={tick.date} x1={tick.x} x2={tick.x} y1={plot.bottom} y2={plot.bottom + 5} />
          ))}
        </g>
        {chart.yTicks.map((tick) => (
          <Label key={tick.value} text={tick.label} lineHeight={lineHeight} className="fill-muted" />
        ))}
        {chart.xTicks.map((tick) => (
          <Label key={tick.date} text={tick.label} lineHeight={lineHeight} className="fill-muted" />
        ))}
        <Label text={chart.axisTitles.y} lineHeight={lineHeight} />
        <Label text={chart.axisTitles.x} lineHeight={lineHeight} />
        <line x1={plot.left} x2={plot.right} y1={threshold.y} y2={threshold.y} {...strokes.threshold} />
        <path d={series.signatures.d} fill="none" strokeLinejoin="round" {...strokes.signatures} />
        <path d={series.instruments.d} fill="none" strokeLinejoin="round" {...strokes.instruments} />
        <Label text={threshold.label} lineHeight={lineHeight} halo />
        <Label text={series.instruments.label} lineHeight={lineHeight} halo />
        <Label text={series.signatures.label} lineHeight={lineHeight} className="fill-accent font-semibold" halo />
      </svg>
      <ul className="mt-3 space-y-1 text-sm">
        {legend.map(([key, label]) => (
          <li key={key} className="flex items-start gap-2">
            <Swatch stroke={strokes[key]} />
            {label}
          </li>
        ))}
      </ul>
      <div className="mt-3">
        <StatusEvidence evidence={chart.evidence} lang={lang} liveLink={false} />
      </div>
      <div className="scroll-box mt-4" tabIndex={0}>
        <table className="w-full border-collapse text-start text-sm">
          <caption className="mb-2 text-start font-medium">
            {text.chartTableCaption}
            {chart.intervals.map((interval) => (
              <span key={`${interval.date}/${interval.endDate}`} className="mt-1 block font-normal text-muted">
                {fill(text.chartIntervalNote, { interval: range(interval.date, interval.endDate), end: formatDate(interval.endDate, lang) })}
              </span>
            ))}
            {chart.partial && <span className="mt-1 block font-normal text-muted">{fill(text.chartPartial, chart.partial)}</span>}
          </caption>
          <thead>
            <tr className="border-b-2 border-line">
              <th scope="col" className="py-2 pe-4 text-start">
                {text.chartColumnDate}
              </th>
              <th scope="col" className="py-2 pe-4 text-end">
                {text.chartColumnSignatures}
              </th>
              <th scope="col" className="py-2 text-end">
                {text.chartColumnInstruments}
              </th>
            </tr>
          </thead>
          <tbody>
            {chart.rows.map((row) => (
              <tr key={row.date} className="border-b border-line">
                <th scope="row" className="whitespace-nowrap py-2 pe-4 text-start font-medium">
                  <FormattedDate date={row.date} lang={lang} />
                </th>
                <td className="py-2 pe-4 text-end tabular-nums">{row.signatures}</td>
                <td className="py-2 text-end tabular-nums">{row.instruments}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </HeadingSection>
  );
}
