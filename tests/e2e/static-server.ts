import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import handler from 'serve-handler';

export const OUT_DIR = path.join(import.meta.dirname, '..', '..', 'out');

/** Serves the built site from out/ on a free loopback port, as a static host would (404.html for misses). */
export async function serveOut(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((request, response) => handler(request, response, { public: OUT_DIR, trailingSlash: true }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
