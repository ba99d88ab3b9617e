import { scaleLinear } from 'd3-scale';
import { curveStepAfter, line } from 'd3-shape';
import { addMonths, differenceInCalendarDays, format, parseISO, startOfMonth } from 'date-fns';
import { formatShortDate } from '../dates';
import { fill, t, type Lang } from '../i18n';
import type { Status } from '../schema';
import { INSTRUMENTS_NEEDED, signedAtHanoi, type EvidenceDates } from './rules';
import { historySpan, signatureIntervals, statusHistory, type SignatureInterval, type StatusHistoryRow } from './history';

/*
 * The chart of the status over time, as plain data for an SVG drawn when the site is built: the two
 * running totals as step lines (a total holds until the day it changes), the line of the 40
 * instruments Article 65(1) needs, the axes and the direct labels, all in the coordinates of a
 * viewBox sized for a phone. The x axis counts calendar days, never clock time, so no time zone or
 * change of summer time can move a point; each day is a band, and a day's figures hold to its end.
 */

/** The viewBox, in SVG units: about the width of a 320-px phone's content column (288 px). */
const WIDTH = 320;
const HEIGHT = 236;
/** Font size in SVG units: at least 11.5 px on the 288 px a 320-px phone leaves for the chart. */
const FONT_SIZE = 13;
const LINE_HEIGHT = 15;
/** A generous average width of a character, in ems, for laying labels out without a browser. */
const CHAR_WIDTH = 0.58;

const PLOT = { left: 36, right: 310, top: 36, bottom: 184 };

/** Text to draw: `y` is the baseline of the first line, the others follow LINE_HEIGHT apart. */
export type ChartText = { x: number; y: number; anchor: 'start' | 'middle' | 'end'; lines: string[] };

export type StatusChartData = {
  width: number;
  height: number;
  fontSize: number;
  lineHeight: number;
  plot: typeof PLOT;
  /** The days drawn, `YYYY-MM-DD`: the opening for signature to the evidence date (see `historySpan`). */
  start: string;
  end: string;
  /** The dates of the evidence, which the chart states under it (see StatusEvidence). */
  evidence: EvidenceDates;
  /** The totals on each day one changed: the chart's data, and its text alternative. */
  rows: StatusHistoryRow[];
  /** Signatures known only as an interval of days, counted on its last day. */
  intervals: SignatureInterval[];
  /** Set while content/status.md names fewer signatories at Hanoi than signed there. */
  partial?: { named: number; total: number };
  /** The totals at the end of the last day. */
  latest: { signatures: number; instruments: number };
  series: Record<'signatures' | 'instruments', { d: string; label: ChartText }>;
  threshold: { value: number; y: number; label: ChartText };
  xTicks: { date: string; x: number; label: ChartText }[];
  yTicks: { value: number; y: number; label: ChartText }[];
  axisTitles: { x: ChartText; y: ChartText };
};

const round = (n: number) => Math.round(n * 10) / 10;

/** Estimated width of a text, in SVG units. */
const textWidth = (text: string) => text.length * FONT_SIZE * CHAR_WIDTH;

/**
 * Lines of at most `maxWidth` (estimated): broken after a colon when both halves fit, as in
 * "40 instruments:" / "entry into force 90 days later", otherwise between words.
 */
export function wrapLabel(text: string, maxWidth: number): string[] {
  if (textWidth(text) <= maxWidth) return [text];
  const colon = text.indexOf(': ');
  if (colon > 0) {
    const halves = [text.slice(0, colon + 1), text.slice(colon + 2)];
    if (halves.every((half) => textWidth(half) <= maxWidth)) return halves;
  }
  return text.split(' ').reduce<string[]>((lines, word) => {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(`${last} ${word}`) <= maxWidth) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
    return lines;
  }, []);
}

type Placed = { lines: string[]; baseline: number };

/** Top and bottom of a label whose last line sits on `baseline`. */
const extent = ({ lines, baseline }: Placed) => ({ top: baseline - (lines.length - 1) * LINE_HEIGHT - 0.75 * FONT_SIZE, bottom: baseline + 0.25 * FONT_SIZE });

