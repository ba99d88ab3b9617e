/*
 * `npm run bench`: how the site scales. For N = 10, 100 and 1,000 synthetic articles per language
 * (`--quick`: N = 10 only; `--sizes 10,100`: any), it builds the site cold with the real
 * `npm run build` and reports build time, its CPU time and peak memory, each phase of the build
 * (as the build reports them), at the smallest N a rebuild of the same content with the build's cache kept (as a
 * host's daily rebuild: it should draw no social card), out/ size, the heaviest page, what four pages load, and the content
 * library's time against raw gray-matter + remark-html; then the
 * Lighthouse figures if there are any. It prints tables beside the targets and writes JSON to
 * bench-results/ for comparing runs. It builds the working tree as it is or, with `--commit <rev>`,
 * a committed version. Figures, not tests: timing on shared machines is too noisy for tests.
 *
 * The builds run in a throwaway copy of the project in the system's temporary folder (taken once
 * at the start), never in the project itself: another build, a dev server or the e2e tests may be
 * using its out/ and .next/ at the same time, and a copy cannot leave them or content/ changed, even
 * when a build fails or the bench is killed half-way. (Moving out/ aside and back would not be safe
 * against those.) Linux only: memory is read from /proc.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import matter from 'gray-matter';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkHtml from 'remark-html';
import { lighthouseLines, readLighthouse } from './bench/lighthouse';
import { syntheticSlug, writeSyntheticContent } from './bench/synthetic-content';

const ROOT = path.resolve(import.meta.dirname, '..');
const KB = 1024;
const MB = 1024 * KB;
const GB = 1024 * MB;

const option = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const SIZES = process.argv.includes('--quick') ? [10] : (option('--sizes')?.split(',').map(Number) ?? [10, 100, 1000]);
const COMMIT = option('--commit');

// ---------------------------------------------------------------------------------------------
// Building

/**
 * A copy of the project to build in: the working tree without its build output, caches or git
 * data, or with `--commit <rev>` that commit's files (`git archive`, which changes nothing in git).
 */
function copyProject(target: string, commit?: string) {
  if (commit) {
    fs.mkdirSync(target, { recursive: true });
    const tar = spawnSync('git', ['archive', '--format=tar', commit], { cwd: ROOT, maxBuffer: 1024 * MB });
    if (tar.status !== 0 || spawnSync('tar', ['-x', '-C', target], { input: tar.stdout }).status !== 0) {
      throw new Error(`cannot copy commit ${commit}: ${tar.stderr}`);
    }
  } else {
    const skip = new Set(['node_modules', '.next', 'out', 'out.previous', '.git', 'bench-results', 'reports', 'test-results', 'tsconfig.tsbuildinfo']);
    fs.cpSync(ROOT, target, { recursive: true, filter: (src) => src === ROOT || !skip.has(path.relative(ROOT, src)) });
  }
  // Turbopack refuses a node_modules symlinked from outside the project root, so the copy gets
  // hard links instead: instant and no extra disk on the same file system; a full copy otherwise.
  const modules = fs.realpathSync(path.join(ROOT, 'node_modules'));
  if (spawnSync('cp', ['-al', modules, path.join(target, 'node_modules')]).status !== 0) {
    fs.cpSync(modules, path.join(target, 'node_modules'), { recursive: true, verbatimSymlinks: true });
  }
}

type Memory = { rss: number; pss: number };

/**
 * The memory of a process and all its descendants, in bytes, from /proc: the sum of their resident
 * sets (VmRSS), which counts pages they share once per process, and of their proportional sets
 * (Pss), which splits shared pages between them and so adds up to what the tree really holds.
 */
function treeMemory(root: number): Memory {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name (in parentheses) may contain spaces: the parent pid is the second field after it.
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const kB = (file: string, field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(fs.readFileSync(file, 'utf8'))?.[1] ?? 0) * KB;
  const total = { rss: 0, pss: 0 };
  for (const queue = [root]; queue.length > 0; ) {
    const pid = queue.pop()!;
    queue.push(...(children.get(pid) ?? []));
    try {
      total.rss += kB(`/proc/${pid}/status`, 'VmRSS');
      total.pss += kB(`/proc/${pid}/smaps_rollup`, 'Pss');
    } catch {
      // Ended.
    }
  }
  return total;
}

/** A phase of the build and its wall time, as the build reports them (scripts/build-site.ts). */
type Phase = { name: string; ms: number };

