import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_PATH } from '@/lib/web/paths';
import { fileHeaders, HASHED_ASSETS_CACHE_CONTROL, REVALIDATE_CACHE_CONTROL, securityHeaders, servedPath } from '@/lib/web/security-headers';
import { ASSETS_DIR } from '@/scripts/strip-framework';
import { OUT_DIR } from './static-server';
import { freePort } from '@/scripts/free-port';

/*
 * The built site served by Debian's nginx through the repository's own configuration
 * (deploy/nginx/hanoi-convention/, which docs/deploying.md shows), on 127.0.0.1: what a reader of an
 * nginx host would get. tests/e2e/install-nginx.sh installs nginx when missing.
 */

const NGINX = '/usr/sbin/nginx';
const CONFIG_DIR = path.join(import.meta.dirname, '..', '..', 'deploy', 'nginx', 'hanoi-convention');

let dir: string;
let nginx: ChildProcess;
let base: string;

/** nginx's own configuration for the test: its files in a folder of its own, the site's file included as a host would. */
function nginxConf(port: number): string {
  // Run as root (CI), nginx would hand its workers to "nobody", who may not read out/.
  const user = process.getuid?.() === 0 ? 'user root;' : '';
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `${kind}_temp_path ${path.join(dir, `${kind}-temp`)};`).join(' ');
  return `${user}
worker_processes 1;
pid ${path.join(dir, 'nginx.pid')};
error_log ${path.join(dir, 'error.log')};
events { worker_connections 64; }
http {
  access_log off;
  ${temp}
  server {
    listen 127.0.0.1:${port};
    root ${OUT_DIR};
    include hanoi-convention/site.conf;
  }
}
`;
}

const files = () => fs.readdirSync(OUT_DIR, { recursive: true, encoding: 'utf8' }).filter((file) => file !== '_headers' && fs.statSync(path.join(OUT_DIR, file)).isFile());

/** Every header the policy names, on any path: the ones a response must have with their values, and must not have otherwise. */
const POLICY_HEADERS = [...new Set([...['/', '/admin/', '/en/search/'].flatMap((pagePath) => Object.keys(securityHeaders(pagePath))), 'X-Robots-Tag', 'Cache-Control'])];

/** What nginx must send for a file: its headers from lib/web/security-headers.ts, and a cache time for every file. */
function expectedHeaders(pagePath: string): Record<string, string> {
  return { 'Cache-Control': REVALIDATE_CACHE_CONTROL, ...fileHeaders(pagePath, ASSETS_DIR) };
}

function policyHeadersOf(response: Response): Record<string, string> {
  return Object.fromEntries(POLICY_HEADERS.flatMap((name) => (response.headers.has(name) ? [[name, response.headers.get(name)!]] : [])));
}

const notFoundPage = () => fs.readFileSync(path.join(OUT_DIR, '404.html'), 'utf8');

// deploy/nginx/ serves a site at the root of its domain; a build for a sub-path is served as docs/deploying.md says.
describe.skipIf(BASE_PATH !== '')('the site on nginx (deploy/nginx/)', () => {
  beforeAll(async () => {
    if (!fs.existsSync(NGINX)) throw new Error(`No nginx at ${NGINX}: run tests/e2e/install-nginx.sh (apt-get install nginx).`);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nginx-'));
    fs.cpSync(CONFIG_DIR, path.join(dir, 'hanoi-convention'), { recursive: true });
    fs.copyFileSync('/etc/nginx/mime.types', path.join(dir, 'mime.types'));
    const port = await freePort();
    fs.writeFileSync(path.join(dir, 'nginx.conf'), nginxConf(port));
    let output = '';
    nginx = spawn(NGINX, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', path.join(dir, 'error.log'), '-g', 'daemon off;']);
    nginx.stderr!.on('data', (chunk) => (output += chunk));
    base = `http://127.0.0.1:${port}`;
    for (let tries = 0; tries < 50; tries++) {
      if (nginx.exitCode !== null) throw new Error(`nginx stopped:\n${output}${fs.readFileSync(path.join(dir, 'error.log'), 'utf8')}`);
      try {
        await fetch(`${base}/`);
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    throw new Error(`nginx did not answer on ${base}:\n${output}`);
  });

  afterAll(async () => {
    if (nginx?.exitCode === null) await new Promise((resolve) => nginx.once('exit', resolve).kill());
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('sends every file with its headers: the policy of its path and its cache time', async () => {
    const wrong: string[] = [];
    for (const file of files()) {
      const pagePath = servedPath(file);
      const response = await fetch(base + pagePath);
      await response.arrayBuffer();
      const sent = policyHeadersOf(response);
      if (response.status !== 200) wrong.push(`${pagePath}: HTTP ${response.status}`);
      else if (JSON.stringify(Object.entries(sent).sort()) !== JSON.stringify(Object.entries(expectedHeaders(pagePath)).sort())) wrong.push(`${pagePath}: ${JSON.stringify(sent)}`);
    }
    expect(wrong).toEqual([]);
  }, 60_000);

  it.each(['/en/articles/adoption/', '/vi/search/', '/en/search/', '/admin/'])('sends every header of the policy on %s', async (pagePath) => {
    const response = await fetch(base + pagePath);
    expect(response.status).toBe(200);
    for (const [name, value] of Object.entries(securityHeaders(pagePath))) expect(response.headers.get(name), name).toBe(value);
  });

  it('answers a missing page with the site’s 404 page and status 404, under the site’s policy', async () => {
    for (const pagePath of ['/en/no-such-page/', '/no-such-file.txt', '/admin/no-such-file.js']) {
      const response = await fetch(base + pagePath);
      expect(response.status, pagePath).toBe(404);
      expect(await response.text(), pagePath).toBe(notFoundPage());
      expect(response.headers.get('Content-Security-Policy'), pagePath).toBe(securityHeaders('/404.html')['Content-Security-Policy']);
    }
  });

  it('keeps the hashed assets a year and asks again for HTML on every visit', async () => {
    const [stylesheet] = fs.readdirSync(path.join(OUT_DIR, ASSETS_DIR)).filter((file) => file.endsWith('.css'));
    expect((await fetch(`${base}/${ASSETS_DIR}/${stylesheet}`)).headers.get('Cache-Control')).toBe(HASHED_ASSETS_CACHE_CONTROL);
    expect((await fetch(`${base}/en/`)).headers.get('Cache-Control')).toBe(REVALIDATE_CACHE_CONTROL);
  });

  it('compresses text with gzip', async () => {
    const [stylesheet] = fs.readdirSync(path.join(OUT_DIR, ASSETS_DIR)).filter((file) => file.endsWith('.css'));
    for (const pagePath of ['/en/', `/${ASSETS_DIR}/${stylesheet}`, '/pagefind/pagefind.js', '/en/feed.json', '/en/feed.xml', '/sitemap.xml', '/en/data/timeline.csv']) {
      const response = await fetch(base + pagePath, { headers: { 'Accept-Encoding': 'gzip' } });
      expect(response.status, pagePath).toBe(200);
      expect(response.headers.get('Content-Encoding'), pagePath).toBe('gzip');
    }
  });

  it('lists no folder, and never serves the hosts’ _headers file', async () => {
    for (const pagePath of [`/${ASSETS_DIR}/`, '/pagefind/', '/admin/decap/', '/_headers']) {
      const response = await fetch(base + pagePath);
      expect(response.status, pagePath).toBe(404);
      expect(await response.text(), pagePath).toBe(notFoundPage());
    }
  });
});
