import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentDirWith } from '../lib/content-dir';
import { freePort } from '@/scripts/free-port';

/* The editors' preview, `npm run dev`, on fixture content: unpublished articles show, marked. */

const ROOT = path.resolve(import.meta.dirname, '..', '..');
let server: ChildProcess;
let base: string;

async function get(url: string): Promise<{ status: number; text: string }> {
  const response = await fetch(base + url);
  return { status: response.status, text: await response.text() };
}

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  const content = contentDirWith({ 'articles/en/coming-soon.md': '---\ntitle: "Coming soon"\nsummary: "S"\ndate: 2999-01-01\n---\nLater.\n' });
  server = spawn(path.join(ROOT, 'node_modules', '.bin', 'next'), ['dev', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: content, NODE_ENV: 'development' },
    stdio: 'ignore',
  });
  // The first request compiles the route: wait for it, within the hook's time limit.
  for (let tries = 0; tries < 100; tries++) {
    try {
      if ((await get('/en/')).status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('next dev did not start');
}, 90_000);

afterAll(() => {
  server?.kill();
});

describe('the preview (npm run dev)', () => {
  it('shows a draft, marked as a draft', async () => {
    const page = await get('/en/articles/work-in-progress/');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Draft: not published');
  });

  it('shows a future-dated article, marked as scheduled', async () => {
    const page = await get('/en/articles/coming-soon/');
    expect(page.text).toContain('Scheduled: not published until');
  });

  it('tags unpublished articles in the list', async () => {
    const list = await get('/en/articles/');
    expect(list.text).toMatch(/Not yet<\/a><strong[^>]*>Draft<\/strong>/);
    expect(list.text).toMatch(/Coming soon<\/a><strong[^>]*>Scheduled<\/strong>/);
  });
});
