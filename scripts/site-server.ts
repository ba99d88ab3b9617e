import type { IncomingMessage, ServerResponse } from 'node:http';
import handler from 'serve-handler';
import { securityHeaders } from '../lib/web/security-headers';

/**
 * Answers a request for a file of a built site in `dir` as the hosts are told to serve it: with its
 * security headers (lib/web/security-headers.ts), folders by their trailing slash, 404.html for misses.
 * The browser tests' server and the preview of `npm run cms` both serve through it.
 */
export async function sendSiteFile(request: IncomingMessage, response: ServerResponse, dir: string): Promise<void> {
  let pagePath: string;
  try {
    pagePath = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
  } catch {
    response.writeHead(400).end();
    return;
  }
  for (const [name, value] of Object.entries(securityHeaders(pagePath))) response.setHeader(name, value);
  await handler(request, response, { public: dir, trailingSlash: true });
}