/**
 * Direct labels, each wanting to sit just above its line at the right end of the plot: from the
 * lowest up, a label that would overlap the one below it moves up until it clears it.
 */
function dodge(labels: Placed[]): Placed[] {
  const order = labels.map((_, i) => i).sort((a, b) => labels[b].baseline - labels[a].baseline);
  const placed = labels.map((label) => ({ ...label }));
  order.slice(1).forEach((index, i) => {
    const below = extent(placed[order[i]]);
    const overlap = extent(placed[index]).bottom - (below.top - 2);
    if (overlap > 0) placed[index].baseline -= overlap;
  });
  return placed;
}

/** The first day of each month strictly between two days, `YYYY-MM-DD`. */
function monthStarts(start: string, end: string): string[] {
  const days: string[] = [];
  for (let month = addMonths(startOfMonth(parseISO(start)), 1); format(month, 'yyyy-MM-dd') < end; month = addMonths(month, 1)) {
    days.push(format(month, 'yyyy-MM-dd'));
  }
  return days;
}

/** How coarse a month is as a tick: 0 for January, 1 for July, 2 for April and October, 3 for the rest. */
const monthRank = (date: string) => {
  const month = Number(date.slice(5, 7)) - 1;
  return month === 0 ? 0 : month === 6 ? 1 : month % 3 === 0 ? 2 : 3;
};

/**
 * Ticks under the x axis: the first and the last day always and, between them, the first days of
 * months at the closest regular spacing whose labels do not touch (every month, every quarter,
 * January and July, or January), leaving out those too close to either end. A label gives the year
 * on the first tick and wherever the year changes from the tick before; 1 January between the ends
 * is labelled by its year alone.
 */
function dateTicks(start: string, end: string, xOfDay: (date: string) => number, lang: Lang): StatusChartData['xTicks'] {
  const layout = (dates: string[]) =>
    dates.map((date, i) => {
      const inner = i > 0 && i < dates.length - 1;
      // 1 January between the ends is the start of a year, and says so by the year alone.
      const text =
        inner && date.endsWith('-01-01') ? date.slice(0, 4) : formatShortDate(date, lang, { year: i === 0 || date.slice(0, 4) !== dates[i - 1].slice(0, 4) });
      const width = textWidth(text);
      const x = xOfDay(date);
      // Centred under its tick, but kept inside the viewBox.
      const centre = Math.min(Math.max(x, width / 2 + 2), WIDTH - width / 2 - 2);
      return { date, x, text, centre, from: centre - width / 2, to: centre + width / 2 };
    });
  const fits = (dates: string[]) => layout(dates).every((tick, i, ticks) => i === 0 || ticks[i - 1].to + 8 <= tick.from);
  const ends = start === end ? [start] : [start, end];
  const within = (dates: string[]) => [ends[0], ...dates, ...ends.slice(1)];
  const months = monthStarts(start, end).filter((date) => fits(within([date])));
  let between: string[] = [];
  for (const rank of [3, 2, 1, 0]) {
    const candidates = months.filter((date) => monthRank(date) <= rank);
    if (fits(within(candidates))) {
      between = candidates;
      break;
    }
  }
  // Over many years even the years crowd: keep every second, third… of them, the most that fit.
  const januaries = months.filter((date) => monthRank(date) === 0);
  for (let every = 2; between.length === 0 && every <= januaries.length; every++) {
    for (let offset = 0; between.length === 0 && offset < every; offset++) {
      const candidates = januaries.filter((_, i) => i % every === offset);
      if (fits(within(candidates))) between = candidates;
    }
  }
  return layout(within(between)).map(({ date, x, text, centre }) => ({ date, x: round(x), label: { x: round(centre), y: PLOT.bottom + 18, anchor: 'middle', lines: [text] } }));
}

/**
 * The chart of the status over time in one language (see StatusChartData): the running totals of
 * signatures and of instruments that count toward entry into force, from the opening for signature
 * at Hanoi to the day the evidence covers, never to the day of the build.
 */
