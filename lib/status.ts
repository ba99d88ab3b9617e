import path from 'node:path';
import { addDays, format, parseISO } from 'date-fns';
import { z } from 'zod';
import { getContent } from './content';
import { isOrganization, isParticipantCode } from './countries';
import type { ProblemLog } from './problem-log';
import { isIsoDay, isoDay, isoDayOrMonth, text, webAddress } from './schema';

/*
 * Who has signed the Convention and who has joined it, from content/status.md, and what follows
 * from it under Article 65(1): "This Convention shall enter into force on the ninetieth day after the
 * date of deposit of the fortieth instrument of ratification, acceptance, approval or accession. For
 * the purpose of this paragraph, any instrument deposited by a regional economic integration
 * organization shall not be counted as additional to those deposited by member States of that
 * organization."
 */

/** Instruments whose deposit brings the Convention into force (Article 65(1)). */
export const INSTRUMENTS_NEEDED = 40;

/** Entry into force is on this day after the deposit of the last instrument needed (Article 65(1)). */
const DAYS_TO_ENTRY_INTO_FORCE = 90;

/** The signing ceremony in Hanoi, the first place of signature (Article 64). */
export const HANOI_CEREMONY = { date: '2025-10-25', endDate: '2025-10-26' };

const STATUS_FILE = 'status.md';

const instrumentTypes = ['ratification', 'acceptance', 'approval', 'accession'] as const;

const participantCode = text('an ISO 3166-1 alpha-2 country code such as VN, or EU').refine(isParticipantCode, {
  error: (iss) => {
    const code = String(iss.input);
    return isParticipantCode(code.toUpperCase())
      ? `"${code}" must be written in capitals ("${code.toUpperCase()}")`
      : `"${code}" is not an ISO 3166-1 alpha-2 country code (or EU)`;
  },
});

/** One day, or an ISO 8601 interval of days (`2025-10-25/2025-10-26`), the later day second. */
function isDayOrDays(value: string): boolean {
  const [start, end, ...rest] = value.split('/');
  return rest.length === 0 && isIsoDay(start) && (end === undefined || (isIsoDay(end) && end > start));
}

/**
 * The day of signature or, where the sources say only "at the Hanoi ceremony", the interval of days
 * it falls in: a day is never made up. Read as `{ date, endDate }`, the shape every date range has.
 */
const signatureDate = text('a date, YYYY-MM-DD, or YYYY-MM-DD/YYYY-MM-DD when only the days it falls between are known')
  .refine(isDayOrDays, {
    error: (iss) => `${JSON.stringify(iss.input)} is not a date (expected YYYY-MM-DD, or YYYY-MM-DD/YYYY-MM-DD with the later day second)`,
  })
  .transform((value) => {
    const [date, endDate] = value.split('/');
    return endDate ? { date, endDate } : { date };
  });

const instrumentSchema = z.strictObject(
  {
    type: z.enum(instrumentTypes, {
      error: (iss) =>
        iss.input === undefined
          ? 'is missing (expected ratification, acceptance, approval or accession)'
          : `${JSON.stringify(iss.input)} is not a kind of instrument (expected ratification, acceptance, approval or accession)`,
    }),
    /** The day of deposit with the Secretary-General. */
    date: isoDay,
    source: webAddress,
  },
  { error: 'expected the instrument as type, date and source' },
);

const participantSchema = z
  .strictObject({
    code: participantCode,
    signed: signatureDate.optional(),
    /** Where the signature is verified. */
    source: webAddress.optional(),
    instrument: instrumentSchema.optional(),
  })
  .superRefine(({ signed, source, instrument }, ctx) => {
    const problem = (field: string[], message: string) => ctx.addIssue({ code: 'custom', path: field, message });
    if (!signed) {
      // Signature is not a step of accession: a State that did not sign joins by accession only.
      if (instrument?.type !== 'accession') problem(['signed'], 'is missing (expected YYYY-MM-DD; only a State that joins by accession has no signature)');
      if (source) problem(['source'], 'is the source of a signature, but signed is missing (an instrument has a source of its own)');
      return;
    }
    if (!source) problem(['source'], 'is missing (expected the web address where the signature is verified)');
    if (instrument?.type === 'accession') problem(['instrument', 'type'], 'accession is for a State that did not sign (a signatory deposits ratification, acceptance or approval)');
    // Against the first possible day: with only an interval known, nothing earlier is certain.
    if (instrument && instrument.date < signed.date) problem(['instrument', 'date'], `${instrument.date} is before the signature (${signed.date})`);
  });

