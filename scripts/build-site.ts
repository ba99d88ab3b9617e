/*
 * `npm run build`: checks the content, then builds the site into out/ with Next.js, strips Next's
 * client runtime from the export (scripts/strip-framework.ts), adds the site's modules where pages
 * use them, indexes the finished pages for the site search (scripts/build-search-index.ts), adds the
 * editor at /admin/ (scripts/build-admin.ts) and writes the hosts' `_headers` file for every file
 * (lib/web/security-headers.ts).
 * Content is read once, by the check, which writes a snapshot that Next's workers take instead of
 * parsing every file again. Invalid content stops the build before Next starts, and a failed build
 * never leaves a half-written out/: the previous one is kept as it was.
 *
 *   npm run build [-- --test]
 *
 * A build under CI is a build for publishing and stops unless SITE_URL is the public address;
 * `--test` marks a build the tests check, which may keep the local default (lib/web/paths.ts).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CONTENT_SNAPSHOT_ENV } from '../lib/content/snapshot';
import { BASE_PATH, publishingAddressProblem, SITE_URL } from '../lib/web/paths';
import { publisherFrom } from '../lib/web/publisher';
import { headersFile } from '../lib/web/security-headers';
import { gitBackend } from '../lib/cms/backend';
import { ADMIN_PATH, buildAdmin } from './build-admin';
import { buildEnhancements } from './build-enhancements';
import { buildSearchIndex } from './build-search-index';
import { keepPreviousOutput } from './keep-previous-output';
import { ASSETS_DIR, ENHANCED_SELECTOR, FINDER_SELECTOR, SEARCH_SELECTOR, stripExport } from './strip-framework';

const addressProblem = publishingAddressProblem({ siteUrl: process.env.SITE_URL, ci: process.env.CI, testBuild: process.argv.includes('--test') });
if (addressProblem) {
  console.error(`✗ ${addressProblem}`);
  process.exit(1);
}

const snapshotDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hanoi-content-'));
const snapshot = path.join(snapshotDir, 'content.json');
const check = spawnSync(process.execPath, [...process.execArgv, path.join(import.meta.dirname, 'check-content.ts'), '--snapshot', snapshot], { stdio: 'inherit' });
if (check.status !== 0) {
  fs.rmSync(snapshotDir, { recursive: true, force: true });
  process.exit(1);
}
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

const code = await keepPreviousOutput(out, async () => {
  const next = spawnSync('next', ['build'], { stdio: 'inherit', env: { ...process.env, [CONTENT_SNAPSHOT_ENV]: snapshot } }).status ?? 1;
  if (next !== 0) return next;
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
  // A failed index fails the build like any other step: keepPreviousOutput then restores the previous out/.
  const search = await buildSearchIndex(out);
  console.log(`✓ Search: ${Object.entries(search.pagesByLang).map(([lang, pages]) => `${pages} pages in ${lang}`).join(', ')}.`);
  // After the index, which must never list the editor.
  const { backend, missing } = gitBackend(process.env);
  const admin = await buildAdmin(out, backend);
  console.log(`✓ Editor: ${ADMIN_PATH} with Decap CMS ${admin.version} (${(admin.bytes / 1024 / 1024).toFixed(1)} MB in ${admin.files} files, loaded there only).`);
  // Last: its rules are drawn from every file the build wrote.
  fs.writeFileSync(path.join(out, '_headers'), headersFile(BASE_PATH, builtFiles(out), ASSETS_DIR));
  if (missing.length > 0) console.warn(`${missing.join(' and ')} not set: the editor at ${ADMIN_PATH} cannot sign in to GitHub (docs/deploying.md, "The editor's sign-in"). \`npm run cms\` edits locally without it.`);
  return 0;
});
fs.rmSync(snapshotDir, { recursive: true, force: true });
if (code !== 0) console.error('✗ The build failed: out/ still holds the previous build.');
process.exitCode = code;
