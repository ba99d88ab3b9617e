/*
 * `npm run build`: checks the content, then builds the site into out/ with Next.js, strips Next's
 * client runtime from the export (scripts/strip-framework.ts), adds the site's modules where pages
 * use them, adds the articles' social cards (drawn before Next by scripts/build-social-images.ts,
 * only those that changed), indexes the finished pages for the site search (scripts/build-search-index.ts), adds the
 * editor at /admin/ (scripts/build-admin.ts) and writes the hosts' `_headers` file for every file
 * (lib/web/security-headers.ts). It ends with the time of each phase; with BUILD_REPORT_FILE set it
 * writes them there as JSON too, with how many social cards it drew, for `npm run bench`.
 * Content is read once, by the check, which writes a snapshot that Next's workers take instead of
 * parsing every file again. Invalid content stops the build before Next starts, and a failed build
 * never leaves a half-written out/: the previous one is kept as it was.
 *
 *   npm run build [-- --test]
 *
 * A build under CI is a build for publishing and stops unless SITE_URL is the public address;
 * `--test` marks a build the tests check, which may keep the local default (lib/web/paths.ts).
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { CONTENT_SNAPSHOT_ENV, socialImagesFile } from '../lib/content/snapshot';
import { BASE_PATH, publishingAddressProblem, SITE_URL } from '../lib/web/paths';
import { publisherFrom } from '../lib/web/publisher';
import { headersFile } from '../lib/web/security-headers';
import { gitBackend } from '../lib/cms/backend';
import { copySocialImages, type DrawnSocialImages } from './social-card-cache';
import { keepPreviousOutput } from './keep-previous-output';

const addressProblem = publishingAddressProblem({ siteUrl: process.env.SITE_URL, ci: process.env.CI, testBuild: process.argv.includes('--test') });
if (addressProblem) {
  console.error(`✗ ${addressProblem}`);
  process.exit(1);
}

/** The build's phases and their wall times, in order, for the summary line and `npm run bench`. */
const phases: { name: string; ms: number }[] = [];
let phaseStart = performance.now();
function phaseDone(name: string) {
  const now = performance.now();
  phases.push({ name, ms: Math.round(now - phaseStart) });
  phaseStart = now;
}

// Where Next's own output says a phase of `next build` begins: what comes before a marker is the phase named beside it.
const NEXT_PHASES = [
  { marker: 'Generating static pages', name: 'Next: compile and collect' },
  { marker: 'Finalizing page optimization', name: 'Next: page generation' },
];

/**
 * The old-generation heap each of Next's threads may use, in MB. Uncapped, V8 lets a page worker's
 * heap grow to 580 MB at N = 1,000 before collecting, though what it keeps is about 140 MB; capped,
 * two workers fit where one did (next.config.ts). A worker holds the content snapshot (16 MB of
 * JSON there), so the cap grows with it: a larger archive must never run out of heap.
 */
function heapCapMb(snapshotFile: string): number {
  return 200 + 8 * Math.ceil(fs.statSync(snapshotFile).size / 1024 / 1024);
}

/** Runs `next build`, passing its output through and timing its phases from it. */
function nextBuild(env: NodeJS.ProcessEnv): Promise<number> {
  const child = spawn('next', ['build'], { stdio: ['inherit', 'pipe', 'inherit'], env });
  const pending = [...NEXT_PHASES];
  createInterface({ input: child.stdout! }).on('line', (line) => {
    console.log(line);
    if (pending.length > 0 && line.includes(pending[0].marker)) phaseDone(pending.shift()!.name);
  });
  return new Promise((resolve) => child.on('close', (code) => (phaseDone('Next: finalising'), resolve(code ?? 1))));
}

const snapshotDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hanoi-content-'));
const snapshot = path.join(snapshotDir, 'content.json');
const check = spawnSync(process.execPath, [...process.execArgv, path.join(import.meta.dirname, 'check-content.ts'), '--snapshot', snapshot], { stdio: 'inherit' });
if (check.status !== 0) {
  fs.rmSync(snapshotDir, { recursive: true, force: true });
  process.exit(1);
}
phaseDone('content check');

// The social cards need only what the check wrote. They are drawn in a process of their own, on both
// cores, before Next starts: beside Next they slowed its page generation by more than they took, and
// their memory (satori's, about 150 MB) added to Next's peak.
const cardsManifest = path.join(snapshotDir, 'social-images-drawn.json');
// It renders a component (JSX, `@/` imports): tsx reads the project's tsconfig.json whatever the folder.
const cards = spawnSync(process.execPath, [...process.execArgv, path.join(import.meta.dirname, 'build-social-images.ts'), socialImagesFile(snapshot), cardsManifest], {
  stdio: 'inherit',
  env: { ...process.env, TSX_TSCONFIG_PATH: path.join(import.meta.dirname, '..', 'tsconfig.json') },
});
if (cards.status !== 0) {
  console.error('✗ The social cards could not be drawn: nothing was built.');
  fs.rmSync(snapshotDir, { recursive: true, force: true });
  process.exit(1);
}
phaseDone('social images');
const { missing: publisherSettings } = publisherFrom(process.env);
if (publisherSettings.length > 0) {
  console.warn(`${publisherSettings.join(' and ')} not set: the About page cannot say ${publisherSettings.includes('SITE_CONTACT') ? 'where readers report a mistake' : 'who publishes the site'} (README, "Settings").`);
}
if (!process.env.SITE_URL) {
  console.warn(`SITE_URL is not set: canonical links, feeds, the sitemap and citations will point to ${SITE_URL}. Set SITE_URL=https://… for a public build.`);
}