export function statusChart(status: Status, lang: Lang): StatusChartData {
  const text = t(lang);
  const rows = statusHistory(status);
  const { start, end } = historySpan(status, rows);
  const days = differenceInCalendarDays(parseISO(end), parseISO(start));
  const dayIndex = (date: string) => differenceInCalendarDays(parseISO(date), parseISO(start));

  // Day d is the band [d, d + 1): a figure changes at the start of its day and holds to the end of the last.
  const x = scaleLinear().domain([0, days + 1]).range([PLOT.left, PLOT.right]);
  const latest = { signatures: rows.at(-1)?.signatures ?? 0, instruments: rows.at(-1)?.instruments ?? 0 };
  const y = scaleLinear()
    .domain([0, Math.max(INSTRUMENTS_NEEDED, latest.signatures, latest.instruments)])
    .range([PLOT.bottom, PLOT.top])
    .nice(4);

  // The totals before the first row are 0; after the last, they hold to the end of the last day.
  const points = [
    ...(rows[0]?.date === start ? [] : [{ day: 0, signatures: 0, instruments: 0 }]),
    ...rows.map((row) => ({ day: dayIndex(row.date), ...row })),
    { day: days + 1, ...latest },
  ];
  // Instruments are known from the UNTC status only: their line stops at the end of its day (asOf)
  // when other sources carry the signatures further.
  const lastDeposit = rows.reduce((day, row, i) => (row.instruments !== (rows[i - 1]?.instruments ?? 0) ? dayIndex(row.date) : day), 0);
  const instrumentsEnd = Math.min(days + 1, Math.max(dayIndex(status.asOf), lastDeposit) + 1);
  const known = points.filter((point) => point.day < instrumentsEnd);
  const instrumentPoints = [...known, { ...known.at(-1)!, day: instrumentsEnd }];
  const path = (key: 'signatures' | 'instruments', along: typeof points) =>
    line<(typeof points)[number]>()
      .x((point) => x(point.day))
      .y((point) => y(point[key]))
      .curve(curveStepAfter)
      .digits(1)(along) ?? '';

  const labelX = PLOT.right - 2;
  const thresholdLines = wrapLabel(fill(text.chartThresholdLabel, { needed: INSTRUMENTS_NEEDED }), PLOT.right - PLOT.left - 8);
  const [signaturesLabel, instrumentsLabel, thresholdLabel] = dodge([
    { lines: [fill(text.chartSignaturesLabel, { count: latest.signatures })], baseline: y(latest.signatures) - 6 },
    { lines: [fill(text.chartInstrumentsLabel, { count: latest.instruments })], baseline: y(latest.instruments) - 6 },
    { lines: thresholdLines, baseline: y(INSTRUMENTS_NEEDED) - 6 },
  ]).map(({ lines, baseline }): ChartText => ({ x: labelX, y: round(baseline - (lines.length - 1) * LINE_HEIGHT), anchor: 'end', lines }));

  const named = status.participants.filter(signedAtHanoi).length;
  return {
    width: WIDTH,
    height: HEIGHT,
    fontSize: FONT_SIZE,
    lineHeight: LINE_HEIGHT,
    plot: PLOT,
    start,
    end,
    evidence: { asOf: status.asOf, signaturesKnownTo: status.signaturesKnownTo, lastCompared: status.lastCompared },
    rows,
    intervals: signatureIntervals(status),
    ...(named < status.hanoiSignatories.count ? { partial: { named, total: status.hanoiSignatories.count } } : {}),
    latest,
    series: {
      signatures: { d: path('signatures', points), label: signaturesLabel },
      instruments: { d: path('instruments', instrumentPoints), label: instrumentsLabel },
    },
    threshold: { value: INSTRUMENTS_NEEDED, y: round(y(INSTRUMENTS_NEEDED)), label: thresholdLabel },
    xTicks: dateTicks(start, end, (date) => x(dayIndex(date) + 0.5), lang),
    yTicks: y.ticks(4).map((value) => ({
      value,
      y: round(y(value)),
      label: { x: PLOT.left - 6, y: round(y(value) + 0.35 * FONT_SIZE), anchor: 'end', lines: [String(value)] },
    })),
    axisTitles: {
      x: { x: (PLOT.left + PLOT.right) / 2, y: HEIGHT - 8, anchor: 'middle', lines: [text.chartDateAxis] },
      y: { x: 2, y: 16, anchor: 'start', lines: [text.chartCountAxis] },
    },
  };
}
