import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchStatusFile, UntcFetchError, type FetchOptions } from '@/lib/status/untc/fetch';

/* The fetch against a local server on 127.0.0.1: no test reaches the network. */

const XML = '<?xml version="1.0"?><Document><Treaty/></Document>';
// A timeout no loaded machine reaches by accident: no test here is about time.
const OPTIONS: FetchOptions = { timeoutMs: 20_000, maxBytes: 1_000, retries: 2, backoffMs: 10 };

let server: http.Server;
let base: string;
/** The requests the server has answered, by path. */
const hits = new Map<string, number>();

const routes: Record<string, (response: http.ServerResponse, hit: number) => void> = {
  '/file.xml': (response) => response.writeHead(200, { 'content-type': 'text/xml' }).end(XML),
  // Fails twice, then answers: the retries must get there.
  '/flaky.xml': (response, hit) => (hit <= 2 ? response.writeHead(503).end() : response.end(XML)),
  '/maintenance.xml': (response) => response.end('<html><body>The site is under urgent maintenance and is currently unavailable.</body></html>'),
  '/page.xml': (response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Treaty Collection</title><p>Hello'),
  '/large.xml': (response) => response.end(`<Document>${'x'.repeat(2_000)}</Document>`),
  // Sent in pieces, with no length announced: counted as it comes.
  '/large-stream.xml': (response) => {
    response.write('<Document>');
    for (let i = 0; i < 5; i++) response.write('x'.repeat(500));
    response.end('</Document>');
  },
  '/gone.xml': (response) => response.writeHead(404).end(),
  '/moved.xml': (response) => response.writeHead(302, { location: '/file.xml' }).end(),
};

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://x').pathname;
    const hit = (hits.get(pathname) ?? 0) + 1;
    hits.set(pathname, hit);
    if (pathname === '/elsewhere.xml') response.writeHead(301, { location: `http://localhost:${(server.address() as AddressInfo).port}/file.xml` }).end();
    else (routes[pathname] ?? ((r: http.ServerResponse) => r.writeHead(404).end()))(response, hit);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** The reasons a fetch failed for (and fails the test if it succeeds). */
async function reasonsOf(route: string, options = OPTIONS): Promise<string[]> {
  const error = await fetchStatusFile(`${base}${route}`, options).catch((e: unknown) => e);
  if (!(error instanceof UntcFetchError)) throw new Error(`expected a UntcFetchError, got ${String(error)}`);
  return error.reasons;
}

describe('fetching the status file', () => {
  it('returns the bytes and the address they came from, after a redirect on the same host', async () => {
    const fetched = await fetchStatusFile(`${base}/moved.xml`, OPTIONS);
    expect(new TextDecoder().decode(fetched.bytes)).toBe(XML);
    expect(fetched.url).toBe(`${base}/file.xml`);
  });

  it('retries a failure that may pass, waiting longer each time, until the file comes', async () => {
    const fetched = await fetchStatusFile(`${base}/flaky.xml`, OPTIONS);
    expect(new TextDecoder().decode(fetched.bytes)).toBe(XML);
    expect(hits.get('/flaky.xml')).toBe(3);
  });

  it('retries the maintenance page, then names it', async () => {
    expect(await reasonsOf('/maintenance.xml')).toEqual(Array(3).fill('UNTC answers that it is "under urgent maintenance" and currently unavailable'));
  });

  it('names a web page sent instead of the XML', async () => {
    expect((await reasonsOf('/page.xml', { ...OPTIONS, retries: 0 }))[0]).toBe('UNTC sent a web page (HTML, "Treaty Collection") instead of the XML file');
  });

  it('does not retry what will not pass: a 404, a file too large, another host', async () => {
    expect(await reasonsOf('/gone.xml')).toEqual(['UNTC answered 404 Not Found: the file is not at this address']);
    expect(await reasonsOf('/large.xml')).toEqual(['the file would be 2021 bytes, more than the 1000 bytes accepted']);
    expect(await reasonsOf('/large-stream.xml')).toEqual(['the file is more than the 1000 bytes accepted']);
    expect(await reasonsOf('/elsewhere.xml')).toEqual([expect.stringMatching(/^UNTC redirected the address to another host, http:\/\/localhost:\d+: check where/)]);
    expect(hits.get('/gone.xml')).toBe(1);
  });

  it('says how many attempts it made and why each failed', async () => {
    await expect(fetchStatusFile(`${base}/maintenance.xml`, { ...OPTIONS, retries: 1 })).rejects.toThrow(
      `could not fetch the status file from ${base}/maintenance.xml: UNTC answers that it is "under urgent maintenance" and currently unavailable (2 attempts: 1. UNTC answers that it is "under urgent maintenance" and currently unavailable; 2. UNTC answers that it is "under urgent maintenance" and currently unavailable)`,
    );
  });
});