const out = path.resolve('out');

/** Every file of a built site, as paths relative to its folder. */
function builtFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => fs.statSync(path.join(dir, file)).isFile());
}

let socialCards = { drawn: 0, reused: 0 };
const code = await keepPreviousOutput(out, async () => {
  const nodeOptions = [process.env.NODE_OPTIONS, `--max-old-space-size=${heapCapMb(snapshot)}`].filter(Boolean).join(' ');
  const next = await nextBuild({ ...process.env, [CONTENT_SNAPSHOT_ENV]: snapshot, NODE_OPTIONS: nodeOptions });
  if (next !== 0) return next;
  // The steps after Next, loaded once it has finished: loaded with this script, their libraries
  // (Tailwind, esbuild, html-rewriter, the dictionaries) kept this process at 135 MB instead of 72 MB
  // through Next's page generation, when the build's memory peaks.
  const [{ ADMIN_PATH, buildAdmin }, { buildEnhancements }, { buildSearchIndex }, { ASSETS_DIR, ENHANCED_SELECTOR, FINDER_SELECTOR, SEARCH_SELECTOR, stripExport }] = await Promise.all([
    import('./build-admin'),
    import('./build-enhancements'),
    import('./build-search-index'),
    import('./strip-framework'),
  ]);
  const scripts = await buildEnhancements(out, BASE_PATH);
  const modules = [
    { selector: ENHANCED_SELECTOR, src: scripts.enhance },
    { selector: SEARCH_SELECTOR, src: scripts.search },
    { selector: FINDER_SELECTOR, src: scripts.finder },
  ];
  const report = await stripExport(out, { basePath: BASE_PATH, modules });
  const megabytes = (report.removedBytes / 1024 / 1024).toFixed(1);
  const loads = Object.entries(report.modulePages).map(([src, pages]) => `${pages.length} load ${src}`);
  console.log(`✓ Plain HTML: ${report.pages} pages without the framework (${report.removedFiles} files, ${megabytes} MB removed); ${loads.join(', ')}.`);
  phaseDone('strip the framework');
  const drawn = JSON.parse(fs.readFileSync(cardsManifest, 'utf8')) as DrawnSocialImages;
  socialCards = { drawn: drawn.drawn, reused: drawn.reused };
  const bytes = copySocialImages(out, drawn);
  console.log(`✓ Social images: ${drawn.cards.length} cards in out/ (${(bytes / 1024 / 1024).toFixed(1)} MB).`);
  phaseDone('social images into out/');
  // A failed index fails the build like any other step: keepPreviousOutput then restores the previous out/.
  const search = await buildSearchIndex(out);
  console.log(`✓ Search: ${Object.entries(search.pagesByLang).map(([lang, pages]) => `${pages} pages in ${lang}`).join(', ')}.`);
  phaseDone('search index');
  // After the index, which must never list the editor.
  const { backend, missing } = gitBackend(process.env);
  const admin = await buildAdmin(out, backend);
  console.log(`✓ Editor: ${ADMIN_PATH} with Decap CMS ${admin.version} (${(admin.bytes / 1024 / 1024).toFixed(1)} MB in ${admin.files} files, loaded there only).`);
  phaseDone('editor');
  // Last: its rules are drawn from every file the build wrote.
  fs.writeFileSync(path.join(out, '_headers'), headersFile(BASE_PATH, builtFiles(out), ASSETS_DIR));
  phaseDone('headers');
  if (missing.length > 0) console.warn(`${missing.join(' and ')} not set: the editor at ${ADMIN_PATH} cannot sign in to GitHub (docs/deploying.md, "The editor's sign-in"). \`npm run cms\` edits locally without it.`);
  return 0;
});
fs.rmSync(snapshotDir, { recursive: true, force: true });
if (code !== 0) console.error('✗ The build failed: out/ still holds the previous build.');
else console.log(`✓ Phases: ${phases.map(({ name, ms }) => `${name} ${(ms / 1000).toFixed(1)} s`).join(', ')}.`);
if (code === 0 && process.env.BUILD_REPORT_FILE) fs.writeFileSync(process.env.BUILD_REPORT_FILE, `${JSON.stringify({ phases, socialCards })}\n`);
process.exitCode = code;
