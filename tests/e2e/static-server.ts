import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { BASE_PATH } from '@/lib/web/paths';
import { sendSiteFile } from '@/scripts/site-server';

export const OUT_DIR = path.join(import.meta.dirname, '..', '..', 'out');

/**
 * Serves a built site (out/, or a fixture site) on a free loopback port as a static host would:
 * under the base path it was built for (BASE_PATH from SITE_URL for out/; fixture sites are built
 * for the root), 404.html for misses, and on every response the security headers the hosts are
 * told to send (lib/web/security-headers.ts), so the browser tests run under the real policy.
 * `url` is the site's address, with its base path.
 */
export async function serveSite(dir: string = OUT_DIR, basePath = dir === OUT_DIR ? BASE_PATH : ''): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((request, response) => sendSiteFile(request, response, dir, basePath));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
