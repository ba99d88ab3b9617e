import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Participant } from '@/lib/schema';
import { evidenceDate } from '@/lib/status/rules';
import { historySpan, signatureCountedOn, signatureIntervals, statusHistory } from '@/lib/status/history';

const SOURCE = 'https://example.org/status';

const signed = (code: string, date: string, endDate?: string): Participant => ({ code, signed: endDate ? { date, endDate } : { date }, source: SOURCE });

const deposited = (participant: Participant, date: string, type: 'ratification' | 'approval' | 'accession' = 'ratification'): Participant => ({
  ...participant,
  instrument: { type, date, source: SOURCE },
});

afterEach(() => {
  vi.useRealTimers();
});

describe('statusHistory', () => {
  it('counts a signature known only as an interval of days on the last day of it, never on a day the sources do not give', () => {
    const rows = statusHistory({ participants: [signed('VN', '2025-10-25'), signed('SA', '2025-10-25', '2025-10-26'), signed('FR', '2025-10-25', '2025-10-26')] });
    expect(rows).toEqual([
      { date: '2025-10-25', signatures: 1, instruments: 0 },
      { date: '2025-10-26', signatures: 3, instruments: 0 },
    ]);
    expect(signatureCountedOn({ date: '2025-10-25', endDate: '2025-10-26' })).toBe('2025-10-26');
    expect(signatureCountedOn({ date: '2025-11-19' })).toBe('2025-11-19');
  });

  it('does not count the EU’s instrument (Article 65(1)): its day of deposit alone changes no figure and makes no row', () => {
    const rows = statusHistory({
      participants: [deposited(signed('EU', '2025-10-25', '2025-10-26'), '2026-06-01', 'approval'), deposited(signed('SE', '2025-10-25', '2025-10-26'), '2026-06-02', 'approval')],
    });
    expect(rows).toEqual([
      { date: '2025-10-26', signatures: 2, instruments: 0 },
      { date: '2026-06-02', signatures: 2, instruments: 1 },
    ]);
  });

  it('merges everything that happened on one day into one row, in date order whatever the file order', () => {
    const rows = statusHistory({
      participants: [
        deposited(signed('CL', '2025-10-25'), '2026-03-02'),
        signed('MU', '2026-03-02'),
        deposited(signed('AT', '2025-10-25'), '2026-03-02'),
        deposited(signed('BE', '2025-11-19'), '2026-01-15'),
      ],
    });
    expect(rows).toEqual([
      { date: '2025-10-25', signatures: 2, instruments: 0 },
      { date: '2025-11-19', signatures: 3, instruments: 0 },
      { date: '2026-01-15', signatures: 3, instruments: 1 },
      { date: '2026-03-02', signatures: 4, instruments: 3 },
    ]);
  });

  it('counts an accession by a State that never signed as an instrument, not as a signature', () => {
    const rows = statusHistory({ participants: [signed('VN', '2025-10-25'), { code: 'NO', instrument: { type: 'accession', date: '2027-02-01', source: SOURCE } }] });
    expect(rows.at(-1)).toEqual({ date: '2027-02-01', signatures: 1, instruments: 1 });
  });

  it('is empty when nothing is recorded', () => {
    expect(statusHistory({ participants: [] })).toEqual([]);
  });
});

describe('signatureIntervals', () => {
  it('lists each interval once with how many signatures it holds, oldest first; days are not intervals', () => {
    const participants = [signed('FR', '2025-11-01', '2025-11-03'), signed('SA', '2025-10-25', '2025-10-26'), signed('VN', '2025-10-25'), signed('ES', '2025-10-25', '2025-10-26')];
    expect(signatureIntervals({ participants })).toEqual([
      { date: '2025-10-25', endDate: '2025-10-26', count: 2 },
      { date: '2025-11-01', endDate: '2025-11-03', count: 1 },
    ]);
  });
});

describe('the days a history covers', () => {
  it('end on the UNTC status day, or on the day other sources carry the signatures to when that is later', () => {
    expect(evidenceDate({ asOf: '2025-11-16' })).toBe('2025-11-16');
    expect(evidenceDate({ asOf: '2025-11-16', signaturesKnownTo: '2025-11-19' })).toBe('2025-11-19');
    expect(evidenceDate({ asOf: '2025-11-16', signaturesKnownTo: '2025-11-10' })).toBe('2025-11-16');
  });

  it('start at the opening for signature in Hanoi and never run to the day of the build', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2031, 5, 1));
    const status = { asOf: '2025-11-16', signaturesKnownTo: '2025-11-19' };
    const rows = statusHistory({ participants: [signed('MU', '2025-11-19'), signed('SA', '2025-10-25', '2025-10-26')] });
    expect(historySpan(status, rows)).toEqual({ start: '2025-10-25', end: '2025-11-19' });
    expect(historySpan(status, [])).toEqual({ start: '2025-10-25', end: '2025-11-19' });
  });

  it('reach a row dated after the evidence rather than drop it', () => {
    expect(historySpan({ asOf: '2025-11-16' }, [{ date: '2026-06-02', signatures: 2, instruments: 1 }])).toEqual({ start: '2025-10-25', end: '2026-06-02' });
  });
});
