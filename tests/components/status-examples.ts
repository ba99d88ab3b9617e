import type { Participant, Status } from '@/lib/schema';
import { instrumentsInOrder, statusOverview } from '@/lib/status';

/* Named examples for the status components, GOV.UK style: each shows one state of the treaty. */

const UNTC = 'https://treaties.un.org/status';

const atHanoi = (code: string): Participant => ({ code, signed: { date: '2025-10-25', endDate: '2025-10-26' }, source: UNTC });

/** As the fact sheet has it: signatures, no instrument. */
export const signaturesOnly: Status = {
  asOf: '2026-11',
  hanoiSignatories: { count: 72, source: UNTC },
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
  signaturesOnly: statusOverview(signaturesOnly),
  someInstruments: statusOverview(someInstruments),
  inForce: statusOverview(inForce),
};

export const instruments = {
  none: instrumentsInOrder(signaturesOnly.participants),
  some: instrumentsInOrder(someInstruments.participants),
};
