/*
 * `npm run build` (after `npm run check` has passed): builds the site into out/ with Next.js, then
 * strips Next's client runtime from the export (scripts/strip-framework.ts) and adds the one
 * enhancement module. A failed build never leaves a half-written out/: the previous one is kept.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { BASE_PATH, SITE_URL } from '../lib/paths';
import { buildEnhancements } from './build-enhancements';
import { keepPreviousOutput } from './keep-previous-output';
import { stripExport } from './strip-framework';

if (!process.env.SITE_URL) {
  console.warn(`SITE_URL is not set: canonical links, feeds, the sitemap and citations will point to ${SITE_URL}. Set SITE_URL=https://… for a public build.`);
}

const out = path.resolve('out');
const code = await keepPreviousOutput(out, async () => {
  const next = spawnSync('next', ['build'], { stdio: 'inherit' }).status ?? 1;
  if (next !== 0) return next;
  const enhancementScript = await buildEnhancements(out, BASE_PATH);
  const report = await stripExport(out, { basePath: BASE_PATH, enhancementScript });
  const megabytes = (report.removedBytes / 1024 / 1024).toFixed(1);
  console.log(`✓ Plain HTML: ${report.pages} pages without the framework (${report.removedFiles} files, ${megabytes} MB removed); ${report.enhancedPages.length} load ${enhancementScript}.`);
  return 0;
});
if (code !== 0) console.error('✗ The build failed: out/ still holds the previous build.');
process.exitCode = code;
