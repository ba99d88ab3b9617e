/*
 * `npm run build` (after `npm run check` has passed): builds the site into out/ with Next.js.
 * A failed build never leaves a half-written out/: the previous one is kept as it was.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { SITE_URL } from '../lib/paths';
import { keepPreviousOutput } from './keep-previous-output';

if (!process.env.SITE_URL) {
  console.warn(`SITE_URL is not set: canonical links, feeds, the sitemap and citations will point to ${SITE_URL}. Set SITE_URL=https://… for a public build.`);
}

const code = keepPreviousOutput(path.resolve('out'), () => spawnSync('next', ['build'], { stdio: 'inherit' }).status ?? 1);
if (code !== 0) console.error('✗ The build failed: out/ still holds the previous build.');
process.exitCode = code;
