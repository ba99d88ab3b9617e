import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_DIR, loadContent, loadStatus } from '@/lib/content';
import { ProblemLog } from '@/lib/content/problem-log';
import type { Participant } from '@/lib/schema';
import { countedInstruments, entryIntoForce, instrumentsInOrder, openForSignature, statusOverview } from '@/lib/status/rules';
import { FIXTURE_DIR } from '../content-dir';

/** Forty-one States, for counting instruments toward the 40. */
const STATES = 'AR AT AU BE BG BR CA CH CL CN CO CZ DE DK EE ES FI FR GB GR HR HU IE IN IT JP KR LT LU LV MT MX NL NO NZ PL PT RO SE SI SK'.split(' ');

/** A State that signed at Hanoi and deposited an instrument of ratification on a day. */
function ratified(code: string, date: string): Participant {
  return {
    code,
    signed: { date: '2025-10-25', endDate: '2025-10-26' },
    source: 'https://example.org/signed',
    instrument: { type: 'ratification', date, source: 'https://example.org/deposited' },
  };
}

const signedOnly = (code: string): Participant => ({ code, signed: { date: '2025-10-25' }, source: 'https://example.org/signed' });

/** The first n States: all deposit on 1 January 2003 but the last, which deposits on lastDate. */
function statesDepositing(n: number, lastDate = '2003-01-02'): Participant[] {
  return STATES.slice(0, n).map((code, i) => ratified(code, i === n - 1 ? lastDate : '2003-01-01'));
}

const originalTz = process.env.TZ;
afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe.each(['America/Los_Angeles', 'Asia/Ho_Chi_Minh'])('entry into force (Article 65(1)) in %s', (zone) => {
  it('is the 90th day after the 40th instrument: the Organized Crime Convention, 1 July → 29 September 2003', () => {
    process.env.TZ = zone;
    const result = entryIntoForce(statesDepositing(40, '2003-07-01'));
    expect(result?.date).toBe('2003-09-29');
    expect(result?.fortieth).toMatchObject({ code: STATES[39], date: '2003-07-01', number: 40 });
  });

  it('counts across a change of year and a leap day', () => {
    process.env.TZ = zone;
    expect(entryIntoForce(statesDepositing(40, '2023-12-15'))?.date).toBe('2024-03-14');
  });
});

describe('entry into force before the 40th instrument', () => {
  it('has no date: none, one or 39 instruments give nothing to compute from', () => {
    expect(entryIntoForce([])).toBeUndefined();
    expect(entryIntoForce([signedOnly('VN')])).toBeUndefined();
    expect(entryIntoForce(statesDepositing(1))).toBeUndefined();
    expect(entryIntoForce(statesDepositing(39))).toBeUndefined();
  });

  it('never counts a signature, only instruments', () => {
    expect(countedInstruments([...statesDepositing(39), ...STATES.slice(39).map(signedOnly)])).toBe(39);
  });
});

describe('an instrument of a regional economic integration organization (the EU)', () => {
  const eu = ratified('EU', '2003-01-01');

  it('does not make 39 States the 40 needed', () => {
    const participants = [...statesDepositing(39), eu];
    expect(countedInstruments(participants)).toBe(39);
    expect(entryIntoForce(participants)).toBeUndefined();
  });

  it('leaves the date to the 40th State', () => {
    const participants = [eu, ...statesDepositing(40, '2003-07-01')];
    expect(countedInstruments(participants)).toBe(40);
    expect(entryIntoForce(participants)).toMatchObject({ date: '2003-09-29', fortieth: { code: STATES[39] } });
  });

  it('is listed in its place in time, without a number', () => {
    const listed = instrumentsInOrder([ratified('FR', '2026-03-02'), ratified('EU', '2026-03-01'), ratified('AT', '2026-02-01')]);
    expect(listed.map(({ code, number }) => [code, number])).toEqual([
      ['AT', 1],
      ['EU', undefined],
      ['FR', 2],
    ]);
  });

  it('is named in the overview as not counted', () => {
    const overview = statusOverview({ asOf: '2025-11-16', hanoiSignatories: { count: 72, source: 'https://example.org' }, participants: [eu, ...statesDepositing(2)], domesticSteps: [] }, '2026-12-01');
    expect(overview).toMatchObject({ counted: 2, uncounted: ['EU'], entryIntoForce: undefined });
  });
});

describe('the signature period (Article 64)', () => {
  it('is open to the end of 31 December 2026 and closed from 1 January 2027', () => {
    expect(openForSignature('2025-10-25')).toBe(true);
    expect(openForSignature('2026-12-31')).toBe(true);
    expect(openForSignature('2027-01-01')).toBe(false);
  });

  it('is in the overview for the day given, never for the day the code runs', () => {
    const status = { asOf: '2025-11-16', hanoiSignatories: { count: 72, source: 'https://example.org' }, participants: [], domesticSteps: [] };
    expect(statusOverview(status, '2026-12-31').signatureOpen).toBe(true);
    expect(statusOverview(status, '2027-01-01').signatureOpen).toBe(false);
  });
});

