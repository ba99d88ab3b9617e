import type { Participant, Status } from '@/lib/schema';
import { statusFigures } from '@/lib/status/figures';
import { instrumentsInOrder, statusOverview } from '@/lib/status/rules';

/* Named examples for the status components, GOV.UK style: each shows one state of the treaty. */

const UNTC = 'https://treaties.un.org/status';

const atHanoi = (code: string): Participant => ({ code, signed: { date: '2025-10-25', endDate: '2025-10-26' }, source: UNTC });

/** The days on each side of the end of signature (31 December 2026). */
export const days = { signatureOpen: '2026-12-31', signatureClosed: '2027-01-01' };

/** As the fact sheet has it: signatures, no instrument; the UNTC status of 16 November 2025, a later signature seen elsewhere. */
export const signaturesOnly: Status = {
  asOf: '2025-11-16',
  signaturesKnownTo: '2025-11-19',
  hanoiSignatories: { count: 72, source: UNTC },
  domesticSteps: [],
  participants: [
    { code: 'VN', signed: { date: '2025-10-25' }, source: 'https://verdragen.nl/x' },
    atHanoi('EU'),
    atHanoi('SA'),
    { code: 'MU', signed: { date: '2025-11-19' }, source: 'https://verdragen.nl/x' },
  ],
};

/** Two States and the EU have deposited instruments; one State joined without signing. */
export const someInstruments: Status = {
  ...signaturesOnly,
  participants: [
    { ...atHanoi('SE'), instrument: { type: 'approval', date: '2026-06-02', source: UNTC } },
    { ...atHanoi('EU'), instrument: { type: 'approval', date: '2026-06-01', source: UNTC } },
    { code: 'NO', instrument: { type: 'accession', date: '2026-09-30', source: UNTC } },
    atHanoi('CL'),
  ],
};

/** Forty States have ratified: the 40th, Viet Nam, on 1 July 2027. */
export const inForce: Status = {
  ...signaturesOnly,
  participants: [
    ...'AR AT AU BE BG BR CA CH CL CN CO CZ DE DK EE ES FI FR GB GR HR HU IE IN IT JP KR LT LU LV MT MX NL NO NZ PL PT RO SE'
      .split(' ')
      .map((code) => ({ ...atHanoi(code), instrument: { type: 'ratification' as const, date: '2027-01-01', source: UNTC } })),
    { code: 'VN', signed: { date: '2025-10-25' }, source: UNTC, instrument: { type: 'ratification', date: '2027-07-01', source: UNTC } },
  ],
};

export const overviews = {
  signaturesOnly: statusOverview(signaturesOnly, days.signatureOpen),
  signatureClosed: statusOverview(signaturesOnly, days.signatureClosed),
  someInstruments: statusOverview({ ...someInstruments, lastCompared: '2026-10-01' }, days.signatureClosed),
  inForce: statusOverview(inForce, days.signatureClosed),
};

export const instruments = {
  none: instrumentsInOrder(signaturesOnly.participants),
  some: instrumentsInOrder(someInstruments.participants),
};

/**
 * Forty States' instruments over two years, the 40th Viet Nam's on 1 July 2027, and the EU's on a
 * day twenty States also deposit (not counted); the UNTC status of 15 July 2027. The list names 41
 * of the 72 signatories at Hanoi.
 */
export const fortyInstruments: Status = {
  asOf: '2027-07-15',
  hanoiSignatories: { count: 72, source: UNTC },
  domesticSteps: [],
  participants: [
    { code: 'VN', signed: { date: '2025-10-25' }, source: UNTC, instrument: { type: 'ratification', date: '2027-07-01', source: UNTC } },
    ...'AR AT AU BE BG BR CA CH CL CN CO CZ DE DK EE ES FI FR GB GR HR HU IE IN IT JP KR LT LU LV MT MX NL NO NZ PL PT RO SE'
      .split(' ')
      .map((code, i) => ({ ...atHanoi(code), instrument: { type: 'ratification' as const, date: i < 20 ? '2026-03-02' : '2026-11-20', source: UNTC } })),
    { ...atHanoi('EU'), instrument: { type: 'approval', date: '2026-11-20', source: UNTC } },
  ],
};

/**
 * The home's three figures on the days their wording changes: 29 days left on 2 December 2026, one
 * on 30 December, the last day, closed from 1 January 2027; and after the 40th instrument, before
 * the day of entry into force (29 September 2027).
 */
export const figures = {
  daysLeft: statusFigures(signaturesOnly, '2026-12-02'),
  oneDayLeft: statusFigures(signaturesOnly, '2026-12-30'),
  lastDay: statusFigures(signaturesOnly, days.signatureOpen),
  closed: statusFigures(signaturesOnly, days.signatureClosed),
  fortyInstruments: statusFigures(fortyInstruments, '2027-07-20'),
};

/** The statuses the chart of signatures and instruments over time is shown with (see `statusChart`). */
export const chartStatuses = {
  noInstrumentsYet: signaturesOnly,
  fortyInstruments,
};
