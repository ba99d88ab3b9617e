/*
 * `npm run build` (after `npm run check` has passed): builds the site into out/ with Next.js.
 * A failed build never leaves a half-written out/: the previous one is kept as it was.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { keepPreviousOutput } from './keep-previous-output';

const code = keepPreviousOutput(path.resolve('out'), () => spawnSync('next', ['build'], { stdio: 'inherit' }).status ?? 1);
if (code !== 0) console.error('✗ The build failed: out/ still holds the previous build.');
process.exitCode = code;