describe('statusOverview’s signatories: one count with its basis', () => {
  const status = (participants: Participant[], atHanoi = 72) => ({ asOf: '2025-11-16', hanoiSignatories: { count: atHanoi, source: 'https://example.org' }, participants, domesticSteps: [] });
  const eu = (date: string, endDate?: string): Participant => ({ code: 'EU', signed: { date, endDate }, source: 'https://example.org/signed' });
  const acceded: Participant = { code: 'NO', instrument: { type: 'accession', date: '2027-02-01', source: 'https://example.org/a' } };

  it('counts every signature known and how many are States, and takes the count at Hanoi from UNTC, less the EU when it signed there', () => {
    const { signatories } = statusOverview(status([signedOnly('VN'), ratified('CL', '2026-02-01'), eu('2025-10-25', '2025-10-26'), acceded]), '2026-12-02');
    expect(signatories).toEqual({ known: 3, knownStates: 2, atHanoi: 72, atHanoiStates: 71 });
  });

  it('leaves every signatory at Hanoi a State when the EU signed later', () => {
    const { signatories } = statusOverview(status([signedOnly('VN'), eu('2025-11-20')]), '2026-12-02');
    expect(signatories).toEqual({ known: 2, knownStates: 1, atHanoi: 72, atHanoiStates: 72 });
  });

  it('never counts an accession, which is no signature', () => {
    expect(statusOverview(status([acceded], 0), '2027-03-01').signatories).toEqual({ known: 0, knownStates: 0, atHanoi: 0, atHanoiStates: 0 });
  });
});

describe('instrumentsInOrder', () => {
  it('lists the oldest deposit first, whatever the order of the file', () => {
    const listed = instrumentsInOrder([ratified('SE', '2026-05-01'), signedOnly('VN'), ratified('CL', '2026-02-01')]);
    expect(listed.map(({ code, date, number }) => [code, date, number])).toEqual([
      ['CL', '2026-02-01', 1],
      ['SE', '2026-05-01', 2],
    ]);
  });

  it('orders deposits of the same day by code', () => {
    const sameDay = ['PT', 'BE', 'MX'].map((code) => ratified(code, '2026-04-01'));
    expect(instrumentsInOrder(sameDay).map((i) => i.code)).toEqual(['BE', 'MX', 'PT']);
    expect(instrumentsInOrder([...sameDay].reverse()).map((i) => i.code)).toEqual(['BE', 'MX', 'PT']);
  });

  it('includes accessions by States that never signed', () => {
    const acceded: Participant = { code: 'NO', instrument: { type: 'accession', date: '2027-02-01', source: 'https://example.org/a' } };
    expect(instrumentsInOrder([acceded])).toEqual([{ code: 'NO', type: 'accession', date: '2027-02-01', source: 'https://example.org/a', number: 1 }]);
  });
});

