/*
 * `npm run test:lighthouse`: Lighthouse over the built site in out/ (run `npm run build` first).
 *
 * Serves out/ as the browser tests do (tests/e2e/static-server.ts: under the base path the build is
 * for, with the site's headers) and runs Lighthouse with its defaults (mobile form factor, simulated
 * throttling) over PAGES in both languages, one after the other in one Debian Chromium with the
 * browser tests' flags. Accessibility, best practices and SEO must score 100; performance is measured
 * and reported, never asserted: timings on shared two-core machines are noisy. Prints every page's
 * scores with LCP, TBT and CLS and, for a category under 100, the audits that cost the points and the
 * elements they name; exits non-zero then.
 *
 * Lighthouse's own API rather than Lighthouse CI, which starts a new Node process and a new Chromium
 * for every page: 6 of the 16 s each page took here. Reports go to reports/lighthouse/: one
 * .report.html and .report.json per page, and manifest.json listing them with their scores (read by
 * `npm run bench`).
 */
import fs from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { serveSite } from '../e2e/static-server';

const ROOT = path.join(import.meta.dirname, '..', '..');
const OUT = path.join(ROOT, 'out');
const OUTPUT_DIR = path.join(ROOT, 'reports', 'lighthouse');
const CHROMIUM = '/usr/bin/chromium';
// tests/e2e/browser.ts's flags, headless.
const CHROMIUM_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The pages checked, in both languages. */
const PAGES = ['/', '/articles/adoption/', '/timeline/', '/status/'];
const LANGUAGES = ['en', 'vi'];

/** The categories that must score 100; performance is only reported. */
const ASSERTED = ['accessibility', 'best-practices', 'seo'];

/** One page's line in manifest.json (the shape `npm run bench` reads, scripts/bench/lighthouse.ts). */
type ManifestEntry = { url: string; isRepresentativeRun: true; summary: Record<string, number | null>; jsonPath: string; htmlPath: string };
type AuditItem = Record<string, unknown> & {
  node?: { selector?: string; snippet?: string };
  url?: string;
  description?: string;
  sourceLocation?: { url?: string };
};

function fail(message: string): never {
  console.error(`test:lighthouse: ${message}`);
  process.exit(1);
}

if (!fs.existsSync(CHROMIUM)) fail(`no Chromium at ${CHROMIUM}: run tests/e2e/install-chromium.sh (apt-get install chromium).`);
if (!fs.existsSync(path.join(OUT, 'index.html'))) fail('out/ has no built site: run `npm run build` first.');

// Reports from an earlier run would sit beside this run's under other file names.
fs.rmSync(OUTPUT_DIR, { recursive: true, force: true });
fs.mkdirSync(OUTPUT_DIR, { recursive: true });

const server = await serveSite(OUT);
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS });
const started = Date.now();
const reports: { url: string; name: string; lhr: Result }[] = [];
try {
  for (const url of PAGES.flatMap((page) => LANGUAGES.map((lang) => `${server.url}/${lang}${page}`))) {
    console.log(`Lighthouse: ${url}`);
    // No full-page screenshot: it only illustrates the HTML report's elements, and took 1.4–2 s of each page's 10–12 s.
    const result = await lighthouse(url, { port: chrome.port, output: ['json', 'html'], logLevel: 'error', disableFullPageScreenshot: true });
    if (!result) fail(`Lighthouse returned no result for ${url}.`);
    const [json, html] = result.report as string[];
    const name = new URL(url).pathname.replace(/^\/|\/$/g, '').replaceAll('/', '_') || 'root';
    fs.writeFileSync(path.join(OUTPUT_DIR, `${name}.report.json`), json);
    fs.writeFileSync(path.join(OUTPUT_DIR, `${name}.report.html`), html);
    reports.push({ url, name, lhr: result.lhr });
  }
} finally {
  chrome.kill();
  await server.close();
}
const manifest: ManifestEntry[] = reports.map(({ url, name, lhr }) => ({
  url,
  isRepresentativeRun: true,
  summary: Object.fromEntries(Object.entries(lhr.categories).map(([id, category]) => [id, category.score])),
  jsonPath: `${name}.report.json`,
  htmlPath: `${name}.report.html`,
}));
fs.writeFileSync(path.join(OUTPUT_DIR, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
const seconds = Math.round((Date.now() - started) / 1000);

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
let failed = false;
for (const { url, lhr } of reports) {
  const page = new URL(url).pathname;
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const score = (id: string) => percent(lhr.categories[id]?.score);
  table.push(
    row([
      page,
      score('performance'),
      score('accessibility'),
      score('best-practices'),
      score('seo'),
      `${Math.round(metric('largest-contentful-paint'))} ms`,
      `${Math.round(metric('total-blocking-time'))} ms`,
      metric('cumulative-layout-shift').toFixed(3),
    ]),
  );
  for (const warning of lhr.runWarnings ?? []) problems.push(`${page}: Lighthouse warning: ${warning}`);
  for (const id of ASSERTED) {
    const category = lhr.categories[id];
    if (category?.score === 1) continue;
    failed = true;
    problems.push(`${page}: ${id} ${percent(category?.score)} (needs 100)`);
    for (const ref of category?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight === 0 || !audit || audit.score === null || audit.score >= 1) continue;
      problems.push(`  ✘ ${audit.id} (score ${audit.score}): ${audit.title}${audit.explanation ? ` — ${audit.explanation}` : ''}`);
      const items = (audit.details as { items?: AuditItem[] } | undefined)?.items ?? [];
      for (const item of items.slice(0, 5)) problems.push(`      ${describe(item)}`);
      if (items.length > 5) problems.push(`      … and ${items.length - 5} more (see the HTML report)`);
    }
  }
}

console.log(`\nLighthouse ${reports.length} page(s), mobile, simulated throttling, ${seconds} s (performance and timings are reported, not asserted):`);
console.log(table.join('\n'));
if (problems.length) console.log(`\n${problems.join('\n')}`);
console.log(`\nReports: ${path.relative(ROOT, OUTPUT_DIR)}/ (manifest.json, one .report.html and .report.json per page).`);

if (failed) fail('a category that must score 100 did not: see above.');
