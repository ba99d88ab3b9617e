import type { Status } from '../schema';
import { evidenceDate, HANOI_CEREMONY, instrumentsInOrder } from './rules';

/*
 * The status over time (content/status.md): how many had signed, and how many instruments counted
 * toward entry into force, on each day a figure changed. The sources give days, never times, and
 * some signatures only an interval of days: such a signature is counted on the last day of its
 * interval, the first day on which it has certainly been made, so no figure rests on a day the
 * sources do not give.
 */

/** The running totals at the end of a day on which at least one of them changed. */
export type StatusHistoryRow = {
  /** `YYYY-MM-DD`. */
  date: string;
  /** Signatures made by the end of the day, an organization's included. */
  signatures: number;
  /** Instruments deposited by the end of the day that count toward the 40 (Article 65(1)): never an organization's. */
  instruments: number;
};

/** A span of days the sources give for some signatures instead of one day. */
export type SignatureInterval = { date: string; endDate: string; count: number };

/** The first day on which a signature has certainly been made: its day, or the last day of its interval. */
export function signatureCountedOn(signed: { date: string; endDate?: string }): string {
  return signed.endDate ?? signed.date;
}

/**
 * One row per day on which the signatures or the counted instruments changed, oldest first, each
 * with the totals so far. Same-day events make one row; an instrument of a regional economic
 * integration organization (the EU) adds nothing, as Article 65(1) does not count it.
 */
export function statusHistory({ participants }: Pick<Status, 'participants'>): StatusHistoryRow[] {
  const changes = new Map<string, { signatures: number; instruments: number }>();
  const add = (date: string, key: 'signatures' | 'instruments') => {
    const day = changes.get(date) ?? { signatures: 0, instruments: 0 };
    day[key] += 1;
    changes.set(date, day);
  };
  for (const { signed } of participants) if (signed) add(signatureCountedOn(signed), 'signatures');
  for (const instrument of instrumentsInOrder(participants)) if (instrument.number !== undefined) add(instrument.date, 'instruments');

  let signatures = 0;
  let instruments = 0;
  return [...changes.keys()].sort().map((date) => {
    signatures += changes.get(date)!.signatures;
    instruments += changes.get(date)!.instruments;
    return { date, signatures, instruments };
  });
}

/** The intervals of days signatures are known only as, each once with how many signatures, oldest first. */
export function signatureIntervals({ participants }: Pick<Status, 'participants'>): SignatureInterval[] {
  const intervals = new Map<string, SignatureInterval>();
  for (const { signed } of participants) {
    if (!signed?.endDate) continue;
    const key = `${signed.date}/${signed.endDate}`;
    const interval = intervals.get(key) ?? { date: signed.date, endDate: signed.endDate, count: 0 };
    interval.count += 1;
    intervals.set(key, interval);
  }
  return [...intervals.values()].sort((a, b) => a.date.localeCompare(b.date) || a.endDate.localeCompare(b.endDate));
}

/**
 * The days a history of the status covers, `YYYY-MM-DD`: from the opening for signature at Hanoi to
 * the evidence date. A row dated outside them (content that contradicts its own `asOf`) widens them
 * rather than falling off the chart.
 */
export function historySpan(status: Pick<Status, 'asOf' | 'signaturesKnownTo'>, rows: StatusHistoryRow[]): { start: string; end: string } {
  const first = rows[0]?.date;
  const last = rows.at(-1)?.date;
  const end = evidenceDate(status);
  return {
    start: first && first < HANOI_CEREMONY.date ? first : HANOI_CEREMONY.date,
    end: last && last > end ? last : end,
  };
}
