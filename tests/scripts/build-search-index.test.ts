import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, SEARCH_DIR } from '@/scripts/build-search-index';

const page = (lang: string, body: string) => `<!DOCTYPE html><html lang="${lang}"><head><title>t</title></head><body><header>Menu</header>${body}</body></html>`;

function exportWith(files: Record<string, string>): string {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'search-export-'));
  for (const [name, html] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(out, name)), { recursive: true });
    fs.writeFileSync(path.join(out, name), html);
  }
  return out;
}

describe('buildSearchIndex', () => {
  it('indexes only the pages marked for search, one index per language, without Pagefind’s own interfaces', async () => {
    const out = exportWith({
      'index.html': page('en', '<main><a href="/en/">English</a></main>'),
      '404.html': page('en', '<main><h1>Page not found</h1></main>'),
      'en/articles/a/index.html': page('en', '<main><article data-pagefind-body><h1>Adoption</h1><p>Adopted without a vote.</p></article></main>'),
      'en/articles/index.html': page('en', '<main><h1>All articles</h1></main>'),
      'vi/articles/a/index.html': page('vi', '<main><article data-pagefind-body><h1>Thông qua</h1><p>Công ước có hiệu lực.</p></article></main>'),
    });
    expect(await buildSearchIndex(out)).toEqual({ pagesByLang: { en: 1, vi: 1 } });
    const bundle = fs.readdirSync(path.join(out, SEARCH_DIR));
    expect(bundle).toContain('pagefind.js');
    expect(bundle.filter((file) => /ui|highlight/.test(file))).toEqual([]);
  });

  it('fails when a language has no page to search, so the build keeps the previous site', async () => {
    const out = exportWith({ 'en/articles/a/index.html': page('en', '<article data-pagefind-body><h1>Adoption</h1></article>') });
    await expect(buildSearchIndex(out)).rejects.toThrow('one index per language, each with pages');
  });
});
