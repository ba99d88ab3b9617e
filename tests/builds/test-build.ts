import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

/**
 * Builds the whole site as a test build (`npm run build -- --test`) with `env` added (CONTENT_DIR,
 * SITE_TODAY), and returns a copy of out/ in a temporary folder of its own, which the next build
 * cannot change. Throws with the build's output when it fails; `what` names the build in that message.
 */
export function testBuild(what: string, env: { CONTENT_DIR?: string; SITE_TODAY?: string }): string {
  const result = spawnSync('npm', ['run', 'build', '--', '--test'], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`The build ${what} failed:\n${result.stdout}\n${result.stderr}`);
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'test-build-'));
  fs.cpSync(path.join(ROOT, 'out'), copy, { recursive: true });
  return copy;
}