type Build = {
  code: number;
  wallMs: number;
  /** User + system time of every process of the build: its wall time can be no less than this over the cores. */
  cpuMs: number;
  peakBytes: number;
  peakPssBytes: number;
  loadAverage: [number, number];
  log: string;
  /** Empty for commits whose build did not report its phases yet. */
  phases: Phase[];
  /** The social cards the build drew and took from its cache; null before the cache existed. */
  socialCards: { drawn: number; reused: number } | null;
};

const CLOCK_TICKS_PER_SECOND = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;

/**
 * The CPU time, in ms, of this process's children that have ended and been waited for, theirs
 * included (cutime + cstime in /proc/self/stat): a build's, read before and after it.
 */
function childrenCpuMs(): number {
  const stat = fs.readFileSync('/proc/self/stat', 'utf8');
  // Fields after the command name (in parentheses): cutime and cstime are the 14th and 15th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / CLOCK_TICKS_PER_SECOND;
}

/** Runs `npm run build` in `site` on `contentDir`, sampling the whole process tree's memory every 150 ms. */
function build(site: string, contentDir: string): Promise<Build> {
  const log = path.join(site, 'build.log');
  const report = path.join(site, 'build-report.json');
  fs.rmSync(report, { force: true });
  const output = fs.openSync(log, 'w');
  const env: NodeJS.ProcessEnv = { ...process.env, CONTENT_DIR: contentDir, NEXT_TELEMETRY_DISABLED: '1', BUILD_REPORT_FILE: report };
  delete env.SITE_URL; // base path '', as the page weights below assume
  const start = performance.now();
  const cpuBefore = childrenCpuMs();
  // A test build: it keeps the local address even on a machine with CI set.
  const child = spawn('npm', ['run', 'build', '--', '--test'], { cwd: site, env, stdio: ['ignore', output, output] });
  // The machine's load before and after: above about 1, something else was competing for the two cores.
  const loadBefore = os.loadavg()[0];
  let peakBytes = 0;
  let peakPssBytes = 0;
  const timer = setInterval(() => {
    const memory = treeMemory(child.pid!);
    peakBytes = Math.max(peakBytes, memory.rss);
    peakPssBytes = Math.max(peakPssBytes, memory.pss);
  }, 150);
  return new Promise((resolve) => {
    child.on('exit', (code) => {
      const wallMs = performance.now() - start;
      clearInterval(timer);
      const cpuMs = childrenCpuMs() - cpuBefore;
      fs.closeSync(output);
      const reported = fs.existsSync(report) ? JSON.parse(fs.readFileSync(report, 'utf8')) : {};
      resolve({ code: code ?? 1, wallMs, cpuMs, peakBytes, peakPssBytes, loadAverage: [loadBefore, os.loadavg()[0]], log, phases: reported.phases ?? [], socialCards: reported.socialCards ?? null });
    });
  });
}

// ---------------------------------------------------------------------------------------------
// What the build wrote

type Size = { raw: number; gzip: number };
// gzip at zlib's default level, as static hosts typically serve it.
const sizeOf = (file: string): Size => {
  const bytes = fs.readFileSync(file);
  return { raw: bytes.length, gzip: gzipSync(bytes).length };
};
const add = (a: Size, b: Size): Size => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const ZERO: Size = { raw: 0, gzip: 0 };

type PageWeight = { name: string; url: string; html: Size; css: Size; js: Size; enhanced: boolean; missing: string[] };

