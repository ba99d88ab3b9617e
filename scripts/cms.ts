/*
 * `npm run cms`: the editor on this machine, with no git host and no sign-in. It serves on 127.0.0.1
 * (never on the network) the editor at /admin/ (its Vietnamese interface at /admin/vi/), Decap's
 * local backend (decap-server), which writes the files straight into content/, and the live
 * preview of the site (scripts/preview-server.ts: Next's dev server, which shows a saved change on
 * the next reload). Every save is first checked as `npm run check` would check it, with the file
 * saved: a save the check refuses is refused with the check's messages, and nothing is written.
 *
 *   npm run cms [-- --port 8080] [-- --repo DIR]
 *
 * --repo is the folder whose content/ the editor writes (the project by default; the browser tests
 * give a copy).
 */
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import express from 'express';
import decapServer from 'decap-server/dist/middlewares';
import { gitBackend } from '../lib/cms/backend';
import { readContent } from '../lib/content';
import { ContentError, formatProblem } from '../lib/content/errors';
import { ADMIN_DIR } from '../lib/web/paths';
import { buildAdmin, editorPath } from './build-admin';
import { startPreview } from './preview-server';
import { sendSiteFile } from './site-server';

const { values } = parseArgs({ options: { port: { type: 'string', default: '8080' }, repo: { type: 'string', default: '.' } } });
const repo = path.resolve(values.repo);

/** A file Decap asks to write: its path in the repository, its full text, and where to move it (which the editor never asks). */
type DataFile = { path: string; raw: string; newPath?: string };

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

const app = express();
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`✗ --port ${values.port} is not a port number (expected 0 to 65535, e.g. 8080).`);
  process.exit(1);
}
let origin = '';

// Only the editor's own page may call the backend. decap-server's CORS lets any localhost port in
// and it never checks the Host header, so another local page, or a site whose name is made to point
// at 127.0.0.1, could otherwise write into content/.
app.use('/api/v1', (request, response, next) => {
  if (request.headers.origin !== origin || request.headers.host !== new URL(origin).host) {
    response.status(403).json({ error: 'Only the editor at /admin/ on this address may write content.' });
    return;
  }
  next();
});
/** What the form asks of the backend: reading, and saving or deleting entries. No uploads, no moves, no editorial workflow. */
const READS = new Set(['info', 'entriesByFolder', 'entriesByFiles', 'getEntry', 'getMedia', 'getMediaFile']);

/** What a request would change in content/ (files written, or deleted with raw null), or why it is refused. */
function changesOf(action: string, params: Record<string, unknown> = {}): { path: string; raw: string | null }[] | string {
  if (action === 'persistEntry') {
    const files = (params.dataFiles as DataFile[] | undefined) ?? (params.entry ? [params.entry as DataFile] : []);
    if (((params.assets as unknown[] | undefined) ?? []).length > 0) return 'the editor uploads no files';
    if (files.some((file) => file.newPath)) return 'the editor never moves a file (its name is its address)';
    return files;
  }
  if (action === 'deleteFile') return [{ path: String(params.path), raw: null }];
  if (action === 'deleteFiles') return ((params.paths as string[] | undefined) ?? []).map((file) => ({ path: file, raw: null }));
  return READS.has(action) ? [] : `the editor does not ${action}`;
}

// One change at a time, checked and written before the next is checked: two tabs saving at once
// could each pass the check alone and break the content together.
let writing: Promise<unknown> = Promise.resolve();

app.post('/api/v1', express.json({ limit: '10mb' }), (request, response, next) => {
  const { action, params } = request.body ?? {};
  const changes = changesOf(action, params);
  if (typeof changes === 'string') {
    response.status(422).json({ error: `Not saved: ${changes}` });
    return;
  }
  if (changes.length === 0) return next();
  const checkThenWrite = () =>
    new Promise((done) => {
      response.on('close', done);
      const problems = problemsWith(changes);
      if (problems.length === 0) return next();
      console.error(`✗ A change was refused, nothing was written:\n${problems.map((p) => `  ${p}`).join('\n')}`);
      response.status(422).json({ error: `Not saved: ${problems.join('; ')}` });
    });
  // A failed check answers this request with the error and lets the next one go on.
  writing = writing.then(checkThenWrite).catch(next);
});
process.env.GIT_REPO_DIRECTORY = repo;
await decapServer.registerLocalFs(app, { logLevel: 'warn' });

// The editor is built into a folder of its own, outside out/: its config has the local backend.
const adminDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-admin-'));

const preview = await startPreview(path.join(repo, 'content'), (code) => {
  console.error(`✗ The preview (next dev) stopped (exit code ${code}). If \`npm run dev\` runs in this folder, stop it: npm run cms runs the same preview.`);
  quit(1);
});
app.use((request, response) => (request.path.startsWith(`/${ADMIN_DIR}/`) ? sendSiteFile(request, response, adminDir) : preview.proxy(request, response)));

function quit(code: number): never {
  preview.stop();
  fs.rmSync(adminDir, { recursive: true, force: true });
  process.exit(code);
}

const server = app.listen(port, '127.0.0.1', async () => {
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await buildAdmin(adminDir, gitBackend(process.env).backend, { localBackend: `${origin}/api/v1`, siteUrl: origin });
  console.log(`✓ Editor: ${origin}${editorPath('en')} (saves into ${path.join(repo, 'content')}); in Vietnamese: ${origin}${editorPath('vi')}`);
  console.log(`  Preview: ${origin}/ (a saved change shows on the next reload)`);
  console.log('  Stop with Ctrl+C.');
  // If next dev stops first, its own message has said so.
  preview.ready.then(() => console.log('✓ Preview ready.'), () => undefined);
});
server.on('upgrade', (request, socket, head) => preview.proxyUpgrade(request, socket, head));

server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(error.code === 'EADDRINUSE' ? `✗ Port ${port} is in use: stop what uses it, or choose another with npm run cms -- --port 8090.` : `✗ ${error.message}`);
  quit(1);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => quit(0));
