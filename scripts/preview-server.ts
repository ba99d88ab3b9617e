/*
 * The live preview of `npm run cms`: Next's dev server (`next dev`, as `npm run dev` runs it) over a
 * content folder, on a loopback port of its own, reached through the editor's address. It reads the
 * content again on the first request after a file changes (lib/site.ts), so a saved entry shows on
 * the next reload, and it never goes away while anything rebuilds: nothing does.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import net from 'node:net';
import path from 'node:path';
import type { Duplex } from 'node:stream';
import { freePort } from './free-port';

const ROOT = path.resolve(import.meta.dirname, '..');
const NEXT = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');

/**
 * The pages compiled before the preview is announced, so that an editor's first look is not a cold
 * compile of its route: the home page, the article list and an article.
 */
function warmUp(contentDir: string): string[] {
  const article = fs.readdirSync(path.join(contentDir, 'articles', 'en')).find((file) => file.endsWith('.md'));
  return ['/en/', '/en/articles/', ...(article ? [`/en/articles/${article.slice(0, -3)}/`] : [])];
}

export type PreviewServer = {
  /** Answers a request with the preview's page, or says the preview is still starting. */
  proxy(request: IncomingMessage, response: ServerResponse): void;
  /** Passes a WebSocket (Next's dev client) through to the preview. */
  proxyUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Settles once the preview answers, with its first pages compiled; rejects if it stopped. */
  ready: Promise<void>;
  stop(): void;
};

/**
 * Starts `next dev` over `contentDir`, on 127.0.0.1 only. `onExit` hears if it stops by itself
 * (another `next dev` holding this project, a crash).
 */
export async function startPreview(contentDir: string, onExit: (code: number | null) => void): Promise<PreviewServer> {
  const port = await freePort();
  // A process group of its own: next dev starts a server process of its own, stopped with it.
  const child = spawn(process.execPath, [NEXT, 'dev', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: ROOT,
    // NODE_ENV as next dev expects it (a test runner sets it to test): Next writes tsconfig.json from it.
    env: { ...process.env, CONTENT_DIR: contentDir, NODE_ENV: 'development', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  let stopped = false;
  child.on('exit', (code) => {
    if (!stopped) onExit(code);
  });
  const target = { host: '127.0.0.1', port };

  const ready = (async () => {
    for (;;) {
      if (child.exitCode !== null) throw new Error('next dev stopped');
      try {
        for (const page of warmUp(contentDir)) await fetch(`http://127.0.0.1:${port}${page}`).then((response) => response.arrayBuffer());
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  })();

  return {
    proxy(request, response) {
      const upstream = http.request({ ...target, method: request.method, path: request.url, headers: request.headers }, (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      });
      upstream.on('error', () => {
        if (response.headersSent) return response.destroy();
        response.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '2' });
        response.end('The preview is starting: reload in a few seconds. Bản xem trước đang khởi động: vui lòng tải lại sau vài giây.\n');
      });
      request.pipe(upstream);
    },
    proxyUpgrade(request, socket, head) {
      const upstream = net.connect(target, () => {
        const headers = Object.entries(request.headers).flatMap(([name, value]) => [value ?? []].flat().map((one) => `${name}: ${one}`));
        upstream.write([`${request.method} ${request.url} HTTP/1.1`, ...headers, '', ''].join('\r\n'));
        upstream.write(head);
        upstream.pipe(socket).pipe(upstream);
      });
      upstream.on('error', () => socket.destroy());
      socket.on('error', () => upstream.destroy());
    },
    ready,
    stop() {
      stopped = true;
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // Already gone.
      }
    },
  };
}
