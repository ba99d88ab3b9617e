/*
 * `npm run status:watch -- [--url URL] [--report FILE] [--timeout SECONDS] [--retries N]`: the
 * daily comparison with the UN Treaty Collection. Fetches the status file (by default UNTC's own
 * address, lib/web/sources.ts), reads it as `npm run status:import` does and compares it with
 * content/status.md. Exit code:
 *
 * - 0: compared, no change: lastCompared becomes today (in Hanoi), and nothing else changes;
 * - 10: changes found: content/status.md is updated as `status:import --write` updates it, and
 *   the report (markdown, for the pull request an editor reviews) is written to FILE;
 * - 1: the comparison could not be made (UNTC down or in maintenance, a web page, an empty or
 *   truncated file, another host, another treaty, a file older than status.md, …): nothing is
 *   written, and the reason is printed.
 *
 * The GitHub workflow .github/workflows/status-watch.yml runs it every day (docs/deploying.md).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { siteToday } from '../lib/dates';
import { UNTC_STATUS_URL } from '../lib/web/sources';
import { changesRows } from '../lib/status/untc/compare';
import { DEFAULT_FETCH_OPTIONS, fetchStatusFile, UntcFetchError } from '../lib/status/untc/fetch';
import { changeReport } from '../lib/status/untc/report';
import { recordComparison, updateStatusFile } from '../lib/status/untc/status-file';
import { readUntcStatus, UntcFileError } from '../lib/status/untc/status-xml';
import { compareWithUntc, loadCurrentStatus, plural, Refusal, shown, STATUS_FILE, writeChecked } from './status/shared';

const USAGE = 'Usage: npm run status:watch -- [--url URL] [--report FILE] [--timeout SECONDS] [--retries N]';

/** The exit code that says: changes found, status.md updated, report written. */
const CHANGES_FOUND = 10;

function options() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { url: { type: 'string', default: UNTC_STATUS_URL }, report: { type: 'string' }, timeout: { type: 'string' }, retries: { type: 'string' } },
  });
  if (positionals.length > 0) throw new Refusal(`unexpected ${positionals.map((p) => `"${p}"`).join(', ')}. ${USAGE}`);
  const url = URL.canParse(values.url) ? new URL(values.url) : undefined;
  if (!url || !/^https?:$/.test(url.protocol)) throw new Refusal(`--url "${values.url}" is not a web address. ${USAGE}`);
  const count = (name: string, text: string | undefined, fallback: number, min: number) => {
    if (text === undefined) return fallback;
    if (!/^\d+(\.\d+)?$/.test(text) || Number(text) < min) throw new Refusal(`--${name} "${text}" is not a number of at least ${min}. ${USAGE}`);
    return Number(text);
  };
  const report = values.report && path.resolve(values.report);
  if (report && !fs.existsSync(path.dirname(report))) throw new Refusal(`--report ${shown(report)}: its folder does not exist. ${USAGE}`);
  return {
    url: url.href,
    report,
    fetch: {
      ...DEFAULT_FETCH_OPTIONS,
      timeoutMs: count('timeout', values.timeout, DEFAULT_FETCH_OPTIONS.timeoutMs / 1000, 0.1) * 1000,
      retries: Math.floor(count('retries', values.retries, DEFAULT_FETCH_OPTIONS.retries, 0)),
    },
  };
}

async function main(): Promise<number> {
  const { url, report, fetch } = options();
  const today = siteToday();
  const status = loadCurrentStatus();
  const statusFile = shown(STATUS_FILE);

  console.log(`Fetching ${url} …`);
  const fetched = await fetchStatusFile(url, fetch);
  const untc = readUntcStatus(fetched.bytes);
  console.log(`UNTC file: ${untc.treaty.id}, status as at ${untc.asOf ?? 'not stated in the file'}; ${plural(untc.participants.length, 'participant')}`);
  if (untc.asOf && untc.asOf < status.asOf) {
    throw new Refusal(`the file's status (${untc.asOf}) is older than asOf in ${statusFile} (${status.asOf}): UNTC served an old copy; the comparison is not made`);
  }

  const comparison = compareWithUntc(status, untc);
  const current = fs.readFileSync(STATUS_FILE, 'utf8');
  if (!changesRows(comparison)) {
    if (status.lastCompared !== today) writeChecked(STATUS_FILE, recordComparison(current, today));
    console.log(`\n✓ No change: UNTC confirms every row of ${statusFile} (${plural(comparison.unchanged.length, 'row')}). lastCompared is ${today}.`);
    const kept = comparison.notInUntc.length + comparison.signaturesNotInUntc.length + comparison.instrumentsNotInUntc.length;
    if (kept > 0) console.log(`  ${plural(kept, 'row or date', 'rows or dates')} of ${statusFile} that UNTC does not show (kept, from other sources): npm run status:import lists them.`);
    return 0;
  }

  // Without a "Status as at" in the file, the status is the one UNTC served on the day it was fetched.
  const asOf = untc.asOf ?? today;
  const updated = updateStatusFile(current, { comparison, asOf, untcSource: UNTC_STATUS_URL });
  const text = changeReport({
    comparison,
    untc,
    url: fetched.url,
    comparedOn: today,
    asOf: { from: status.asOf, to: asOf },
    removed: updated.removed,
    noted: status.participants.filter((p) => p.note).map((p) => p.code),
    statusFile,
  });
  writeChecked(STATUS_FILE, updated.text);
  if (report) fs.writeFileSync(report, text);
  console.log(`\n${text}`);
  console.log(`✓ Changes found: ${statusFile} updated${report ? `, report written to ${shown(report)}` : ''}. An editor reviews them before anything is published.`);
  return CHANGES_FOUND;
}

try {
  process.exitCode = await main();
} catch (error) {
  if (error instanceof UntcFileError) {
    for (const problem of error.problems) console.error(`✗ ${problem}`);
    console.error(`✗ The UNTC file cannot be read as the Convention's status (${plural(error.problems.length, 'problem')}).`);
  } else if (error instanceof UntcFetchError || error instanceof Refusal) {
    console.error(`✗ ${error.message}`);
  } else {
    throw error;
  }
  console.error(`✗ The comparison could not be made: ${shown(STATUS_FILE)} was not changed, and no report was written.`);
  process.exitCode = 1;
}
