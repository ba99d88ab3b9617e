import type { IncomingMessage, ServerResponse } from 'node:http';
import handler from 'serve-handler';
import { securityHeaders } from '../lib/web/security-headers';

/**
 * Answers a request for a file of a built site in `dir`, hosted under `basePath` (see
 * lib/web/paths.ts), as the hosts are told to serve it: with its security headers
 * (lib/web/security-headers.ts), folders by their trailing slash, 404.html for misses. The browser
 * tests' server and the editor of `npm run cms` both serve through it.
 */
export async function sendSiteFile(request: IncomingMessage, response: ServerResponse, dir: string, basePath = ''): Promise<void> {
  let url: URL;
  try {
    url = new URL(request.url ?? '/', 'http://127.0.0.1');
    decodeURIComponent(url.pathname);
  } catch {
    response.writeHead(400).end();
    return;
  }
  if (basePath && url.pathname !== basePath && !url.pathname.startsWith(`${basePath}/`)) {
    response.writeHead(404).end();
    return;
  }
  const pagePath = url.pathname.slice(basePath.length) || '/';
  for (const [name, value] of Object.entries(securityHeaders(decodeURIComponent(pagePath)))) response.setHeader(name, value);
  request.url = `${pagePath}${url.search}`;
  // serve-handler answers from the folder's root: its redirects (`/en/timeline` to `/en/timeline/`) get the base path back.
  const writeHead = response.writeHead.bind(response) as (status: number, headers?: Record<string, unknown>) => ServerResponse;
  response.writeHead = ((status: number, headers?: Record<string, unknown>) => {
    const location = headers?.Location;
    return writeHead(status, typeof location === 'string' && location.startsWith('/') ? { ...headers, Location: `${basePath}${location}` } : headers);
  }) as ServerResponse['writeHead'];
  await handler(request, response, { public: dir, trailingSlash: true });
}