export const statusFileSchema = z.strictObject({
  /** When the status was last checked against the sources. */
  asOf: isoDayOrMonth,
  hanoiSignatories: z.strictObject(
    {
      count: z
        .int({ error: (iss) => (iss.input === undefined ? 'is missing (expected the number of signatories at Hanoi)' : 'expected a whole number') })
        .positive({ error: 'expected a number above 0' }),
      source: webAddress,
    },
    { error: (iss) => (iss.input === undefined ? 'is missing (expected count and source)' : 'expected count and source') },
  ),
  participants: z
    .array(participantSchema, { error: (iss) => (iss.input === undefined ? 'is missing (expected a list of participants)' : 'expected a list of participants') })
    .superRefine((participants, ctx) => {
      const seen = new Map<string, number>();
      participants.forEach(({ code }, index) => {
        const first = seen.get(code);
        if (first === undefined) seen.set(code, index);
        else ctx.addIssue({ code: 'custom', path: [index, 'code'], message: `"${code}" is also participants[${first}] (list each participant once)` });
      });
    }),
});

export type Status = z.output<typeof statusFileSchema>;
export type Participant = Status['participants'][number];
export type Instrument = NonNullable<Participant['instrument']>;

/** Reads and checks `<dir>/status.md`; undefined (with the problems logged) when it is not valid. */
export function loadStatus(dir: string, log: ProblemLog): Status | undefined {
  return log.read(path.join(dir, STATUS_FILE), statusFileSchema)?.data;
}

/** An instrument with who deposited it and, when it counts toward entry into force, its place in the count. */
export type DepositedInstrument = Instrument & {
  code: string;
  /** 1 for the first instrument that counts, 40 for the fortieth; none for an organization's, which never counts. */
  number?: number;
};

/** Every instrument deposited, oldest first, numbered as Article 65(1) counts them. */
export function instrumentsInOrder(participants: Participant[]): DepositedInstrument[] {
  const deposited = participants
    .flatMap(({ code, instrument }) => (instrument ? [{ ...instrument, code }] : []))
    // The sources give days, not times: same-day deposits are ordered by code so the list never
    // depends on file order. Which of them is numbered 40 can then depend on it; the date of entry
    // into force cannot, since they share the day.
    .sort((a, b) => a.date.localeCompare(b.date) || a.code.localeCompare(b.code));
  let counted = 0;
  return deposited.map((instrument) => (isOrganization(instrument.code) ? instrument : { ...instrument, number: ++counted }));
}

/** How many instruments count toward the 40: those of States, never an organization's. */
export function countedInstruments(participants: Participant[]): number {
  return counted(instrumentsInOrder(participants));
}

const counted = (instruments: DepositedInstrument[]) => instruments.filter((instrument) => instrument.number !== undefined).length;

export type EntryIntoForce = { date: string; fortieth: DepositedInstrument };

/**
 * The date of entry into force, 90 days after the deposit of the 40th instrument that counts; undefined
 * until there is a 40th, because before then no date follows from the treaty (the site never guesses one).
 */
export function entryIntoForce(participants: Participant[]): EntryIntoForce | undefined {
  return entryIntoForceAfter(instrumentsInOrder(participants));
}

function entryIntoForceAfter(instruments: DepositedInstrument[]): EntryIntoForce | undefined {
  const fortieth = instruments.find((instrument) => instrument.number === INSTRUMENTS_NEEDED);
  if (!fortieth) return undefined;
  // Calendar arithmetic on a local date: adding days never crosses a time zone.
  return { date: format(addDays(parseISO(fortieth.date), DAYS_TO_ENTRY_INTO_FORCE), 'yyyy-MM-dd'), fortieth };
}

/** Whether a participant signed during the Hanoi ceremony (a day of it, or "at the ceremony"). */
export function signedAtHanoi({ signed }: Participant): boolean {
  return Boolean(signed && signed.date >= HANOI_CEREMONY.date && (signed.endDate ?? signed.date) <= HANOI_CEREMONY.endDate);
}

/** The figures a summary shows. */
export type StatusOverview = {
  asOf: string;
  hanoiSignatories: Status['hanoiSignatories'];
  /** Signatories at Hanoi that content/status.md names: fewer than the count while the list is partial. */
  namedAtHanoi: number;
  /** Instruments that count toward the 40. */
  counted: number;
  /** Organizations that have deposited an instrument, which Article 65(1) does not count. */
  uncounted: string[];
  entryIntoForce?: EntryIntoForce;
};

/** Where the Convention stands, in figures. */
export function statusOverview({ asOf, hanoiSignatories, participants }: Status): StatusOverview {
  const instruments = instrumentsInOrder(participants);
  return {
    asOf,
    hanoiSignatories,
    namedAtHanoi: participants.filter(signedAtHanoi).length,
    counted: counted(instruments),
    uncounted: instruments.filter((instrument) => instrument.number === undefined).map((instrument) => instrument.code),
    entryIntoForce: entryIntoForceAfter(instruments),
  };
}

/** The site's status data. */
export function getStatus(): Status {
  return getContent().status;
}
