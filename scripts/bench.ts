/*
 * `npm run bench` (after `npm run build`): prints how heavy the built pages are and how long content
 * takes to load. Figures, not pass/fail: timing on shared machines is too noisy for tests.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { CONTENT_DIR, loadContent } from '../lib/content';
import { worldMap } from '../lib/world-map';


const OUT = path.resolve('out');
if (!fs.existsSync(path.join(OUT, 'index.html'))) {
  console.error('No build in out/: run npm run build first.');
  process.exit(1);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (file: string) => gzipSync(fs.readFileSync(file)).length;

/** The HTML of a page and the scripts and styles it loads, each gzipped as a server would send them. */
function pageWeight(url: string) {
  const file = path.join(OUT, url, 'index.html');
  const html = fs.readFileSync(file, 'utf8');
  const assets = (pattern: RegExp) => [...new Set([...html.matchAll(pattern)].map((m) => m[1]))].map((src) => path.join(OUT, src.split('?')[0]));
  const js = assets(/<script[^>]+src="([^"]+\.js[^"]*)"/g).reduce((sum, f) => sum + gz(f), 0);
  const css = assets(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g).reduce((sum, f) => sum + gz(f), 0);
  return { url, html: gz(file), js, css };
}

function median(runs: number, task: () => void): number {
  const times = Array.from({ length: runs }, () => {
    const start = performance.now();
    task();
    return performance.now() - start;
  }).sort((a, b) => a - b);
  return times[Math.floor(runs / 2)];
}

const pages = ['/', '/en/', '/vi/', '/en/articles/adoption/', '/vi/articles/hanoi-signing-ceremony/', '/en/timeline/', '/en/status/', '/en/data/', '/en/glossary/'];
const weights = pages.map(pageWeight);
const baseline = weights.find((w) => w.url === '/en/')!;
console.log('Page weight, gzipped (HTML + JS + CSS), and total relative to the English home page:');
console.log(`${'page'.padEnd(40)}${'HTML'.padStart(10)}${'JS'.padStart(10)}${'CSS'.padStart(10)}${'total'.padStart(10)}  ratio`);
for (const w of weights) {
  const total = w.html + w.js + w.css;
  const ratio = total / (baseline.html + baseline.js + baseline.css);
  console.log(`${w.url.padEnd(40)}${kb(w.html).padStart(10)}${kb(w.js).padStart(10)}${kb(w.css).padStart(10)}${kb(total).padStart(10)}  ${ratio.toFixed(2)}`);
}

const files = fs.readdirSync(OUT, { recursive: true, encoding: 'utf8' }).filter((f) => fs.statSync(path.join(OUT, f)).isFile());
const bytes = files.reduce((sum, f) => sum + fs.statSync(path.join(OUT, f)).size, 0);
console.log(`\nout/: ${files.length} files, ${kb(bytes)} on disk`);

const map = worldMap(loadContent(CONTENT_DIR).status.participants);
console.log(`Status map path data (inline SVG, before gzip): ${kb(Object.values(map.paths).join('').length)} (target: under 60 KB)`);

const load = median(15, () => loadContent(CONTENT_DIR));
console.log(`Content load and validation (all files, median of 15): ${load.toFixed(0)} ms`);
