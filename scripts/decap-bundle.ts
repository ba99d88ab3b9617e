/*
 * The editor's code, Decap CMS, taken from the npm package's ready-built dist/ folder. The package
 * would add some 600 dependencies to node_modules for a bundle that already contains them all, so
 * the build fetches the one tarball through npm itself (its registry, proxy and cache settings),
 * checks it against the integrity pinned here, as a lock file would, and keeps the unpacked files in
 * node_modules/.cache for the next build. To upgrade, change VERSION and INTEGRITY together, taking
 * INTEGRITY from `npm view decap-cms@<version> dist.integrity`.
 */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const DECAP = {
  name: 'decap-cms',
  version: '3.16.3',
  integrity: 'sha512-hf+dPlCh7TJmWl8+6VRzHYOWhri5xgUknrZbDewaWe4s9B7xJ8PQugp2QHeSldMUKzav6+z0oIpwUYhUJDYtYw==',
} as const;

/** The bundle's entry script; webpack loads its numbered chunks from the same folder. */
export const DECAP_ENTRY = 'decap-cms.js';

const CACHE_DIR = path.resolve('node_modules', '.cache', `${DECAP.name}-${DECAP.version}`);

/** The files a browser needs: the entry, its chunks, their WebAssembly and the licence text; not the source maps, nor the copy named cms.js. */
const SHIPPED = /^(decap-cms\.js|\d+\.decap-cms\.js|[0-9a-f]+\.wasm|decap-cms\.js\.LICENSE\.txt)$/;

function integrityOf(file: string): string {
  return `sha512-${crypto.createHash('sha512').update(fs.readFileSync(file)).digest('base64')}`;
}

/** The folder holding the bundle's dist/ files, fetching and checking the tarball on first use. */
export function decapDist(): string {
  if (fs.existsSync(path.join(CACHE_DIR, DECAP_ENTRY))) return CACHE_DIR;
  // Unpacked beside the cache, so the final rename stays on one file system.
  fs.mkdirSync(path.dirname(CACHE_DIR), { recursive: true });
  const work = fs.mkdtempSync(`${CACHE_DIR}.partial-`);
  try {
    const spec = `${DECAP.name}@${DECAP.version}`;
    const tarball = execFileSync('npm', ['pack', spec, '--pack-destination', work, '--silent'], { encoding: 'utf8' }).trim().split('\n').pop()!;
    const actual = integrityOf(path.join(work, tarball));
    if (actual !== DECAP.integrity) {
      throw new Error(`${spec} from the registry has integrity ${actual}, not the ${DECAP.integrity} pinned in scripts/decap-bundle.ts: refusing to ship it`);
    }
    execFileSync('tar', ['-xzf', path.join(work, tarball), '-C', work, 'package/dist']);
    const dist = path.join(work, 'package', 'dist');
    for (const file of fs.readdirSync(dist)) if (!SHIPPED.test(file)) fs.rmSync(path.join(dist, file));
    fs.rmSync(CACHE_DIR, { recursive: true, force: true });
    // A rename, so an interrupted fetch never leaves a half-filled cache behind.
    fs.renameSync(dist, CACHE_DIR);
    return CACHE_DIR;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