/** A page's HTML and every script and stylesheet file it loads (each counted once), as in out/. */
function pageWeight(out: string, name: string, url: string): PageWeight {
  const html = fs.readFileSync(path.join(out, url, 'index.html'), 'utf8');
  const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => attr(tag, 'src'));
  const styles = [...html.matchAll(/<link\b[^>]*>/g)].map((m) => m[0]).filter((tag) => attr(tag, 'rel')?.split(/\s+/).includes('stylesheet'));
  const missing: string[] = [];
  const total = (urls: string[]) =>
    [...new Set(urls.map((u) => u.split(/[?#]/)[0]))].reduce((sum, u) => {
      const file = path.join(out, u); // SITE_URL is unset, so the base path is '' and URLs map straight onto out/
      if (!fs.existsSync(file)) return missing.push(u), sum;
      return add(sum, sizeOf(file));
    }, ZERO);
  return {
    name,
    url,
    html: sizeOf(path.join(out, url, 'index.html')),
    css: total(styles.map((tag) => attr(tag, 'href')!)),
    js: total(scripts.map((tag) => attr(tag, 'src')!)),
    enhanced: scripts.some((tag) => attr(tag, 'type') === 'module'),
    missing,
  };
}

const total = (p: PageWeight) => p.html.gzip + p.css.gzip + p.js.gzip;

/** The heaviest of the State pages (`/en/status/de/`…, both languages), HTML + CSS + JS gzipped; none before they existed. */
function heaviestStatePage(out: string): PageWeight[] {
  const urls = ['en', 'vi'].flatMap((lang) =>
    fs.readdirSync(path.join(out, lang, 'status'), { withFileTypes: true }).filter((entry) => entry.isDirectory() && /^[a-z]{2}$/.test(entry.name)).map((entry) => `/${lang}/status/${entry.name}/`),
  );
  const weights = urls.map((url) => pageWeight(out, 'state', url));
  return weights.length === 0 ? [] : [weights.reduce((heaviest, page) => (total(page) > total(heaviest) ? page : heaviest))];
}

type OutStats = { files: number; bytes: number; rscTxtFiles: number; articlePages: number; heaviest: Size & { file: string } };

/** Files and bytes in out/, its RSC payload files, article pages, and the heaviest HTML file by gzip. */
function outStats(out: string): OutStats {
  const files = fs.readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => fs.statSync(path.join(out, f)).isFile());
  const fileSet = new Set(files);
  // Next writes `__next.*.txt` files and an `index.txt` beside each page for client navigation; robots.txt is not one.
  const isRsc = (f: string) => /^__next\..*\.txt$/.test(path.basename(f)) || (path.basename(f) === 'index.txt' && fileSet.has(path.join(path.dirname(f), 'index.html')));
  let heaviest = { file: '', raw: 0, gzip: 0 };
  for (const f of files.filter((f) => f.endsWith('.html'))) {
    const size = sizeOf(path.join(out, f));
    if (size.gzip > heaviest.gzip) heaviest = { file: f, ...size };
  }
  return {
    files: files.length,
    bytes: files.reduce((sum, f) => sum + fs.statSync(path.join(out, f)).size, 0),
    rscTxtFiles: files.filter(isRsc).length,
    articlePages: files.filter((f) => /^(en|vi)\/articles\/[^/]+\/index\.html$/.test(f)).length,
    heaviest,
  };
}

// ---------------------------------------------------------------------------------------------
// The content library against the plain libraries

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

type ContentTiming = { runs: number; libraryMs: number; rawMs: number; ratio: number; rawGfmMs: number; gfmRatio: number };

/**
 * loadContent (read, validate, render, cross-check) against the plain libraries on the same files:
 * every .md file of the folder read with gray-matter and its body rendered with remark-html, the
 * baseline of the target, and again with remark-gfm too, which the site's markdown also parses
 * (tables), to tell the library's own overhead from GFM's cost. Runs alternate, after a warm-up
 * each, so drift hits all alike. Timed in CPU time of this process (user + system, GC included):
 * wall time on a shared two-core machine mostly measures what else runs.
 */
function contentTiming(dir: string, loadContent: LoadContent, runs: number): ContentTiming {
  const files = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).map((f) => path.join(dir, f));
  // The options object matters: without one, gray-matter returns its cached result for a string it has seen.
  const render = (processor: { processSync(text: string): unknown }) => () =>
    files.forEach((f) => String(processor.processSync(matter(fs.readFileSync(f, 'utf8'), {}).content)));
  const tasks = [() => loadContent(dir), render(remark().use(remarkHtml)), render(remark().use(remarkGfm).use(remarkHtml))];
  const cpuMs = (task: () => unknown) => {
    const start = process.cpuUsage();
    task();
    const { user, system } = process.cpuUsage(start);
    return (user + system) / 1000;
  };
  tasks.forEach(cpuMs);
  const times = tasks.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) tasks.forEach((task, t) => times[t].push(cpuMs(task)));
  const [libraryMs, rawMs, rawGfmMs] = times.map(median);
  return { runs, libraryMs, rawMs, ratio: libraryMs / rawMs, rawGfmMs, gfmRatio: libraryMs / rawGfmMs };
}

// ---------------------------------------------------------------------------------------------
// One N

type Measured = Omit<Build, 'log' | 'code'>;
/** One N: its cold build, then a rebuild of the same content that keeps the build's cache, as a host's daily rebuild does. */
type Run = { n: number; build: Measured & { msPerArticlePage: number }; rebuild: Measured | null; out: OutStats; pages: PageWeight[]; content: ContentTiming };
type LoadContent = (typeof import('../lib/content'))['loadContent'];

