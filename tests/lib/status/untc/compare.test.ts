import { describe, expect, it } from 'vitest';
import type { Participant, Status } from '@/lib/schema';
import { changesRows, compareStatus } from '@/lib/status/untc/compare';
import type { UntcParticipant, UntcStatus } from '@/lib/status/untc/status-xml';

const SIGNED = 'https://example.org/signed';

function status(participants: Participant[], hanoiSignatories = 2): Status {
  return { asOf: '2025-11-16', hanoiSignatories: { count: hanoiSignatories, source: SIGNED }, participants, domesticSteps: [] };
}

function untc(participants: Omit<UntcParticipant, 'row'>[], header: UntcStatus['header'] = {}): UntcStatus {
  return { treaty: { id: 'XVIII-16', title: 'T' }, asOf: '2026-01-16', header, participants: participants.map((p, i) => ({ row: i + 1, ...p })) };
}

const compare = (s: Status, u: UntcStatus) => compareStatus(s, u, (code) => `name of ${code}`);

describe('comparing content/status.md with a UNTC file', () => {
  it('finds nothing to change where UNTC confirms every row', () => {
    const result = compare(
      status([
        { code: 'VN', signed: { date: '2025-10-25' }, source: SIGNED },
        { code: 'AT', signed: { date: '2025-10-25' }, source: SIGNED, instrument: { type: 'ratification', date: '2026-01-12', source: SIGNED } },
      ]),
      untc([
        { name: 'Viet Nam', code: 'VN', signed: '2025-10-25' },
        { name: 'Austria', code: 'AT', signed: '2025-10-25', instrument: { type: 'ratification', date: '2026-01-12' } },
      ]),
    );
    expect(result).toMatchObject({ added: [], signatures: [], instruments: [], notInUntc: [], unchanged: ['VN', 'AT'] });
    expect(changesRows(result)).toBe(false);
  });

  it('gives the day UNTC gives for an interval, and a day UNTC gives otherwise', () => {
    const result = compare(
      status([
        { code: 'DZ', signed: { date: '2025-10-25', endDate: '2025-10-26' }, source: SIGNED },
        { code: 'ML', signed: { date: '2025-10-26' }, source: SIGNED },
      ]),
      untc([
        { name: 'Algeria', code: 'DZ', signed: '2025-10-25' },
        { name: 'Mali', code: 'ML', signed: '2025-10-25' },
      ]),
    );
    expect(result.signatures).toEqual([
      { code: 'DZ', name: 'Algeria', from: '2025-10-25/2025-10-26', to: '2025-10-25', newRow: false },
      { code: 'ML', name: 'Mali', from: '2025-10-26', to: '2025-10-25', newRow: false },
    ]);
    expect(result.unchanged).toEqual([]);
    expect(changesRows(result)).toBe(true);
  });

  it('adds the participants UNTC lists and status.md does not, with their signatures and instruments', () => {
    const result = compare(status([]), untc([
      { name: 'Mongolia', code: 'MN', signed: '2026-01-10' },
      { name: 'Iceland', code: 'IS', instrument: { type: 'accession', date: '2026-01-15' } },
    ]));
    expect(result.added.map((p) => p.code)).toEqual(['MN', 'IS']);
    expect(result.signatures).toEqual([{ code: 'MN', name: 'Mongolia', from: undefined, to: '2026-01-10', newRow: true }]);
    expect(result.instruments).toEqual([{ code: 'IS', name: 'Iceland', from: undefined, to: { type: 'accession', date: '2026-01-15' }, newRow: true }]);
  });

  it('reports new instruments and changed ones, kind or day', () => {
    const deposited = (type: 'ratification' | 'approval', date: string): Participant => ({ code: 'FR', signed: { date: '2025-10-25' }, source: SIGNED, instrument: { type, date, source: SIGNED } });
    const row = { name: 'France', code: 'FR', signed: '2025-10-25', instrument: { type: 'approval' as const, date: '2026-01-14' } };
    expect(compare(status([{ code: 'FR', signed: { date: '2025-10-25' }, source: SIGNED }]), untc([row])).instruments[0]).toMatchObject({ from: undefined, to: row.instrument });
    expect(compare(status([deposited('ratification', '2026-01-14')]), untc([row])).instruments[0]).toMatchObject({ from: { type: 'ratification', date: '2026-01-14' } });
    expect(compare(status([deposited('approval', '2026-01-13')]), untc([row])).instruments[0]).toMatchObject({ from: { type: 'approval', date: '2026-01-13' } });
    expect(compare(status([deposited('approval', '2026-01-14')]), untc([row])).instruments).toEqual([]);
  });

  it('reports, and keeps, what status.md records and UNTC does not show', () => {
    const result = compare(
      status([
        { code: 'MU', signed: { date: '2025-11-19' }, source: SIGNED },
        { code: 'AT', signed: { date: '2025-10-25', endDate: '2025-10-26' }, source: SIGNED, instrument: { type: 'ratification', date: '2026-01-12', source: SIGNED } },
        { code: 'IS', instrument: { type: 'accession', date: '2026-01-15', source: SIGNED } },
      ]),
      untc([
        { name: 'Austria', code: 'AT', instrument: { type: 'ratification', date: '2026-01-12' } },
        { name: 'Iceland', code: 'IS', signed: '2026-01-02' },
      ]),
    );
    expect(result.notInUntc).toEqual([{ code: 'MU', name: 'name of MU' }]);
    expect(result.signaturesNotInUntc).toEqual([{ code: 'AT', name: 'Austria', signed: '2025-10-25/2025-10-26' }]);
    expect(result.instrumentsNotInUntc).toEqual([{ code: 'IS', name: 'Iceland', instrument: { type: 'accession', date: '2026-01-15' } }]);
    expect(result.unchanged).toEqual(['AT']);
  });

  it('counts the header against the rows, and the Hanoi signatories against the rows signed on 25 or 26 October 2025', () => {
    const result = compare(
      status([], 72),
      untc(
        [
          { name: 'Viet Nam', code: 'VN', signed: '2025-10-25' },
          { name: 'Mali', code: 'ML', signed: '2025-10-26' },
          { name: 'Mauritius', code: 'MU', signed: '2025-11-19', instrument: { type: 'ratification', date: '2026-02-01' } },
          { name: 'Iceland', code: 'IS', instrument: { type: 'accession', date: '2026-01-15' } },
        ],
        { signatories: 4, parties: 2 },
      ),
    );
    expect(result.counts).toEqual({ header: { signatories: 4, parties: 2 }, rowsSigned: 3, rowsWithInstrument: 2, hanoiSignatories: 72, rowsSignedAtHanoi: 2 });
  });
});
