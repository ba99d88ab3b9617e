import { addDays, format, parseISO } from 'date-fns';
import { isOrganization } from '../states/names';
import type { Instrument, Participant, Status } from '../schema';

/*
 * The treaty's rules on the status (content/status.md, read by the loader against lib/schema.ts):
 * what follows from who has signed and who has joined under Article 65(1): "This Convention shall enter into force on the ninetieth day after the
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

/** The last day of signature, at UN Headquarters in New York (Article 64). */
export const SIGNATURE_CLOSES = '2026-12-31';

/** The first day signature is closed: what depends on the end of signature changes on it. */
export const SIGNATURE_CLOSED_FROM = format(addDays(parseISO(SIGNATURE_CLOSES), 1), 'yyyy-MM-dd');

/**
 * Whether the Convention is open for signature on a day (`YYYY-MM-DD` in Hanoi, see siteToday):
 * until 31 December 2026; from then on a State that has not signed can join only by accession.
 */
export function openForSignature(today: string): boolean {
  return today <= SIGNATURE_CLOSES;
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

/** Whether a day, or the days from `date` to `endDate`, fall within the Hanoi ceremony. */
export function duringHanoiCeremony(date: string, endDate: string = date): boolean {
  return date >= HANOI_CEREMONY.date && endDate <= HANOI_CEREMONY.endDate;
}

/** Whether a participant signed during the Hanoi ceremony (a day of it, or "at the ceremony"). */
export function signedAtHanoi({ signed }: Participant): boolean {
  return Boolean(signed && duringHanoiCeremony(signed.date, signed.endDate));
}

/** How recent the status is: the dates of its evidence, and of a check against the live page when there was one. */
export type EvidenceDates = Pick<Status, 'asOf' | 'signaturesKnownTo' | 'lastCompared'>;

/**
 * The last day the status's evidence covers: the UNTC status day (`asOf`), or the last day other
 * sources carry the signatures to when that is later. Never the day of the build: nothing is known
 * past the evidence.
 */
export function evidenceDate({ asOf, signaturesKnownTo }: Pick<Status, 'asOf' | 'signaturesKnownTo'>): string {
  return signaturesKnownTo && signaturesKnownTo > asOf ? signaturesKnownTo : asOf;
}

/** The figures a summary shows. */
export type StatusOverview = EvidenceDates & {
  /** Whether signature is still open on the day of the build (see openForSignature). */
  signatureOpen: boolean;
  hanoiSignatories: Status['hanoiSignatories'];
  /** Signatories at Hanoi that content/status.md names: fewer than the count while the list is partial. */
  namedAtHanoi: number;
  /**
   * The one count of signatures every page gives, with its basis: every signature the sources know
   * of and how many are States (the rest: the EU), and the signatories at Hanoi (UNTC's count) and
   * how many of them are States: "73 known: 72 States and the European Union"; "72 at Hanoi: 71 States
   * and the EU".
   */
  signatories: { known: number; knownStates: number; atHanoi: number; atHanoiStates: number };
  /** Instruments that count toward the 40. */
  counted: number;
  /** Organizations that have deposited an instrument, which Article 65(1) does not count. */
  uncounted: string[];
  entryIntoForce?: EntryIntoForce;
};

/** Where the Convention stands, in figures, on a day (`YYYY-MM-DD`, the content's today). */
export function statusOverview({ asOf, signaturesKnownTo, lastCompared, hanoiSignatories, participants }: Status, today: string): StatusOverview {
  const instruments = instrumentsInOrder(participants);
  const signed = participants.filter((participant) => participant.signed);
  const organizationsAtHanoi = signed.filter((participant) => isOrganization(participant.code) && signedAtHanoi(participant)).length;
  return {
    asOf,
    signaturesKnownTo,
    lastCompared,
    signatureOpen: openForSignature(today),
    hanoiSignatories,
    namedAtHanoi: participants.filter(signedAtHanoi).length,
    signatories: {
      known: signed.length,
      knownStates: signed.filter((participant) => !isOrganization(participant.code)).length,
      atHanoi: hanoiSignatories.count,
      atHanoiStates: hanoiSignatories.count - organizationsAtHanoi,
    },
    counted: counted(instruments),
    uncounted: instruments.filter((instrument) => instrument.number === undefined).map((instrument) => instrument.code),
    entryIntoForce: entryIntoForceAfter(instruments),
  };
}
