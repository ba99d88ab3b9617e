import fs from 'node:fs';
import path from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { BASE_PATH } from '@/lib/web/paths';
import { unexpectedScripts } from './checks';
import { builtHtmlFiles } from './site-pages';
import { OUT_DIR } from './static-server';

/*
 * Guards of the post-export step (scripts/strip-framework.ts) over the real build: a Next upgrade
 * that changes what it exports makes these fail instead of shipping the runtime again.
 */

const pages = builtHtmlFiles().map((file) => ({ file: path.relative(OUT_DIR, file), html: fs.readFileSync(file, 'utf8') }));

/** The text a reader gets from a page: everything but scripts, with whitespace runs as one space. */
function visibleText(html: string): string {
  const document = parseDocument(html);
  for (const script of DomUtils.getElementsByTagName('script', document)) DomUtils.removeElement(script);
  return DomUtils.textContent(document).replace(/\s+/g, ' ').trim();
}

describe('the exported site without the framework', () => {
  it('no page loads Next’s chunks or carries the inline RSC payload', () => {
    expect(pages.filter(({ html }) => html.includes('/_next/static/chunks/')).map((p) => p.file)).toEqual([]);
    expect(pages.filter(({ html }) => html.includes('__next_f')).map((p) => p.file)).toEqual([]);
  });

  it('out/ holds no RSC payload .txt files and no _next/ folder', () => {
    const files = fs.readdirSync(OUT_DIR, { recursive: true, encoding: 'utf8' });
    expect(files.filter((file) => file.endsWith('.txt') && (path.basename(file).startsWith('__next.') || path.basename(file) === 'index.txt'))).toEqual([]);
    expect(fs.existsSync(path.join(OUT_DIR, '_next'))).toBe(false);
  });

  it('a page loads a module only where it has markup for it: the enhancement module, on the search pages the search module, and the finder where its form is', () => {
    expect(unexpectedScripts(OUT_DIR)).toEqual([]);
    const moduleName = (src = '') => new RegExp(`^${BASE_PATH}/assets/(enhance|search|finder)-[\\w-]+\\.js$`).exec(src)?.[1] ?? src;
    const loads = pages.map(({ file, html }) => {
      const document = parseDocument(html);
      const scripts = DomUtils.getElementsByTagName('script', document).filter((script) => script.attribs.type !== 'application/ld+json');
      return {
        file,
        scripts: scripts.map((script) => `${script.attribs.type} ${moduleName(script.attribs.src)}`),
        expected: [
          ...(/data-copy=|data-access-date=/.test(html) ? ['module enhance'] : []),
          ...(/data-search[ =>]/.test(html) ? ['module search'] : []),
          ...(/data-state-finder=/.test(html) ? ['module finder'] : []),
        ],
      };
    });
    expect(loads.filter((page) => page.expected.includes('module enhance')).length).toBeGreaterThan(0);
    expect(loads.filter((page) => page.expected.includes('module search')).map((page) => page.file)).toEqual(['en/search/index.html', 'vi/search/index.html']);
    // The home, the status page and the States' index, in both languages: never a State's own page.
    expect(loads.filter((page) => page.expected.includes('module finder')).map((page) => page.file).sort()).toEqual(
      ['en/index.html', 'en/states/index.html', 'en/status/index.html', 'vi/index.html', 'vi/states/index.html', 'vi/status/index.html'],
    );
    for (const page of loads) expect(page.scripts, page.file).toEqual(page.expected);
  });

  it('only the search pages refer to Pagefind’s files', () => {
    expect(pages.filter(({ html }) => html.includes('/pagefind/')).map((page) => page.file)).toEqual(['en/search/index.html', 'vi/search/index.html']);
  });

  it('removes only scripts: every page reads exactly as Next rendered it', () => {
    // Next keeps its own prerendered copy of each page (before the step) in .next/server/app.
    const prerendered = path.join(OUT_DIR, '..', '.next', 'server', 'app');
    const compared = pages.flatMap(({ file, html }) => {
      const name = file === 'index.html' ? 'index' : file === '404.html' ? '_not-found' : path.dirname(file);
      const before = path.join(prerendered, `${name}.html`);
      return fs.existsSync(before) ? [{ file, before: visibleText(fs.readFileSync(before, 'utf8')), after: visibleText(html) }] : [];
    });
    expect(compared.length).toBeGreaterThanOrEqual(pages.length - 2);
    for (const page of compared) expect(page.after, page.file).toBe(page.before);
  });
});
