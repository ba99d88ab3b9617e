import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadContent } from '@/lib/content';
import { CONTENT_SNAPSHOT_ENV } from '@/lib/content/snapshot';
import { FIXTURE_DIR } from './content-dir';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('getContent during a build', () => {
  it('takes the content from the build’s snapshot, not from the content folder', async () => {
    const content = loadContent(FIXTURE_DIR);
    const changed = { ...content, articles: { ...content.articles, en: content.articles.en.map((a) => ({ ...a, title: `Snapshot: ${a.title}` })) } };
    const snapshot = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'snapshot-')), 'content.json');
    fs.writeFileSync(snapshot, JSON.stringify(changed));
    vi.stubEnv(CONTENT_SNAPSHOT_ENV, snapshot);
    // Pointing CONTENT_DIR at a folder that does not exist proves no file of it is read.
    vi.stubEnv('CONTENT_DIR', path.join(os.tmpdir(), 'no-such-content'));
    const { getArticles } = await import('@/lib/site');
    expect(getArticles('en').map((a) => a.title)).toEqual(content.articles.en.map((a) => `Snapshot: ${a.title}`));
    expect(getArticles('vi')).toEqual(content.articles.vi);
  });
});
