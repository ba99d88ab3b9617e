/*
 * `npm run status:import -- <file> [--write] [--as-of YYYY-MM-DD]`: compares the status file saved
 * from the UN Treaty Collection (XVIII-16.en.xml) with content/status.md and prints what differs.
 * With --write it also updates content/status.md (see docs/editing.md, 8.8).
 *
 * Nothing is written unless the file was read in full and the result passes the content check;
 * the new file replaces the old one in one step (written beside it, then renamed), so an editor
 * never finds half a file. Exit code 1 on any problem, with content/status.md as it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isIsoDay, type Status } from '../lib/schema';
import { UNTC_STATUS_URL } from '../lib/web/sources';
import { changesRows, type StatusComparison } from '../lib/status/untc/compare';
import { countLines } from '../lib/status/untc/report';
import { updateStatusFile } from '../lib/status/untc/status-file';
import { readUntcStatus, UntcFileError, type UntcInstrument, type UntcStatus } from '../lib/status/untc/status-xml';
import { compareWithUntc, loadCurrentStatus, plural, Refusal, shown, STATUS_FILE, writeChecked } from './status/shared';

const USAGE = 'Usage: npm run status:import -- XVIII-16.en.xml [--write] [--as-of YYYY-MM-DD]';

const instrumentText = ({ type, date }: UntcInstrument) => `${type}, ${date}`;

function section(title: string, lines: string[]) {
  if (lines.length === 0) return;
  console.log(`\n${title} (${lines.length}):`);
  for (const line of lines) console.log(`  ${line}`);
}

function printComparison(untc: UntcStatus, status: Status, comparison: StatusComparison, statusFile: string) {
  // A note may explain the old date ("day per the Dutch treaty database"): the import keeps it, the editor judges it.
  const noted = new Set(status.participants.filter((p) => p.note).map((p) => p.code));
  const note = (code: string) => (noted.has(code) ? ' (the row has a note: check it still holds)' : '');
  console.log(`UNTC file: ${untc.treaty.id}, ${untc.treaty.title}`);
  console.log(`  Status as at: ${untc.asOf ?? 'not stated in the file'}; ${plural(untc.participants.length, 'participant')}`);
  console.log(`Compared with ${statusFile} (asOf ${status.asOf}${status.signaturesKnownTo ? `, signaturesKnownTo ${status.signaturesKnownTo}` : ''}):`);

  section(
    'New signatures',
    comparison.signatures.filter((s) => !s.from).map((s) => `+ ${s.name} (${s.code}): signed ${s.to}${s.newRow ? ' (new row)' : ''}`),
  );
  section(
    'New instruments',
    comparison.instruments.filter((i) => !i.from).map((i) => `+ ${i.name} (${i.code}): ${instrumentText(i.to)}${i.newRow ? ' (new row)' : ''}`),
  );
  section('Changed dates', [
    ...comparison.signatures.filter((s) => s.from).map((s) => `~ ${s.name} (${s.code}): signed ${s.from} -> ${s.to}${note(s.code)}`),
    ...comparison.instruments.filter((i) => i.from).map((i) => `~ ${i.name} (${i.code}): ${instrumentText(i.from!)} -> ${instrumentText(i.to)}${note(i.code)}`),
  ]);
  section(
    `In the UNTC file, not in ${statusFile} (--write adds them)`,
    comparison.added.map((p) => `${p.name} (${p.code}), row ${p.row}`),
  );
  section(`In ${statusFile}, not in the UNTC file (kept, never deleted: check them on the UNTC page)`, [
    ...comparison.notInUntc.map((r) => `${r.name} (${r.code})`),
    ...comparison.signaturesNotInUntc.map((r) => `${r.name} (${r.code}): signed ${r.signed}, which the UNTC row does not show`),
    ...comparison.instrumentsNotInUntc.map((r) => `${r.name} (${r.code}): ${instrumentText(r.instrument)}, which the UNTC row does not show`),
  ]);

  console.log('\nCounts:');
  for (const line of countLines(comparison, statusFile)) console.log(`  ${line}`);
  console.log(`\nUnchanged: ${plural(comparison.unchanged.length, 'row')} UNTC confirms as they are.`);
  if (untc.asOf && untc.asOf < status.asOf) console.log(`\nThe file's status (${untc.asOf}) is older than asOf (${status.asOf}): --write will refuse it.`);
}

/** The asOf to write: the file's "Status as at", or --as-of when the file states none. */
function chooseAsOf(untc: UntcStatus, asOfOption: string | undefined, current: Status, statusFile: string): string {
  if (untc.asOf && asOfOption && asOfOption !== untc.asOf) {
    throw new Refusal(`the file states its status as at ${untc.asOf}, and --as-of says ${asOfOption}: leave out --as-of (the file's date is used)`);
  }
  const asOf = untc.asOf ?? asOfOption;
  if (!asOf) {
    throw new Refusal('the file states no "Status as at" date: pass the "Status as at" day UNTC shows with the status as --as-of YYYY-MM-DD');
  }
  if (asOf < current.asOf) {
    throw new Refusal(`the file's status (${asOf}) is older than asOf in ${statusFile} (${current.asOf}): save the current page from UNTC and import that`);
  }
  return asOf;
}

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { write: { type: 'boolean', default: false }, 'as-of': { type: 'string' } },
  });
  if (positionals.length !== 1) throw new Refusal(`give one file, the XML saved from the UNTC status page. ${USAGE}`);
  const asOfOption = values['as-of'];
  if (asOfOption !== undefined && !isIsoDay(asOfOption)) throw new Refusal(`--as-of "${asOfOption}" is not a date (expected YYYY-MM-DD). ${USAGE}`);

  const xmlFile = path.resolve(positionals[0]);
  if (!fs.existsSync(xmlFile)) throw new Refusal(`${shown(xmlFile)} does not exist. ${USAGE}`);
  const untc = readUntcStatus(fs.readFileSync(xmlFile));
  const status = loadCurrentStatus();
  const comparison = compareWithUntc(status, untc);
  printComparison(untc, status, comparison, shown(STATUS_FILE));

  if (!values.write) {
    const upToDate = !changesRows(comparison) && (!untc.asOf || untc.asOf === status.asOf);
    const write = untc.asOf ? '--write' : '--write --as-of YYYY-MM-DD (the file states no date: give the "Status as at" day UNTC shows)';
    console.log(upToDate ? `\n${shown(STATUS_FILE)} already says what the UNTC file says.` : `\nRun again with ${write} to update ${shown(STATUS_FILE)}.`);
    return 0;
  }

  const asOf = chooseAsOf(untc, asOfOption, status, shown(STATUS_FILE));
  if (!changesRows(comparison) && asOf === status.asOf) {
    console.log(`\nNothing to write: ${shown(STATUS_FILE)} already says what the UNTC file says.`);
    return 0;
  }
  const current = fs.readFileSync(STATUS_FILE, 'utf8');
  const updated = updateStatusFile(current, { comparison, asOf, untcSource: UNTC_STATUS_URL });
  writeChecked(STATUS_FILE, updated.text);

  console.log(`\n✓ Wrote ${shown(STATUS_FILE)}: asOf ${asOf}${untc.asOf ? ' (the file\'s "Status as at")' : ' (--as-of)'}, ${plural(comparison.added.length, 'new row')}, ${plural(comparison.signatures.length, 'signature')} and ${plural(comparison.instruments.length, 'instrument')} from UNTC.`);
  for (const field of updated.removed) console.log(`  Removed ${field}.`);
  if (comparison.notInUntc.length > 0) console.log(`  Kept ${plural(comparison.notInUntc.length, 'row')} UNTC does not list (never deleted): check them on the UNTC page.`);
  console.log('Now run npm run check, and look at the status page in npm run dev.');
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  if (error instanceof UntcFileError) {
    for (const problem of error.problems) console.error(`✗ ${problem}`);
    console.error(`✗ The UNTC file cannot be imported (${plural(error.problems.length, 'problem')}): ${shown(STATUS_FILE)} was not changed.`);
  } else if (error instanceof Refusal) {
    console.error(`✗ ${error.message}`);
    console.error(`✗ ${shown(STATUS_FILE)} was not changed.`);
  } else {
    throw error;
  }
  process.exitCode = 1;
}
