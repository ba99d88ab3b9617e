import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_DIR, loadContent } from '@/lib/content';
import type { Status } from '@/lib/schema';
import { FACTS_IN_FIGURES, statusFigures } from '@/lib/status/figures';
import { fortyInstruments } from '../../components/status-examples';

const { status, keyFacts } = loadContent(CONTENT_DIR);

const originalTz = process.env.TZ;
afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe('the signature figure, counted on the day of the build', () => {
  it.each([
    ['2026-12-02', true, 29],
    ['2026-12-30', true, 1],
    ['2026-12-31', true, 0],
    ['2027-01-01', false, 0],
  ])('on %s: open %s, %i days left', (today, open, daysLeft) => {
    expect(statusFigures(status, today).signature).toEqual({ open, closes: '2026-12-31', daysLeft, countedOn: today });
  });

  // Calendar days between local dates: a change of clocks between the two days (8 March in Los
  // Angeles) neither adds nor loses one.
  it.each(['America/Los_Angeles', 'Asia/Ho_Chi_Minh'])('counts the same days in %s, across a change of clocks', (zone) => {
    process.env.TZ = zone;
    expect(statusFigures(status, '2026-03-01').signature.daysLeft).toBe(305);
    expect(statusFigures(status, '2026-12-02').signature.daysLeft).toBe(29);
  });
});

describe('the signatories figure: one count with its basis', () => {
  it('gives the site’s count: 73 known, 72 States and the EU; 72 at Hanoi, 71 States and the EU, as the fact sheet has it', () => {
    expect(statusFigures(status, '2026-12-02').signatories).toEqual({ known: 73, knownStates: 72, atHanoi: 72, atHanoiStates: 71, knownTo: '2025-11-19' });
  });

  it('counts every signatory a State when no organization signed', () => {
    const statesOnly: Status = { ...status, participants: status.participants.filter((participant) => participant.code !== 'EU') };
    expect(statusFigures(statesOnly, '2026-12-02').signatories).toMatchObject({ known: 72, knownStates: 72, atHanoi: 72, atHanoiStates: 72 });
  });

  it('is known to the UNTC status day when no later source carries the signatures further', () => {
    expect(statusFigures({ ...status, signaturesKnownTo: undefined }, '2026-12-02').signatories.knownTo).toBe('2025-11-16');
  });
});

describe('the instruments figure', () => {
  it('counts none of the 40 in the site’s status, as of its UNTC day, with no date of entry into force', () => {
    expect(statusFigures(status, '2026-12-02').instruments).toEqual({ counted: 0, needed: 40, asOf: '2025-11-16', entryIntoForce: undefined });
  });

  it('gives the date of entry into force once the 40th is in: 90 days after Viet Nam’s, not counting the EU’s', () => {
    const figures = statusFigures(fortyInstruments, '2027-07-20');
    expect(figures.instruments).toEqual({ counted: 40, needed: 40, asOf: '2027-07-15', entryIntoForce: '2027-09-29' });
    expect(figures.signatories).toEqual({ known: 41, knownStates: 40, atHanoi: 72, atHanoiStates: 71, knownTo: '2027-07-15' });
  });
});

describe('FACTS_IN_FIGURES, the key facts the home leaves to the figures', () => {
  it('names only key facts of content/key-facts.md, so that renaming one there cannot bring it back twice on the home', () => {
    const ids = keyFacts.map((fact) => fact.id);
    expect(FACTS_IN_FIGURES.filter((id) => !ids.includes(id))).toEqual([]);
  });
});
