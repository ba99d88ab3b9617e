/*
 * `npm run build`: checks the content, then builds the site into out/ with Next.js, strips Next's
 * client runtime from the export (scripts/strip-framework.ts), adds the one enhancement module and
 * writes the hosts' `_headers` file (lib/security-headers.ts).
 * Content is read once, by the check, which writes a snapshot that Next's workers take instead of
 * parsing every file again. Invalid content stops the build before Next starts, and a failed build
 * never leaves a half-written out/: the previous one is kept as it was.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CONTENT_SNAPSHOT_ENV } from '../lib/content/snapshot';
import { BASE_PATH, SITE_URL } from '../lib/paths';
import { headersFile } from '../lib/security-headers';
import { buildEnhancements } from './build-enhancements';
import { keepPreviousOutput } from './keep-previous-output';
import { ASSETS_DIR, stripExport } from './strip-framework';

const snapshotDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hanoi-content-'));
const snapshot = path.join(snapshotDir, 'content.json');
const check = spawnSync(process.execPath, [...process.execArgv, path.join(import.meta.dirname, 'check-content.ts'), '--snapshot', snapshot], { stdio: 'inherit' });
if (check.status !== 0) {
  fs.rmSync(snapshotDir, { recursive: true, force: true });
  process.exit(1);
}
if (!process.env.SITE_URL) {
  console.warn(`SITE_URL is not set: canonical links, feeds, the sitemap and citations will point to ${SITE_URL}. Set SITE_URL=https://… for a public build.`);
}

const out = path.resolve('out');
const code = await keepPreviousOutput(out, async () => {
  const next = spawnSync('next', ['build'], { stdio: 'inherit', env: { ...process.env, [CONTENT_SNAPSHOT_ENV]: snapshot } }).status ?? 1;
  if (next !== 0) return next;
  const enhancementScript = await buildEnhancements(out, BASE_PATH);
  const report = await stripExport(out, { basePath: BASE_PATH, enhancementScript });
  fs.writeFileSync(path.join(out, '_headers'), headersFile(BASE_PATH, ASSETS_DIR));
  const megabytes = (report.removedBytes / 1024 / 1024).toFixed(1);
  console.log(`✓ Plain HTML: ${report.pages} pages without the framework (${report.removedFiles} files, ${megabytes} MB removed); ${report.enhancedPages.length} load ${enhancementScript}.`);
  return 0;
});
fs.rmSync(snapshotDir, { recursive: true, force: true });
if (code !== 0) console.error('✗ The build failed: out/ still holds the previous build.');
process.exitCode = code;
