import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content';
import { parseFrontMatter } from '@/lib/content/front-matter';
import { statusFileSchema } from '@/lib/schema';
import { compareStatus } from '@/lib/status/untc/compare';
import { updateStatusFile } from '@/lib/status/untc/status-file';
import { readUntcStatus } from '@/lib/status/untc/status-xml';
import { UNTC_STATUS_URL } from '@/lib/web/sources';
import { contentDirWith } from '../lib/content-dir';
import { ROOT, runScriptAsync } from './run';

/*
 * npm run status:watch against a local server on 127.0.0.1 that plays UNTC: the fixtures, and every
 * way the real one can fail. No test reaches the network.
 */

const UNTC = path.join(ROOT, 'tests', 'fixtures', 'untc');
const fixture = (name: string) => fs.readFileSync(path.join(UNTC, name));
const TODAY = '2026-12-02';

/** The frozen status.md as `status:import --write` leaves it after XVIII-16.en.xml: what UNTC's file confirms row by row. */
const STATUS = (() => {
  const text = fixture('status.md').toString('utf8');
  const status = statusFileSchema.parse(parseFrontMatter(text).data);
  const untc = readUntcStatus(fixture('XVIII-16.en.xml'));
  return updateStatusFile(text, { comparison: compareStatus(status, untc, (code) => code), asOf: untc.asOf!, untcSource: UNTC_STATUS_URL }).text;
})();

const MAINTENANCE = '<!DOCTYPE html><html><head><title>United Nations Treaty Collection</title></head><body><p>The site is under urgent maintenance and is currently unavailable.</p></body></html>';

/** What the server answers at each path. */
const routes: Record<string, (request: http.IncomingMessage, response: http.ServerResponse) => void> = {
  '/same.xml': (_, response) => response.end(fixture('XVIII-16.en.xml')),
  '/new-actions.xml': (_, response) => response.end(fixture('XVIII-16.new-actions.en.xml')),
  '/moved.xml': (_, response) => response.writeHead(301, { location: '/same.xml' }).end(),
  '/maintenance.xml': (_, response) => response.writeHead(200, { 'content-type': 'text/html' }).end(MAINTENANCE),
  '/missing.xml': (_, response) => response.writeHead(404).end('Not found'),
  '/error.xml': (_, response) => response.writeHead(500).end('Internal error'),
  '/slow.xml': (_, response) => {
    const timer = setTimeout(() => response.end(fixture('XVIII-16.en.xml')), 60_000);
    response.on('close', () => clearTimeout(timer));
  },
  // The connection closes after half the bytes it announced.
  '/truncated.xml': (_, response) => {
    const whole = fixture('XVIII-16.en.xml');
    response.writeHead(200, { 'content-length': whole.length });
    response.write(whole.subarray(0, whole.length / 2));
    setTimeout(() => response.destroy(), 100);
  },
  // Cut short without a length to betray it: only the XML shows it.
  '/cut.xml': (_, response) => {
    const whole = fixture('XVIII-16.en.xml');
    response.end(whole.subarray(0, whole.length - 200));
  },
  '/empty.xml': (_, response) => response.end(''),
  '/other-treaty.xml': (_, response) => response.end(fixture('XVIII-12.en.xml')),
  '/older.xml': (_, response) => response.end(fixture('XVIII-16.en.xml').toString('latin1').replace('20-11-2025', '18-11-2025')),
};

let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const route = routes[new URL(request.url ?? '/', 'http://x').pathname];
    if (route) route(request, response);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // Another host for the same server: the watch must not follow a redirect there.
  routes['/elsewhere.xml'] = (_, response) => response.writeHead(302, { location: `http://localhost:${(server.address() as AddressInfo).port}/same.xml` }).end();
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/**
 * A content folder with `status` as its status.md, a folder for the report, and a run of the watch on
 * it: no retry, and a timeout a loaded machine cannot reach by accident (the slow answer sets its own).
 */
async function watch(route: string, { status = STATUS, args = [] as string[] } = {}) {
  const dir = contentDirWith({ 'status.md': status });
  const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-'));
  const report = path.join(reportDir, 'report.md');
  const run = await runScriptAsync('status-watch.ts', ['--url', `${base}${route}`, '--report', report, '--retries', '0', '--timeout', '20', ...args], {
    env: { CONTENT_DIR: dir, SITE_TODAY: TODAY },
  });
  const statusFile = path.join(dir, 'status.md');
  return { ...run, dir, statusFile, written: fs.readFileSync(statusFile, 'utf8'), report: fs.existsSync(report) ? fs.readFileSync(report, 'utf8') : undefined, reportDir };
}

