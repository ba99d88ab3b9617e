/*
 * `npm run cms`: the editor on this machine, with no git host and no sign-in. It builds the site,
 * then serves on 127.0.0.1 (never on the network) the preview of the site, the editor at /admin/ and
 * Decap's local backend (decap-server), which writes the files straight into content/. Every save is
 * first checked as `npm run check` would check it, with the file saved: a save the check refuses is
 * refused with the check's messages, and nothing is written. After each change the preview is
 * rebuilt.
 *
 *   npm run cms [-- --port 8080] [-- --repo DIR] [-- --no-build]
 *
 * --repo is the folder whose content/ the editor writes (the project by default); --no-build serves
 * out/ as it is and never rebuilds it (the browser tests use both).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import express from 'express';
import handler from 'serve-handler';
import decapServer from 'decap-server/dist/middlewares';
import { gitBackend } from '../lib/cms/backend';
import { readContent } from '../lib/content';
import { ContentError, formatProblem } from '../lib/content/errors';
import { securityHeaders } from '../lib/security-headers';
import { ADMIN_DIR, buildAdmin } from './build-admin';

const { values } = parseArgs({ options: { port: { type: 'string', default: '8080' }, repo: { type: 'string', default: '.' }, 'no-build': { type: 'boolean', default: false } } });
const repo = path.resolve(values.repo);
const build = !values['no-build'];
const out = path.resolve('out');

/** A file Decap asks to write: its path in the repository and its full text. */
type DataFile = { path: string; raw: string };

/**
 * The problems `npm run check` would report with these files saved (or, with `raw` null, deleted),
 * checked on a copy of content/ so nothing is written until they pass. Empty when the change is fine.
 */
function problemsWith(files: { path: string; raw: string | null }[]): string[] {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-check-'));
  try {
    fs.cpSync(path.join(repo, 'content'), path.join(copy, 'content'), { recursive: true });
    for (const file of files) {
      const target = path.resolve(copy, file.path);
      if (!target.startsWith(path.join(copy, 'content') + path.sep)) return [`${file.path}: the editor writes only in content/`];
      fs.mkdirSync(path.dirname(target), { recursive: true });
      if (file.raw === null) fs.rmSync(target, { force: true });
      else fs.writeFileSync(target, file.raw);
    }
    readContent(path.join(copy, 'content'));
    return [];
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return error.problems.map((problem) => formatProblem({ ...problem, file: path.relative(copy, path.resolve(problem.file)) }));
  } finally {
    fs.rmSync(copy, { recursive: true, force: true });
  }
}

let building: Promise<void> | undefined;
let again = false;
let pending: NodeJS.Timeout | undefined;

/** Rebuilds the preview once the files of a save are all written (one save writes both languages). */
function rebuildSoon(): void {
  clearTimeout(pending);
  pending = setTimeout(rebuild, 500);
}

/** Rebuilds the preview, one build at a time; a change during a build asks for one more. */
function rebuild(): void {
  if (building) {
    again = true;
    return;
  }
  building = new Promise<void>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/build-site.ts'], { stdio: 'inherit', env: { ...process.env, CONTENT_DIR: path.join(repo, 'content') } });
    child.on('exit', (code) => {
      console.log(code === 0 ? '✓ Preview rebuilt.' : '✗ The preview was not rebuilt: it shows the last build that passed.');
      resolve();
    });
  }).then(() => {
    building = undefined;
    if (again) {
      again = false;
      rebuild();
    }
  });
}

const app = express();
const port = Number(values.port);
let origin = '';

// Only the editor's own page may call the backend: decap-server answers any origin, which would let
// any website open in the editor's browser write into content/.
app.use('/api/v1', (request, response, next) => {
  if (request.headers.origin !== origin || request.headers.host !== new URL(origin).host) {
    response.status(403).json({ error: 'Only the editor at /admin/ on this address may write content.' });
    return;
  }
  next();
});
/** What a request to the backend would change in content/: files written, or deleted (raw null). */
function changesOf(action: string, params: Record<string, unknown> = {}): { path: string; raw: string | null }[] {
  if (action === 'persistEntry') return (params.dataFiles as DataFile[] | undefined) ?? (params.entry ? [params.entry as DataFile] : []);
  if (action === 'deleteFile') return [{ path: String(params.path), raw: null }];
  if (action === 'deleteFiles') return ((params.paths as string[] | undefined) ?? []).map((file) => ({ path: file, raw: null }));
  return [];
}

app.post('/api/v1', express.json({ limit: '10mb' }), (request, response, next) => {
  const { action, params } = request.body ?? {};
  const changes = changesOf(action, params);
  if (changes.length === 0) return next();
  const problems = problemsWith(changes);
  if (problems.length === 0) return next();
  console.error(`✗ A change was refused, nothing was written:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  response.status(422).json({ error: `Not saved: ${problems.join('; ')}` });
});
process.env.GIT_REPO_DIRECTORY = repo;
await decapServer.registerLocalFs(app, { logLevel: 'warn' });

// The editor is served from a folder of its own, so a rebuild of out/ never takes it away mid-edit.
const adminDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-admin-'));
app.use((request, response) => {
  const pagePath = decodeURIComponent(request.path);
  for (const [name, value] of Object.entries(securityHeaders(pagePath))) response.setHeader(name, value);
  return handler(request, response, { public: pagePath.startsWith(`/${ADMIN_DIR}/`) ? adminDir : out, trailingSlash: true });
});

if (build) rebuild();
await building;

const server = app.listen(port, '127.0.0.1', () => {
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  buildAdmin(adminDir, gitBackend(process.env).backend, { localBackend: `${origin}/api/v1` });
  console.log(`✓ Editor: ${origin}/${ADMIN_DIR}/ (saves into ${path.join(repo, 'content')})`);
  console.log(`  Preview: ${origin}/ (rebuilt after each save)`);
  console.log('  Stop with Ctrl+C.');
  if (build) fs.watch(path.join(repo, 'content'), { recursive: true }, rebuildSoon);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    fs.rmSync(adminDir, { recursive: true, force: true });
    process.exit(0);
  });
}
