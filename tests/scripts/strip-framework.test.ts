import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { metaContentSecurityPolicy } from '@/lib/web/security-headers';
import { ENHANCED_SELECTOR, isPayloadFile, pagePath, SEARCH_SELECTOR, stripExport, stripPage } from '@/scripts/strip-framework';

/** A page in the shape `next build` exports it (Next 16, Turbopack), cut down to one of each part. */
const exported = ({ base = '', body = '<p>Hello<!-- --> world</p>' } = {}) =>
  [
    '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
    `<link rel="stylesheet" href="${base}/_next/static/chunks/0y5hpxl4olai2.css" data-precedence="next"/>`,
    `<link rel="preload" as="script" fetchPriority="low" href="${base}/_next/static/chunks/0j1we3cwg31qe.js"/>`,
    `<script src="${base}/_next/static/chunks/3ov-_40dpyk5d.js" async=""></script>`,
    `<title>A page</title><link rel="icon" href="${base}/favicon.svg"/>`,
    `<script src="${base}/_next/static/chunks/0cz1d0mv5g_q7.js" noModule=""></script></head>`,
    '<body class="flex"><div hidden=""><!--$--><!--/$--></div>',
    `<main id="main"><script type="application/ld+json">{"@type":"NewsArticle"}</script>${body}</main>`,
    '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({})</script>',
    `<script src="${base}/_next/static/chunks/0j1we3cwg31qe.js" async=""></script>`,
    '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
    '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script>',
    '</body></html>',
  ].join('');

const modules = [
  { selector: ENHANCED_SELECTOR, src: '/assets/enhance-abc.js' },
  { selector: SEARCH_SELECTOR, src: '/assets/search-def.js' },
];
const options = { basePath: '', modules };

describe('stripPage', () => {
  it('removes the runtime, the inline RSC payload, the preloads and React’s comments', async () => {
    const { html } = await stripPage(exported(), options);
    expect(html).not.toMatch(/_next|__next_f|TURBOPACK|<!--|preload/);
    expect(html).toBe(
      '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><link rel="stylesheet" href="/assets/0y5hpxl4olai2.css" />' +
        '<title>A page</title><link rel="icon" href="/favicon.svg"/></head><body class="flex"><div hidden=""></div>' +
        '<main id="main"><script type="application/ld+json">{"@type":"NewsArticle"}</script><p>Hello world</p></main></body></html>',
    );
  });

  it('reports the stylesheets it points at assets/, keeping the base path', async () => {
    const page = await stripPage(exported({ base: '/hanoi' }), { ...options, basePath: '/hanoi' });
    expect(page.stylesheets).toEqual(['/_next/static/chunks/0y5hpxl4olai2.css']);
    expect(page.html).toContain('<link rel="stylesheet" href="/hanoi/assets/0y5hpxl4olai2.css" />');
    expect(page.html).toContain('href="/hanoi/favicon.svg"');
  });

  it('loads each module only on a page with markup it works on, once', async () => {
    const plain = await stripPage(exported(), options);
    expect(plain.modules).toEqual([]);
    expect(plain.html).not.toContain('<script type="module"');

    const body = '<p id="c">Cite <span data-access-date="apa">[date accessed]</span></p><button hidden data-copy="c">Copy</button>';
    const enhanced = await stripPage(exported({ body }), options);
    expect(enhanced.modules).toEqual(['/assets/enhance-abc.js']);
    expect(enhanced.html).toMatch(/<\/main><script type="module" src="\/assets\/enhance-abc\.js"><\/script><\/body><\/html>$/);

    const search = await stripPage(exported({ body: '<div data-search><form role="search" hidden></form></div>' }), options);
    expect(search.modules).toEqual(['/assets/search-def.js']);
    expect(search.html).toMatch(/<\/main><script type="module" src="\/assets\/search-def\.js"><\/script><\/body><\/html>$/);
  });

  it('puts the page’s Content-Security-Policy first in its head, before anything it governs', async () => {
    const { html } = await stripPage(exported(), { ...options, contentSecurityPolicy: "default-src 'self'" });
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'"><meta charSet="utf-8"\/>/);
  });
});

describe('pagePath', () => {
  it('is the address a reader visits for an exported file', () => {
    expect(['index.html', 'en/timeline/index.html', '404.html'].map(pagePath)).toEqual(['/', '/en/timeline/', '/404.html']);
  });
});

describe('isPayloadFile', () => {
  it('knows RSC payloads from the site’s own text files', () => {
    const files = new Set(['index.html', 'index.txt', 'en/__next._tree.txt', 'robots.txt', 'en/data/notes.txt']);
    expect([...files].filter((file) => isPayloadFile(file, files))).toEqual(['index.txt', 'en/__next._tree.txt']);
  });
});

function exportWith(files: Record<string, string>): string {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'export-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(out, name)), { recursive: true });
    fs.writeFileSync(path.join(out, name), text);
  }
  return out;
}

const listing = (dir: string) => fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => fs.statSync(path.join(dir, f)).isFile()).sort();

describe('stripExport', () => {
  it('leaves plain pages, the moved stylesheet and the site’s own files, and nothing of the framework', async () => {
    const out = exportWith({
      'index.html': exported(),
      'index.txt': '0:{}',
      '__next._full.txt': '0:{}',
      'en/index.html': exported(),
      'en/__next.$d$lang.__PAGE__.txt': '0:{}',
      'en/feed.xml': '<rss/>',
      'robots.txt': 'User-agent: *',
      '_next/static/chunks/0y5hpxl4olai2.css': 'body{}',
      '_next/static/chunks/3ov-_40dpyk5d.js': 'x()',
      '_next/static/Build1/_buildManifest.js': 'x()',
    });
    const report = await stripExport(out, options);
    expect(listing(out)).toEqual(['assets/0y5hpxl4olai2.css', 'en/feed.xml', 'en/index.html', 'index.html', 'robots.txt']);
    expect(fs.readFileSync(path.join(out, 'assets/0y5hpxl4olai2.css'), 'utf8')).toBe('body{}');
    expect(fs.readFileSync(path.join(out, 'en/index.html'), 'utf8')).not.toContain('_next');
    expect(report).toMatchObject({ pages: 2, modulePages: { '/assets/enhance-abc.js': [], '/assets/search-def.js': [] }, removedFiles: 6 });
  });

  it('gives every page the site’s policy as a meta tag, without frame-ancestors, which a meta tag cannot carry', async () => {
    const out = exportWith({ 'en/index.html': exported(), '_next/static/chunks/0y5hpxl4olai2.css': 'body{}' });
    await stripExport(out, options);
    const html = fs.readFileSync(path.join(out, 'en/index.html'), 'utf8');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${metaContentSecurityPolicy('/en/')}">`);
    expect(html).toContain("script-src 'self'");
    expect(html).not.toContain('frame-ancestors');
  });

  it('refuses, changing nothing, when a page would still load a file from /_next/', async () => {
    const page = exported({ body: '<img src="/_next/static/media/map.png" alt="Map">' });
    const out = exportWith({ 'index.html': page, 'index.txt': '0:{}', '_next/static/media/map.png': 'png' });
    const before = listing(out);
    await expect(stripExport(out, options)).rejects.toThrow('These pages would still load files from /_next/, which the build removes: index.html');
    expect(listing(out)).toEqual(before);
    expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).toBe(page);
  });
});