describe('npm run status:watch', { timeout: 90_000 }, () => {
  it('exits 0 when UNTC confirms every row, and sets only lastCompared, to the day of the comparison', async () => {
    const run = await watch('/same.xml');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`✓ No change: UNTC confirms every row of`);
    expect(run.written).toBe(STATUS.replace('asOf: "2025-11-20"\n', `asOf: "2025-11-20"\nlastCompared: "${TODAY}"\n`));
    expect(loadContent(run.dir).status.lastCompared).toBe(TODAY);
    expect(run.report).toBeUndefined();
  });

  it('follows a redirect on the same host', async () => {
    const run = await watch('/moved.xml');
    expect(run.code).toBe(0);
    expect(loadContent(run.dir).status.lastCompared).toBe(TODAY);
  });

  it('exits 10 on a new signature and new instruments: status.md updated as status:import --write does, and the report', async () => {
    const run = await watch('/new-actions.xml');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(10);
    const { status } = loadContent(run.dir);
    expect(status.asOf).toBe('2026-01-16');
    expect(status.lastCompared).toBeUndefined();
    expect(status.participants.find((p) => p.code === 'MN')).toEqual({ code: 'MN', signed: { date: '2026-01-10' }, source: UNTC_STATUS_URL });
    expect(status.participants.find((p) => p.code === 'AT')?.instrument).toEqual({ type: 'ratification', date: '2026-01-12', source: UNTC_STATUS_URL });
    expect(status.participants.find((p) => p.code === 'IS')?.instrument).toEqual({ type: 'accession', date: '2026-01-15', source: UNTC_STATUS_URL });
    // The editors' own rows and comments stay.
    expect(run.written).toContain('  # Signed after the Hanoi ceremony\n  - code: MU # Mauritius\n');

    const report = run.report!;
    expect(report.split('\n')[0]).toBe(`# Status from the UN Treaty Collection, ${TODAY}`);
    expect(report).toContain(`- File: ${base}/new-actions.xml, fetched on ${TODAY}`);
    expect(report).toContain('- "Status as at": 2026-01-16');
    expect(report).toContain('`asOf` in `');
    expect(report).toContain(': 2025-11-20 → 2026-01-16');
    expect(report).toContain('## New signatures (1)\n\n| Participant | Code | Signed |  |\n| --- | --- | --- | --- |\n| Mongolia | MN | 2026-01-10 | new row |\n');
    expect(report).toContain('| Austria | AT | ratification | 2026-01-12 |  |');
    expect(report).toContain('| Iceland | IS | accession | 2026-01-15 | new row |');
    expect(report).toMatch(/## In .*status\.md, not in the UNTC file \(kept, never deleted\) \(1\)\n\n.*\n.*\n\| Mauritius \| MU \| the whole row \|/);
    expect(report).toContain('UNTC header: Parties 4, rows with an instrument: 4 (they agree)');
    expect(report).toContain('## Before you merge');
    expect(run.stdout).toContain(report);
  });

  const failures: [string, string, RegExp, string[]?][] = [
    ['a maintenance page', '/maintenance.xml', /UNTC answers that it is "under urgent maintenance" and currently unavailable/],
    ['a 404', '/missing.xml', /UNTC answered 404 Not Found: the file is not at this address/],
    ['a 500', '/error.xml', /UNTC answered 500 Internal Server Error/],
    ['an answer slower than the timeout', '/slow.xml', /no complete answer within 1 s/, ['--timeout', '1']],
    ['a file cut short before the length it announced', '/truncated.xml', /the connection closed before the whole file arrived: the file was cut short \(truncated\)/],
    ['a file cut short with no length announced', '/cut.xml', /✗ the file ends before its last element closes: it was cut short \(truncated\)/],
    ['an empty file', '/empty.xml', /UNTC sent an empty file/],
    ['a redirect to another host', '/elsewhere.xml', /UNTC redirected the address to another host, http:\/\/localhost:\d+/],
    ['another treaty', '/other-treaty.xml', /✗ the file is the status of XVIII-12 \(United Nations Convention against Transnational Organized Crime\), not of XVIII-16/],
    ['a file older than status.md', '/older.xml', /✗ the file's status \(2025-11-18\) is older than asOf in .*status\.md \(2025-11-20\)/],
  ];

  it.concurrent.each(failures)('fails on %s, writes nothing and names the cause', async (_, route, cause, args = []) => {
    const run = await watch(route, { args });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(cause);
    expect(run.stderr).toMatch(/✗ The comparison could not be made: .*status\.md was not changed, and no report was written\.\n$/);
    expect(run.written).toBe(STATUS);
    expect(fs.readdirSync(run.reportDir)).toEqual([]);
    expect(fs.readdirSync(run.dir).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('retries what may pass, saying each attempt', async () => {
    const run = await watch('/error.xml', { args: ['--retries', '1'] });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('(2 attempts: 1. UNTC answered 500 Internal Server Error; 2. UNTC answered 500 Internal Server Error)');
  });

  it('refuses an address that is not one, before fetching anything', async () => {
    const dir = contentDirWith({ 'status.md': STATUS });
    const run = await runScriptAsync('status-watch.ts', ['--url', 'treaties.un.org/XVIII-16.en.xml'], { env: { CONTENT_DIR: dir } });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/✗ --url "treaties\.un\.org\/XVIII-16\.en\.xml" is not a web address\. Usage: npm run status:watch/);
  });
});
