/*
 * What the two status commands share: npm run status:import (a file an editor saved) and npm run
 * status:watch (the file fetched daily) read content/status.md, compare it with UNTC and write it
 * back the same way.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CONTENT_DIR, loadStatus } from '../../lib/content';
import { formatProblem } from '../../lib/content/errors';
import { ProblemLog } from '../../lib/content/problem-log';
import { participantName } from '../../lib/states/names';
import { statusFileSchema, type Status } from '../../lib/schema';
import { compareStatus, type StatusComparison } from '../../lib/status/untc/compare';
import { untcNameOf } from '../../lib/status/untc/names';
import type { UntcStatus } from '../../lib/status/untc/status-xml';

/** A refusal the command explains: printed with ✗, status.md left as it was, exit code 1. */
export class Refusal extends Error {}

export const STATUS_FILE = path.join(CONTENT_DIR, 'status.md');

/** A path as the editor would type it: relative inside the project, absolute outside it. */
export function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') ? relative : file;
}

export const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** content/status.md as the loader reads it; a Refusal, after its problems, when it does not pass the content check. */
export function loadCurrentStatus(): Status {
  const log = new ProblemLog();
  const status = loadStatus(CONTENT_DIR, log);
  if (!status) {
    for (const problem of log.errors) console.error(formatProblem(problem));
    throw new Refusal(`${shown(STATUS_FILE)} does not pass the content check: fix it first (npm run check), then try again`);
  }
  return status;
}

/** The comparison both commands make, naming a row UNTC does not list by its UN name. */
export function compareWithUntc(status: Status, untc: UntcStatus): StatusComparison {
  return compareStatus(status, untc, (code) => untcNameOf(code) ?? participantName(code, 'en'));
}

/** Writes the new status.md beside the old one, checks it as the site's loader would, then renames it over. */
export function writeChecked(statusFile: string, text: string) {
  const temporary = path.join(path.dirname(statusFile), `.status.md.import-${process.pid}`);
  fs.writeFileSync(temporary, text);
  try {
    const log = new ProblemLog();
    if (!log.read(temporary, statusFileSchema) || log.errors.length > 0) {
      const problems = log.errors.map((problem) => `  ${formatProblem({ ...problem, file: shown(statusFile) })}`);
      throw new Refusal(`the updated file would not pass the content check, so nothing was written:\n${problems.join('\n')}`);
    }
    fs.renameSync(temporary, statusFile);
  } finally {
    fs.rmSync(temporary, { force: true });
  }
}
