import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { Participant, Status } from '@/lib/schema';
import { statusChart, wrapLabel, type ChartText } from '@/lib/status/chart';

const SOURCE = 'https://example.org/status';
const hanoi = (code: string): Participant => ({ code, signed: { date: '2025-10-25', endDate: '2025-10-26' }, source: SOURCE });

/** The evidence of 16 November 2025, a signature seen elsewhere on the 19th, no instrument. */
const noInstruments: Status = {
  asOf: '2025-11-16',
  signaturesKnownTo: '2025-11-19',
  hanoiSignatories: { count: 3, source: SOURCE },
  domesticSteps: [],
  participants: [{ code: 'VN', signed: { date: '2025-10-25' }, source: SOURCE }, hanoi('SA'), hanoi('EU'), { code: 'MU', signed: { date: '2025-11-19' }, source: SOURCE }],
};

const STATES = 'AR AT AU BE BG BR CA CH CL CN CO CZ DE DK EE ES FI FR GB GR HR HU IE IN IT JP KR LT LU LV MT MX NL NO NZ PL PT RO SE SI'.split(' ');

/** Forty States ratify, the last on 1 July 2027; the EU approves too (not counted). */
const forty: Status = {
  asOf: '2027-07-15',
  hanoiSignatories: { count: 72, source: SOURCE },
  domesticSteps: [],
  participants: [
    ...STATES.map((code, i) => ({ ...hanoi(code), instrument: { type: 'ratification' as const, date: i < 39 ? '2026-11-20' : '2027-07-01', source: SOURCE } })),
    { ...hanoi('EU'), instrument: { type: 'approval', date: '2026-11-20', source: SOURCE } },
  ],
};

/** The points of a path `d` of straight lines ("M36,184L46.5,184…"). */
const points = (d: string) => [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map(([, x, y]) => [Number(x), Number(y)]);

const yOf = (chart: ReturnType<typeof statusChart>, value: number) => chart.yTicks.find((tick) => tick.value === value)!.y;

const originalTz = process.env.TZ;
afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});
afterEach(() => {
  vi.useRealTimers();
});