describe('loadStatus', () => {
  function statusFile(participants: string): { dir: string; file: string } {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'status-'));
    const file = path.join(dir, 'status.md');
    fs.writeFileSync(file, `---\nasOf: "2025-11-16"\nhanoiSignatories:\n  count: 72\n  source: https://example.org/untc\nparticipants:\n${participants}---\n`);
    return { dir, file: path.relative(process.cwd(), file) };
  }

  const entry = (lines: string) => `  - ${lines.trim().split('\n').join('\n    ')}\n`;
  const signedVN = entry('code: VN\nsigned: 2025-10-25\nsource: https://example.org/s');

  function problems(participants: string) {
    const { dir, file } = statusFile(participants);
    const log = new ProblemLog();
    expect(loadStatus(dir, log)).toBeUndefined();
    return { file, errors: log.errors };
  }

  it('reads signatures as dates and intervals of days', () => {
    const { dir } = statusFile(signedVN + entry('code: EU\nsigned: 2025-10-25/2025-10-26\nsource: https://example.org/s'));
    const log = new ProblemLog();
    expect(loadStatus(dir, log)?.participants.map((p) => p.signed)).toEqual([{ date: '2025-10-25' }, { date: '2025-10-25', endDate: '2025-10-26' }]);
    expect(log.errors).toEqual([]);
  });

  it.each([
    ['an unknown code', entry('code: XX\nsigned: 2025-10-25\nsource: https://example.org/s'), 'participants[0].code', '"XX" is not an ISO 3166-1 alpha-2 country code in capitals, such as VN (or EU)'],
    ['a code in small letters', entry('code: vn\nsigned: 2025-10-25\nsource: https://example.org/s'), 'participants[0].code', '"vn" must be written in capitals ("VN")'],
    ['a code listed twice', signedVN + signedVN, 'participants[1].code', '"VN" is also participants[0] (list each participant once)'],
    [
      'an instrument before the signature',
      entry('code: VN\nsigned: 2025-10-25\nsource: https://example.org/s\ninstrument: { type: ratification, date: 2025-10-24, source: https://example.org/r }'),
      'participants[0].instrument.date',
      '2025-10-24 is before the signature (2025-10-25)',
    ],
    [
      'an instrument before the first day a signature could have been',
      entry('code: VN\nsigned: 2025-10-25/2025-10-26\nsource: https://example.org/s\ninstrument: { type: approval, date: 2025-10-01, source: https://example.org/r }'),
      'participants[0].instrument.date',
      '2025-10-01 is before the signature (2025-10-25)',
    ],
    [
      'an accession by a signatory',
      entry('code: VN\nsigned: 2025-10-25\nsource: https://example.org/s\ninstrument: { type: accession, date: 2026-10-01, source: https://example.org/r }'),
      'participants[0].instrument.type',
      'accession is for a State that did not sign (a signatory deposits ratification, acceptance or approval)',
    ],
    [
      'a ratification without a signature',
      entry('code: VN\ninstrument: { type: ratification, date: 2026-10-01, source: https://example.org/r }'),
      'participants[0].signed',
      'is missing (expected YYYY-MM-DD; only a State that joins by accession has no signature)',
    ],
    ['a signature without its source', entry('code: VN\nsigned: 2025-10-25'), 'participants[0].source', 'is missing (expected the web address where the signature is verified)'],
    [
      'a signature source without a signature',
      entry('code: NO\nsource: https://example.org/s\ninstrument: { type: accession, date: 2026-10-01, source: https://example.org/r }'),
      'participants[0].source',
      'is the source of a signature, but signed is missing (an instrument has a source of its own)',
    ],
    [
      'an interval the wrong way round',
      entry('code: VN\nsigned: 2025-10-26/2025-10-25\nsource: https://example.org/s'),
      'participants[0].signed',
      '"2025-10-26/2025-10-25" is not a date (expected YYYY-MM-DD, or YYYY-MM-DD/YYYY-MM-DD with the later day second)',
    ],
    [
      'an unknown kind of instrument',
      entry('code: VN\nsigned: 2025-10-25\nsource: https://example.org/s\ninstrument: { type: ratified, date: 2026-10-01, source: https://example.org/r }'),
      'participants[0].instrument.type',
      '"ratified" is not a kind of instrument (expected ratification, acceptance, approval or accession)',
    ],
    ['a misspelt field', entry('code: VN\nsigned: 2025-10-25\nsource: https://example.org/s\nsinged: 2025-10-25'), 'participants[0].singed', 'is not a known field (check the spelling)'],
  ])('reports %s with the file and the field', (_case, participants, field, message) => {
    const { file, errors } = problems(participants);
    expect(errors).toEqual([{ file, field, message }]);
  });

  it('reports a missing file', () => {
    const log = new ProblemLog();
    loadStatus(fs.mkdtempSync(path.join(os.tmpdir(), 'status-')), log);
    expect(log.errors).toHaveLength(1);
  });

  it('stops loadContent, as every content error does', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-'));
    fs.cpSync(FIXTURE_DIR, dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'status.md'), '---\nasOf: "2025-11-16"\n---\n');
    expect(() => loadContent(dir)).toThrow('status.md: hanoiSignatories: is missing (expected count and source)');
  });
});

describe('the site status file', () => {
  const { status } = loadContent(CONTENT_DIR);

  it('lists the signatories the fact sheet names, and no instrument, since none is verified', () => {
    // All 72 Hanoi signatories the fact sheet names, and Mauritius, the one later signature it knows.
    expect(status.participants).toHaveLength(73);
    expect(status.participants.filter((p) => p.instrument)).toEqual([]);
    expect(statusOverview(status, '2026-12-01')).toMatchObject({ asOf: '2025-11-16', signaturesKnownTo: '2025-11-19', hanoiSignatories: { count: 72 }, namedAtHanoi: 72, counted: 0, entryIntoForce: undefined });
  });

  it('counts 73 signatories known, 72 States and the EU, and 72 at Hanoi, 71 States and the EU, as the fact sheet has them', () => {
    expect(statusOverview(status, '2026-12-01').signatories).toEqual({ known: 73, knownStates: 72, atHanoi: 72, atHanoiStates: 71 });
  });

  it('gives a day only where the fact sheet does', () => {
    const days = status.participants.filter((p) => !p.signed?.endDate).map((p) => [p.code, p.signed?.date]);
    // UNTC gives 25 October for the 31 names from Algeria to Jamaica (in the fact sheet's order).
    const algeriaToJamaica = 'DZ AO AU AT AZ BY BE BR BN BF KH CL CN CR CI CU CZ KP CD DJ DO EC EG EU FR GH GR GW IR IE JM'.split(' ');
    expect(algeriaToJamaica).toHaveLength(31);
    expect(days).toEqual([
      ...algeriaToJamaica.map((code) => [code, '2025-10-25']),
      ['ML', '2025-10-26'],
      ['RW', '2025-10-26'],
      ['SA', '2025-10-26'],
      ['VN', '2025-10-25'],
      ['MU', '2025-11-19'],
    ]);
  });
});