/**
 * Synthetic content for N, a cold build of the project copy `site` on it and, with `rebuild`, a
 * second build of the same content with the build's cache kept, then its content timing.
 */
async function benchOne(n: number, work: string, site: string, loadContent: LoadContent, rebuild: boolean): Promise<Run> {
  const contentDir = path.join(work, `content-${n}`);
  writeSyntheticContent(contentDir, n, { source: path.join(site, 'content') });
  try {
    loadContent(contentDir);
  } catch (error) {
    throw new Error(`the synthetic content for N = ${n} is not valid: ${(error as Error).message}`);
  }
  // Cold: nothing left from the previous N: no Next or TypeScript cache, no output.
  for (const dir of ['.next', 'out', 'tsconfig.tsbuildinfo']) fs.rmSync(path.join(site, dir), { recursive: true, force: true });
  console.log(`  N = ${n}: building in ${site} …`);
  const built = async (): Promise<Measured> => {
    const { code, log, ...measured } = await build(site, contentDir);
    if (code !== 0) {
      console.error(fs.readFileSync(log, 'utf8').split('\n').slice(-40).join('\n'));
      throw new Error(`npm run build failed for N = ${n} (exit code ${code}); the last lines of its log are above`);
    }
    return measured;
  };
  const result = await built();
  const out = path.join(site, 'out');
  const stats = outStats(out);
  const pages = [
    pageWeight(out, 'home', '/en/'),
    pageWeight(out, 'article', `/en/articles/${syntheticSlug(0)}/`),
    pageWeight(out, 'timeline', '/en/timeline/'),
    pageWeight(out, 'status', '/en/status/'),
    ...heaviestStatePage(out),
  ];
  let again: Measured | null = null;
  if (rebuild) {
    // Again on the same content, with Next's cache folder (and the social cards in it) kept.
    fs.rmSync(out, { recursive: true, force: true });
    console.log(`  N = ${n}: rebuilding the same content, cache kept …`);
    again = await built();
  }
  // After the builds: run before, its minutes of work on one core raised the load average read
  // before the cold build, the figure that says whether the machine was quiet.
  const content = contentTiming(contentDir, loadContent, n >= 1000 ? 3 : 7);
  fs.rmSync(contentDir, { recursive: true, force: true });
  return { n, build: { ...result, msPerArticlePage: result.wallMs / stats.articlePages }, rebuild: again, out: stats, pages, content };
}

// ---------------------------------------------------------------------------------------------
// Targets and printing

