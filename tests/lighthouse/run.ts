/*
 * `npm run test:lighthouse`: Lighthouse CI over the built site in out/ (run `npm run build` first).
 *
 * Serves out/ as the browser tests do (tests/e2e/static-server.ts: under the base path the build is
 * for, with the site's headers), then runs `lhci autorun` with lighthouserc.cjs over PAGES in both
 * languages (collect, assert, then the filesystem upload to
 * reports/lighthouse/), then prints every page's scores with LCP, TBT and CLS and, for a category under
 * its required score, the audits that cost the points and the elements they name. Exits non-zero when
 * an assertion fails. Extra arguments go to `lhci autorun` (e.g. `-- --collect.numberOfRuns=3`).
 *
 * lhci keeps its working files in `.lighthouseci/` under the directory it runs in: it runs in reports/
 * so that nothing lands beside the sources.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { serveSite } from '../e2e/static-server';

const ROOT = path.join(import.meta.dirname, '..', '..');
const CONFIG = path.join(ROOT, 'lighthouserc.cjs');
const REPORTS = path.join(ROOT, 'reports');
const OUT = path.join(ROOT, 'out');
const OUTPUT_DIR = path.join(REPORTS, 'lighthouse');
const LHCI = path.join(ROOT, 'node_modules', '@lhci', 'cli', 'src', 'cli.js');
const CHROMIUM = '/usr/bin/chromium';

/** The pages checked, in both languages. */
const PAGES = ['/', '/articles/adoption/', '/timeline/', '/status/'];
const LANGUAGES = ['en', 'vi'];

/** The categories asserted at 100 in lighthouserc.cjs; performance is only reported. */
const ASSERTED = ['accessibility', 'best-practices', 'seo'];

type ManifestEntry = { url: string; isRepresentativeRun: boolean; jsonPath: string; summary: Record<string, number | null> };
type AuditItem = Record<string, unknown> & {
  node?: { selector?: string; snippet?: string; nodeLabel?: string };
  url?: string;
  description?: string;
  source?: unknown;
  sourceLocation?: { url?: string };
};
type Audit = {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  numericValue?: number;
  explanation?: string;
  details?: { items?: AuditItem[] };
};
type Report = {
  audits: Record<string, Audit>;
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  runWarnings?: string[];
};

function fail(message: string): never {
  console.error(`test:lighthouse: ${message}`);
  process.exit(1);
}

if (!fs.existsSync(CHROMIUM)) fail(`no Chromium at ${CHROMIUM}: run tests/e2e/install-chromium.sh (apt-get install chromium).`);

if (!fs.existsSync(path.join(OUT, 'index.html'))) fail('out/ has no built site: run `npm run build` first.');

// Reports from an earlier run would sit beside this run's under other file names.
fs.rmSync(OUTPUT_DIR, { recursive: true, force: true });
fs.mkdirSync(REPORTS, { recursive: true });

const server = await serveSite(OUT);
const urls = PAGES.flatMap((page) => LANGUAGES.map((lang) => `${server.url}/${lang}${page}`));
const started = Date.now();
// Asynchronous, so that this process's server answers Lighthouse's requests meanwhile.
const lhci = await new Promise<{ status: number | null; signal: NodeJS.Signals | null }>((resolve) => {
  spawn(process.execPath, [LHCI, 'autorun', `--config=${CONFIG}`, ...urls.map((url) => `--collect.url=${url}`), ...process.argv.slice(2)], { cwd: REPORTS, stdio: 'inherit' }).on('exit', (status, signal) => resolve({ status, signal }));
});
await server.close();
const seconds = Math.round((Date.now() - started) / 1000);

const manifestPath = path.join(OUTPUT_DIR, 'manifest.json');
if (!fs.existsSync(manifestPath)) fail(`lhci wrote no ${path.relative(ROOT, manifestPath)} (exit code ${lhci.status ?? lhci.signal}).`);
const entries = (JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as ManifestEntry[]).filter((e) => e.isRepresentativeRun);

const percent = (score: number | null | undefined) => (typeof score === 'number' ? String(Math.round(score * 100)) : 'n/a');
const widths = [26, 6, 6, 6, 6, 9, 8, 7];
const row = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' ');
const short = (text: string, length = 160) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

/** What an audit's detail row points at: an element, a URL or a message. */
function describe(item: AuditItem): string {
  const parts = [
    item.node?.selector,
    item.node?.snippet,
    typeof item.url === 'string' ? item.url : undefined,
    item.sourceLocation?.url,
    typeof item.description === 'string' ? item.description : undefined,
  ].filter((part): part is string => typeof part === 'string' && part !== '');
  return short(parts.join('  ') || JSON.stringify(item));
}

const table = [row(['page', 'perf', 'a11y', 'bp', 'seo', 'LCP', 'TBT', 'CLS'])];
const problems: string[] = [];
for (const entry of entries) {
  const report = JSON.parse(fs.readFileSync(path.resolve(OUTPUT_DIR, entry.jsonPath), 'utf8')) as Report;
  const page = new URL(entry.url).pathname;
  const metric = (id: string) => report.audits[id]?.numericValue ?? NaN;
  table.push(
    row([
      page,
      percent(entry.summary.performance),
      percent(entry.summary.accessibility),
      percent(entry.summary['best-practices']),
      percent(entry.summary.seo),
      `${Math.round(metric('largest-contentful-paint'))} ms`,
      `${Math.round(metric('total-blocking-time'))} ms`,
      metric('cumulative-layout-shift').toFixed(3),
    ]),
  );
  for (const warning of report.runWarnings ?? []) problems.push(`${page}: Lighthouse warning: ${warning}`);
  for (const id of ASSERTED) {
    const category = report.categories[id];
    if (!category || category.score === 1) continue;
    problems.push(`${page}: ${id} ${percent(category?.score)} (needs 100)`);
    for (const ref of category?.auditRefs ?? []) {
      const audit = report.audits[ref.id];
      if (ref.weight === 0 || !audit || audit.score === null || audit.score >= 1) continue;
      problems.push(`  ✘ ${audit.id} (score ${audit.score}): ${audit.title}${audit.explanation ? ` — ${audit.explanation}` : ''}`);
      const items = audit.details?.items ?? [];
      for (const item of items.slice(0, 5)) problems.push(`      ${describe(item)}`);
      if (items.length > 5) problems.push(`      … and ${items.length - 5} more (see the HTML report)`);
    }
  }
}

console.log(`\nLighthouse ${entries.length} page(s), mobile, simulated throttling, ${seconds} s (performance and timings are reported, not asserted):`);
console.log(table.join('\n'));
if (problems.length) console.log(`\n${problems.join('\n')}`);
console.log(`\nReports: ${path.relative(ROOT, OUTPUT_DIR)}/ (manifest.json, one .report.html and .report.json per run).`);

if (lhci.status !== 0) fail(`lhci autorun failed (exit code ${lhci.status ?? lhci.signal}): see the assertions above.`);
