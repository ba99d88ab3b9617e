import type { UntcInstrument, UntcStatus } from './status-xml';
import type { StatusComparison } from './compare';

/*
 * What the daily comparison (npm run status:watch) found, written for the editor who reviews its
 * pull request: the report is the pull request's description. Every name in it passed the import's
 * table of UN names, and every date was read as a date, so nothing in it comes raw from the file.
 */

export type ChangeReport = {
  comparison: StatusComparison;
  untc: Pick<UntcStatus, 'treaty' | 'asOf'>;
  /** The address the file came from, after any redirect on the same host. */
  url: string;
  /** The day of the comparison, YYYY-MM-DD (in Hanoi, the site's today). */
  comparedOn: string;
  /** content/status.md's asOf before and after the update. */
  asOf: { from: string; to: string };
  /** Fields the update removed, with why (from updateStatusFile). */
  removed: string[];
  /** Codes of the rows that carry an editor's note. */
  noted: string[];
  /** The status file's path, as the editor sees it. */
  statusFile: string;
};

/** The pull request's title, which is also the report's heading. */
export const reportTitle = (comparedOn: string) => `Status from the UN Treaty Collection, ${comparedOn}`;

const instrumentText = ({ type, date }: UntcInstrument) => `${type}, ${date}`;

function countLine(label: string, stated: number | undefined, rows: number, rowsLabel: string): string {
  if (stated === undefined) return `${label}: not given in the file; ${rowsLabel}: ${rows}`;
  return `${label} ${stated}, ${rowsLabel}: ${rows} ${stated === rows ? '(they agree)' : '(THEY DIFFER: check the UNTC page)'}`;
}

/** The counts the file's header gives against its rows, and the Hanoi count of status.md against the rows signed at Hanoi. */
export function countLines({ counts }: StatusComparison, statusFile: string): string[] {
  const hanoi = counts.hanoiSignatories === counts.rowsSignedAtHanoi ? '(they agree)' : '(THEY DIFFER: check the UNTC page; the import never changes this count)';
  return [
    `UNTC header: ${countLine('Signatories', counts.header.signatories, counts.rowsSigned, 'rows with a signature')}`,
    `UNTC header: ${countLine('Parties', counts.header.parties, counts.rowsWithInstrument, 'rows with an instrument')}`,
    `${statusFile}: hanoiSignatories.count ${counts.hanoiSignatories}, UNTC rows signed on 25 or 26 Oct 2025: ${counts.rowsSignedAtHanoi} ${hanoi}`,
  ];
}

/** A markdown table, or nothing when it has no rows. */
function table(title: string, head: string[], rows: string[][]): string[] {
  if (rows.length === 0) return [];
  const line = (cells: string[]) => `| ${cells.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`;
  return [`## ${title} (${rows.length})`, '', line(head), line(head.map(() => '---')), ...rows.map(line), ''];
}

/** The report as markdown: what changed, row by row, where the file came from and what to check before merging. */
export function changeReport({ comparison, untc, url, comparedOn, asOf, removed, noted, statusFile }: ChangeReport): string {
  const newRow = (isNew: boolean) => (isNew ? 'new row' : '');
  const note = (code: string) => (noted.includes(code) ? 'the row has a note: check it still holds' : '');
  const kept = [
    ...comparison.notInUntc.map((r) => [r.name, r.code, 'the whole row']),
    ...comparison.signaturesNotInUntc.map((r) => [r.name, r.code, `signed ${r.signed}`]),
    ...comparison.instrumentsNotInUntc.map((r) => [r.name, r.code, instrumentText(r.instrument)]),
  ];
  return [
    `# ${reportTitle(comparedOn)}`,
    '',
    `The daily comparison with the UN Treaty Collection (UNTC) found changes in its record of the Convention. This pull request updates \`${statusFile}\` as \`npm run status:import -- --write\` would. Nothing is published until an editor has checked it and merged it.`,
    '',
    `- File: ${url}, fetched on ${comparedOn}`,
    `- Treaty: ${untc.treaty.id}, ${untc.treaty.title}`,
    `- "Status as at": ${untc.asOf ?? `not stated in the file, so asOf is the day it was fetched, ${comparedOn}`}`,
    `- \`asOf\` in \`${statusFile}\`: ${asOf.from} → ${asOf.to}`,
    ...removed.map((field) => `- Removed ${field}`),
    '',
    ...table(
      'New signatures',
      ['Participant', 'Code', 'Signed', ''],
      comparison.signatures.filter((s) => !s.from).map((s) => [s.name, s.code, s.to, newRow(s.newRow)]),
    ),
    ...table(
      'New instruments',
      ['Participant', 'Code', 'Instrument', 'Deposited', ''],
      comparison.instruments.filter((i) => !i.from).map((i) => [i.name, i.code, i.to.type, i.to.date, newRow(i.newRow)]),
    ),
    ...table('Changed dates', ['Participant', 'Code', 'Was', 'Now', ''], [
      ...comparison.signatures.filter((s) => s.from).map((s) => [s.name, s.code, `signed ${s.from}`, `signed ${s.to}`, note(s.code)]),
      ...comparison.instruments.filter((i) => i.from).map((i) => [i.name, i.code, instrumentText(i.from!), instrumentText(i.to), note(i.code)]),
    ]),
    ...table(`In ${statusFile}, not in the UNTC file (kept, never deleted)`, ['Participant', 'Code', 'What UNTC does not show'], kept),
    '## Counts',
    '',
    ...countLines(comparison, statusFile).map((line) => `- ${line}`),
    '',
    '## Before you merge',
    '',
    '1. Open the UNTC status page and check every row above against it.',
    '2. Add every new signature and instrument to the fact sheet (shared/FACTS.md), with UNTC as its source, before anything on the site mentions it.',
    '3. Read the rows marked "has a note", the counts marked "THEY DIFFER" and the rows kept. If something is wrong, do not push to this branch (the next comparison replaces it): close this pull request and record the status by hand with `npm run status:import`.',
    '4. Update what says otherwise: the key fact on ratifications and its `asOf` (content/key-facts.md), the comments at the top of the status file, articles.',
    '5. Merge only when the full tests on this branch have passed (their result is commented below).',
    '',
    'See docs/editing.md, "The daily comparison and its pull request".',
    '',
  ].join('\n');
}
