import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { Status } from '../schema';
import { evidenceDate, INSTRUMENTS_NEEDED, openForSignature, SIGNATURE_CLOSES, statusOverview, type StatusOverview } from './rules';

/*
 * The three figures that say where the Convention stands, for the first screen of the home page:
 * who has signed, how many of the 40 instruments are in, and how long signature stays open. Each
 * with the date of its evidence: the status's for the first two, the day of the build for the count
 * of days, which therefore always says the day it was counted.
 */

export type StatusFigures = {
  /** The count of signatures (see StatusOverview), and the last day the signatures are known to (see evidenceDate). */
  signatories: StatusOverview['signatories'] & { knownTo: string };
  instruments: { counted: number; needed: number; asOf: string; entryIntoForce?: string };
  signature: {
    open: boolean;
    closes: string;
    /** Whole days from the day of the build to the last day of signature: 0 on the last day itself. */
    daysLeft: number;
    /** The day of the build, which the count of days is true on. */
    countedOn: string;
  };
};

/** The figures on a day (`YYYY-MM-DD`, the site's today). */
export function statusFigures(status: Status, today: string): StatusFigures {
  const overview = statusOverview(status, today);
  return {
    signatories: { ...overview.signatories, knownTo: evidenceDate(status) },
    instruments: { counted: overview.counted, needed: INSTRUMENTS_NEEDED, asOf: status.asOf, entryIntoForce: overview.entryIntoForce?.date },
    signature: {
      open: openForSignature(today),
      closes: SIGNATURE_CLOSES,
      daysLeft: Math.max(0, differenceInCalendarDays(parseISO(SIGNATURE_CLOSES), parseISO(today))),
      countedOn: today,
    },
  };
}

/** The key facts the figures show: the home page leaves them out of its key facts, so that each fact is there once. */
export const FACTS_IN_FIGURES = ['signatories-at-hanoi', 'parties', 'entry-into-force', 'signature-closes'];