const fmtBytes = (b: number) => (b >= GB ? `${(b / GB).toFixed(2)} GB` : b >= MB ? `${(b / MB).toFixed(1)} MB` : b >= KB ? `${(b / KB).toFixed(1)} KB` : `${b} B`);
const fmtMs = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`);
const row = (cells: string[], widths: number[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');

/** A target: `met` is undefined where it does not apply to this N (the scale targets are for N = 1,000). */
type Target = { name: string; measured: string; limit: string; met?: boolean };

function targets(run: Run): Target[] {
  const article = run.pages.find((p) => p.name === 'article')!;
  const atScale = run.n >= 1000 ? (ok: boolean) => ok : () => undefined;
  const articleTotal = total(article);
  const state = run.pages.find((p) => p.name === 'state');
  return [
    { name: 'Article page, HTML + CSS + JS gzip', measured: fmtBytes(articleTotal), limit: '<= 16 KB', met: articleTotal <= 16 * KB },
    // Older commits have no State pages: the target then does not apply.
    ...(state ? [{ name: 'Heaviest State page, HTML + CSS + JS gzip', measured: fmtBytes(total(state)), limit: '<= 12 KB', met: total(state) <= 12 * KB }] : []),
    ...run.pages.map((p) =>
      p.enhanced
        ? { name: `JS on ${p.name} (loads an enhancement), gzip`, measured: fmtBytes(p.js.gzip), limit: '<= 3 KB', met: p.js.gzip <= 3 * KB }
        : { name: `JS on ${p.name} (no enhancement)`, measured: fmtBytes(p.js.raw), limit: '0 B', met: p.js.raw === 0 },
    ),
    { name: 'Heaviest page, gzip', measured: fmtBytes(run.out.heaviest.gzip), limit: '<= 100 KB', met: atScale(run.out.heaviest.gzip <= 100 * KB) },
    { name: 'Heaviest page, raw', measured: fmtBytes(run.out.heaviest.raw), limit: '<= 1 MB', met: atScale(run.out.heaviest.raw <= MB) },
    { name: 'RSC .txt payload files in out/', measured: String(run.out.rscTxtFiles), limit: '0', met: atScale(run.out.rscTxtFiles === 0) },
    { name: 'out/ size', measured: fmtBytes(run.out.bytes), limit: '<= 197 MB', met: atScale(run.out.bytes <= 197 * MB) },
    { name: 'Cold build per article page', measured: fmtMs(run.build.msPerArticlePage), limit: '<= 60 ms', met: atScale(run.build.msPerArticlePage <= 60) },
    ...(run.rebuild?.socialCards ? [{ name: 'Social cards drawn again in a rebuild of unchanged content', measured: String(run.rebuild.socialCards.drawn), limit: '0', met: run.rebuild.socialCards.drawn === 0 }] : []),
    { name: 'Peak memory, build process tree (VmRSS)', measured: fmtBytes(run.build.peakBytes), limit: '< 1.5 GB', met: atScale(run.build.peakBytes < 1.5 * GB) },
    // Judged against the raw libraries doing the same markdown as the site (GitHub-flavoured, for
    // tables): plain remark-html skips the tables and would count GFM's cost as the library's.
    { name: 'Content library / gray-matter + remark-gfm + remark-html', measured: `${run.content.gfmRatio.toFixed(2)}x`, limit: '<= 1.50x', met: atScale(run.content.gfmRatio <= 1.5) },
  ];
}

const verdict = (met?: boolean) => (met === undefined ? 'at N = 1,000 only' : met ? 'met' : 'NOT met');

function printRun(run: Run) {
  const { build: b, out, content: c } = run;
  console.log(`\n=== N = ${run.n.toLocaleString('en')} synthetic articles per language (${out.articlePages} article pages in all) ===`);
  console.log(`Cold build (npm run build)   ${fmtMs(b.wallMs)} wall, ${fmtMs(b.msPerArticlePage)} per article page (load average ${b.loadAverage.map((l) => l.toFixed(1)).join(' → ')})`);
  const cores = os.availableParallelism();
  console.log(`CPU time of the build        ${fmtMs(b.cpuMs)} (user + system, all its processes): on ${cores} cores, ${fmtMs(b.cpuMs / cores)} of wall time at the least`);
  console.log(`Peak memory, process tree    ${fmtBytes(b.peakBytes)} (sum of VmRSS; ${fmtBytes(b.peakPssBytes)} as Pss, shared pages counted once)`);
  console.log(`out/                         ${out.files.toLocaleString('en')} files, ${fmtBytes(out.bytes)}, ${out.rscTxtFiles.toLocaleString('en')} RSC .txt files`);
  console.log(`Heaviest page                ${out.heaviest.file}: ${fmtBytes(out.heaviest.gzip)} gzip, ${fmtBytes(out.heaviest.raw)} raw`);
  console.log(`Content, CPU, median of ${c.runs}    library (load + validate + render) ${fmtMs(c.libraryMs)}; gray-matter + remark-html ${fmtMs(c.rawMs)} (${c.ratio.toFixed(2)}x);`);
  console.log(`                             gray-matter + remark-gfm + remark-html ${fmtMs(c.rawGfmMs)} (${c.gfmRatio.toFixed(2)}x)`);
  const again = run.rebuild;
  if (again) {
    const cards = again.socialCards ? `, ${again.socialCards.drawn} social cards drawn, ${again.socialCards.reused} from the cache` : '';
    console.log(`Rebuild, same content, cache  ${fmtMs(again.wallMs)} wall${cards} (load average ${again.loadAverage.map((l) => l.toFixed(1)).join(' → ')})`);
  }
  printPhases(run);
  const w = [52, 9, 9, 9, 9, 9, 9, 9];
  console.log(`\n${row(['What the page loads', 'HTML', 'HTML gz', 'CSS', 'CSS gz', 'JS', 'JS gz', 'total gz'], w)}`);
  for (const p of run.pages) {
    const cells = [p.html.raw, p.html.gzip, p.css.raw, p.css.gzip, p.js.raw, p.js.gzip, total(p)].map(fmtBytes);
    console.log(row([`${p.name} ${p.url}${p.enhanced ? ' (+module)' : ''}`, ...cells], w));
    if (p.missing.length > 0) console.log(`  not found in out/: ${p.missing.join(', ')}`);
  }
  const tw = [52, 12, 12, 18];
  console.log(`\n${row(['Target', 'measured', 'target', 'result'], tw)}`);
  for (const t of targets(run)) console.log(row([t.name, t.measured, t.limit, verdict(t.met)], tw));
}

/** The build's phases, cold and rebuilt, with each one's share of the cold build: where the time went. */
function printPhases(run: Run) {
  if (run.build.phases.length === 0) return console.log('Phases                       not reported by this commit’s build');
  const w = [52, 12, 8, 12];
  const again = new Map((run.rebuild?.phases ?? []).map(({ name, ms }) => [name, ms]));
  console.log(`\n${row(['Phase of the build', 'cold', 'share', 'rebuild'], w)}`);
  for (const { name, ms } of run.build.phases) {
    console.log(row([name, fmtMs(ms), `${((ms / run.build.wallMs) * 100).toFixed(0)}%`, again.has(name) ? fmtMs(again.get(name)!) : ''], w));
  }
  const other = run.build.wallMs - run.build.phases.reduce((sum, { ms }) => sum + ms, 0);
  console.log(row(['npm and the build script starting', fmtMs(other), `${((other / run.build.wallMs) * 100).toFixed(0)}%`, ''], w));
}

/** One line per N, to see how each figure grows with the content. */
function printSummary(all: Run[]) {
  const w = [7, 10, 10, 12, 10, 8, 12, 9, 9];
  console.log(`\n=== Summary ===\n${row(['N', 'build', 'per page', 'peak memory', 'out/', 'files', 'heaviest gz', 'content', 'vs GFM'], w)}`);
  for (const r of all) {
    const cells = [fmtMs(r.build.wallMs), fmtMs(r.build.msPerArticlePage), fmtBytes(r.build.peakBytes), fmtBytes(r.out.bytes), r.out.files.toLocaleString('en'), fmtBytes(r.out.heaviest.gzip), `${r.content.ratio.toFixed(2)}x`, `${r.content.gfmRatio.toFixed(2)}x`];
    console.log(row([r.n.toLocaleString('en'), ...cells], w));
  }
}

// ---------------------------------------------------------------------------------------------

if (process.platform !== 'linux') throw new Error('npm run bench reads memory from /proc: it runs on Linux only');
console.log(`Benchmark for N = ${SIZES.join(', ')} synthetic articles per language (each N builds cold; N = 1,000 takes several minutes).`);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hanoi-bench-'));
const cleanUp = () => fs.rmSync(work, { recursive: true, force: true });
process.on('SIGINT', () => (cleanUp(), process.exit(130)));
const runs: Run[] = [];
try {
  // One snapshot of the project for every N, so edits made while the bench runs never mix in.
  const site = path.join(work, 'site');
  copyProject(site, COMMIT);
  // The snapshot's own content library: the one its builds use.
  // The loader is lib/content/index.ts, or lib/content.ts in commits before lib/ had folders.
  const loader = ['content/index.ts', 'content.ts'].map((file) => path.join(site, 'lib', file)).find((file) => fs.existsSync(file))!;
  const { loadContent } = (await import(pathToFileURL(loader).href)) as typeof import('../lib/content');
  // The rebuild at the smallest N only: it shows what the cache saves (no social card drawn) without
  // doubling the time of the largest.
  for (const n of SIZES) {
    const run = await benchOne(n, work, site, loadContent, n === Math.min(...SIZES));
    printRun(run);
    runs.push(run);
  }
} finally {
  cleanUp();
}
if (runs.length > 1) printSummary(runs);
const lighthouse = readLighthouse(path.join(ROOT, 'reports', 'lighthouse'));
console.log(`\n${lighthouseLines(lighthouse).join('\n')}`);

const commit = spawnSync('git', ['rev-parse', '--short', COMMIT ?? 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
// The working tree, unless --commit was given, may hold changes the commit does not.
const dirty = !COMMIT && spawnSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim() !== '';
const when = new Date().toISOString();
const file = path.join(ROOT, 'bench-results', `${when.replace(/[:.]/g, '-')}.json`);
fs.mkdirSync(path.dirname(file), { recursive: true });
const machine = { node: process.version, cpus: os.cpus().length, memoryBytes: os.totalmem() };
const results = { when, commit, dirty, machine, runs: runs.map((run) => ({ ...run, targets: targets(run) })), lighthouse: lighthouse ?? null };
fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nJSON written to ${path.relative(process.cwd(), file)}`);
