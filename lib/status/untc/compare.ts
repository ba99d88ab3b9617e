import type { Participant, Status } from '../../schema';
import { duringHanoiCeremony } from '../rules';
import type { UntcInstrument, UntcParticipant, UntcStatus } from './status-xml';

/*
 * What a UNTC file says that content/status.md does not, as data: the command prints it and, with
 * --write, applies it (lib/status/untc/status-file.ts). Nothing is ever taken away from status.md: a row or
 * a date UNTC does not show is reported and kept, since the editors may know it from another source.
 */

type Row = { code: string; name: string };

/** A signature UNTC gives that status.md lacks (`from` undefined) or writes otherwise (`from` as written there). */
export type SignatureChange = Row & { from?: string; to: string; newRow: boolean };

/** An instrument UNTC lists that status.md lacks (`from` undefined) or records otherwise. */
export type InstrumentChange = Row & { from?: UntcInstrument; to: UntcInstrument; newRow: boolean };

export type StatusComparison = {
  /** Participants in the UNTC file and not in status.md: each becomes a new row. */
  added: UntcParticipant[];
  signatures: SignatureChange[];
  instruments: InstrumentChange[];
  /** Rows of status.md the UNTC file does not list: kept as they are. */
  notInUntc: Row[];
  /** Signatures status.md records and the participant's UNTC row does not show: kept. */
  signaturesNotInUntc: (Row & { signed: string })[];
  /** Instruments status.md records and the participant's UNTC row does not show: kept. */
  instrumentsNotInUntc: (Row & { instrument: UntcInstrument })[];
  /** Codes of the rows UNTC confirms exactly: left untouched, source and all. */
  unchanged: string[];
  counts: {
    /** The file's header: "Signatories 73", "Parties 0". */
    header: UntcStatus['header'];
    /** The rows of the file with a signature, and with an instrument. */
    rowsSigned: number;
    rowsWithInstrument: number;
    /** hanoiSignatories.count in status.md, and the rows of the file signed on a day of the ceremony. */
    hanoiSignatories: number;
    rowsSignedAtHanoi: number;
  };
};

/** A signature as status.md writes it: the day, or the interval of days `2025-10-25/2025-10-26`. */
export function writtenSignature(signed: NonNullable<Participant['signed']>): string {
  return signed.endDate ? `${signed.date}/${signed.endDate}` : signed.date;
}

/**
 * Compares content/status.md (as the loader read it) with a UNTC file. `nameOf` gives the name to
 * report for a row UNTC does not list.
 */
export function compareStatus(status: Status, untc: UntcStatus, nameOf: (code: string) => string): StatusComparison {
  const rows = new Map(status.participants.map((participant) => [participant.code, participant]));
  const inUntc = new Set(untc.participants.map(({ code }) => code));
  const comparison: StatusComparison = {
    added: [],
    signatures: [],
    instruments: [],
    notInUntc: status.participants.filter(({ code }) => !inUntc.has(code)).map(({ code }) => ({ code, name: nameOf(code) })),
    signaturesNotInUntc: [],
    instrumentsNotInUntc: [],
    unchanged: [],
    counts: {
      header: untc.header,
      rowsSigned: untc.participants.filter((p) => p.signed).length,
      rowsWithInstrument: untc.participants.filter((p) => p.instrument).length,
      hanoiSignatories: status.hanoiSignatories.count,
      rowsSignedAtHanoi: untc.participants.filter((p) => p.signed && duringHanoiCeremony(p.signed)).length,
    },
  };

  for (const untcRow of untc.participants) {
    const { code, name, signed, instrument } = untcRow;
    const row = rows.get(code);
    const newRow = !row;
    if (newRow) comparison.added.push(untcRow);
    let changed = newRow;

    const written = row?.signed && writtenSignature(row.signed);
    if (signed && written !== signed) {
      comparison.signatures.push({ code, name, from: written, to: signed, newRow });
      changed = true;
    } else if (!signed && written) {
      comparison.signaturesNotInUntc.push({ code, name, signed: written });
    }

    const recorded = row?.instrument;
    if (instrument && (recorded?.type !== instrument.type || recorded.date !== instrument.date)) {
      comparison.instruments.push({ code, name, from: recorded && { type: recorded.type, date: recorded.date }, to: instrument, newRow });
      changed = true;
    } else if (!instrument && recorded) {
      comparison.instrumentsNotInUntc.push({ code, name, instrument: { type: recorded.type, date: recorded.date } });
    }

    if (!changed) comparison.unchanged.push(code);
  }
  return comparison;
}

/** Whether the file changes any row (new rows, signatures or instruments). */
export function changesRows(comparison: StatusComparison): boolean {
  return comparison.added.length + comparison.signatures.length + comparison.instruments.length > 0;
}