describe('statusChart', () => {
  it('runs from the opening for signature to the evidence date, not to the day of the build', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2031, 0, 1));
    const chart = statusChart(noInstruments, 'en');
    expect([chart.start, chart.end]).toEqual(['2025-10-25', '2025-11-19']);
    expect(chart.xTicks.map((tick) => tick.date)).toEqual(['2025-10-25', '2025-11-01', '2025-11-19']);
    // Signatures run to the right edge of the plot, the end of the last day other sources cover;
    // instruments, known from the UNTC status alone, to the end of its day (16 November).
    expect(points(chart.series.signatures.d)[0][0]).toBe(chart.plot.left);
    expect(points(chart.series.signatures.d).at(-1)![0]).toBe(chart.plot.right);
    expect(points(chart.series.instruments.d)[0][0]).toBe(chart.plot.left);
    const dayWidth = (chart.plot.right - chart.plot.left) / 26;
    expect(points(chart.series.instruments.d).at(-1)![0]).toBeCloseTo(chart.plot.right - 3 * dayWidth, 0);
  });

  it('steps the signatures up on the last day of an interval, and holds each total to the next change', () => {
    const chart = statusChart(noInstruments, 'en');
    expect(chart.rows).toEqual([
      { date: '2025-10-25', signatures: 1, instruments: 0 },
      { date: '2025-10-26', signatures: 3, instruments: 0 },
      { date: '2025-11-19', signatures: 4, instruments: 0 },
    ]);
    const { left, right } = chart.plot;
    const day = (right - left) / 26; // 25 October to 19 November: 26 days.
    const ys = [...new Set(points(chart.series.signatures.d).map(([, y]) => y))];
    expect(ys).toEqual([1, 3, 4].map((n) => yOf(chart, 0) - (n / 40) * (yOf(chart, 0) - yOf(chart, 40))).map((y) => Math.round(y * 10) / 10));
    // The step to 3 is at the start of 26 October (one day in), not at the start of the 25th.
    expect(points(chart.series.signatures.d)).toContainEqual([Math.round((left + day) * 10) / 10, ys[1]]);
  });

  it('draws the instruments as a flat line at 0 across the whole plot when there are none, and labels it', () => {
    const chart = statusChart(noInstruments, 'en');
    expect(new Set(points(chart.series.instruments.d).map(([, y]) => y))).toEqual(new Set([chart.plot.bottom]));
    expect(chart.series.instruments.label.lines).toEqual(['Instruments counted: 0']);
    expect(chart.series.signatures.label.lines).toEqual(['Signatures: 4']);
  });

  it('marks the 40 with a line at the height of 40 on the scale, labelled in two lines', () => {
    const chart = statusChart(noInstruments, 'en');
    expect(chart.threshold.y).toBe(yOf(chart, 40));
    expect(chart.threshold.label.lines).toEqual(['40 instruments:', 'entry into force 90 days later']);
    expect(statusChart(noInstruments, 'vi').threshold.label.lines).toEqual(['40 văn kiện:', 'Công ước có hiệu lực sau 90 ngày']);
  });

  it('counts 40 instruments, not the EU’s 41st, and keeps the three labels apart when their lines meet', () => {
    const chart = statusChart(forty, 'en');
    expect(chart.latest).toEqual({ signatures: 41, instruments: 40 });
    expect(chart.rows.map((row) => [row.date, row.instruments])).toEqual([
      ['2025-10-26', 0],
      ['2026-11-20', 39],
      ['2027-07-01', 40],
    ]);
    expect(points(chart.series.instruments.d).at(-1)![1]).toBe(chart.threshold.y);
    const box = (label: ChartText) => ({ top: label.y - 10, bottom: label.y + (label.lines.length - 1) * chart.lineHeight + 4 });
    const boxes = [chart.series.instruments.label, chart.threshold.label, chart.series.signatures.label].map(box).sort((a, b) => a.top - b.top);
    boxes.slice(1).forEach((b, i) => expect(b.top).toBeGreaterThanOrEqual(boxes[i].bottom));
  });

  it('says when the list names fewer signatories at Hanoi than signed there', () => {
    expect(statusChart(forty, 'en').partial).toEqual({ named: 41, total: 72 });
    expect(statusChart(noInstruments, 'en').partial).toBeUndefined();
  });

  it('scales to the largest total, with round ticks, and always shows the 40', () => {
    expect(statusChart(noInstruments, 'en').yTicks.map((tick) => tick.value)).toEqual([0, 10, 20, 30, 40]);
    const many = { ...noInstruments, participants: [...noInstruments.participants, ...STATES.map(hanoi), ...'IS JM KE LB MA MN'.split(' ').map(hanoi)] };
    expect(statusChart(many, 'en').yTicks.map((tick) => tick.value)).toEqual([0, 10, 20, 30, 40, 50]);
  });

  it('writes the dates of the axis in the page’s language, the year once, and months that fit between the ends', () => {
    expect(statusChart(noInstruments, 'en').xTicks.map((tick) => tick.label.lines[0])).toEqual(['25 Oct 2025', '1 Nov', '19 Nov']);
    expect(statusChart(noInstruments, 'vi').xTicks.map((tick) => tick.label.lines[0])).toEqual(['25/10/2025', '1/11', '19/11']);
    const ticks = statusChart(forty, 'en').xTicks.map((tick) => tick.label.lines[0]);
    // 1 January between the ends is labelled by its year.
    expect(ticks).toEqual(['25 Oct 2025', '1 Jul 2026', '2027', '15 Jul']);
  });

  it.each([
    ['two years', forty],
    ['nine years', { ...forty, asOf: '2034-06-30' }],
  ])('spaces the dates of the axis regularly over %s, no two labels touching, all inside the viewBox', (_name, status) => {
    for (const lang of ['en', 'vi'] as const) {
      const chart = statusChart(status, lang);
      expect(chart.xTicks.length).toBeGreaterThanOrEqual(3);
      const spans = chart.xTicks.map(({ label }) => [label.x - label.lines[0].length * 3.8, label.x + label.lines[0].length * 3.8]);
      spans.forEach(([from, to], i) => {
        expect(from).toBeGreaterThanOrEqual(0);
        expect(to).toBeLessThanOrEqual(chart.width);
        if (i > 0) expect(from).toBeGreaterThan(spans[i - 1][1]);
      });
      const inner = chart.xTicks.slice(1, -1).map((tick) => tick.date);
      expect(inner.every((date) => date.endsWith('-01'))).toBe(true);
    }
  });

  it.each(['America/Los_Angeles', 'Asia/Ho_Chi_Minh'])('draws the same chart in %s as in UTC (days, never clock time)', (zone) => {
    process.env.TZ = 'UTC';
    const utc = JSON.stringify(statusChart(forty, 'en'));
    process.env.TZ = zone;
    expect(JSON.stringify(statusChart(forty, 'en'))).toBe(utc);
  });
});

describe('wrapLabel', () => {
  it('keeps a short label whole, breaks after a colon when both halves fit, and otherwise between words', () => {
    expect(wrapLabel('Signatures: 73', 200)).toEqual(['Signatures: 73']);
    expect(wrapLabel('40 instruments: entry into force 90 days later', 266)).toEqual(['40 instruments:', 'entry into force 90 days later']);
    expect(wrapLabel('40 instruments: entry into force 90 days later', 130)).toEqual(['40 instruments:', 'entry into force', '90 days later']);
  });
});
