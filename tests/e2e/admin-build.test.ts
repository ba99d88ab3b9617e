import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { ADMIN_DIR } from '@/lib/web/paths';
import { metaContentSecurityPolicy, securityHeaders } from '@/lib/web/security-headers';
import { DECAP_ENTRY } from '@/scripts/decap-bundle';
import { htmlFiles } from './checks';
import { OUT_DIR } from './static-server';

/*
 * The editor as the build ships it in out/admin/: a page of its own, in English and Vietnamese, with
 * Decap and the preview pane's module, the GitHub backend and never the local one. The form itself,
 * driven through `npm run cms`, is tests/e2e/cms.test.ts.
 */

describe('the editor in the build', () => {
  const OUT = OUT_DIR;
  const page = () => fs.readFileSync(path.join(OUT, ADMIN_DIR, 'index.html'), 'utf8');

  it('is a page of its own at /admin/ that search engines are told to leave out', () => {
    expect(page()).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(page()).not.toContain('data-pagefind-body');
    expect(fs.readFileSync(path.join(OUT, 'sitemap.xml'), 'utf8')).not.toContain('/admin/');
    expect(securityHeaders('/admin/')['X-Robots-Tag']).toBe('noindex');
  });

  it('loads Decap, then the preview pane’s module, from the site itself, under the editor’s own policy', () => {
    expect(page()).toContain(`<head><meta http-equiv="Content-Security-Policy" content="${metaContentSecurityPolicy('/admin/')}">`);
    expect([...page().matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1])).toEqual([`decap/${DECAP_ENTRY}`, 'preview/editor-preview.js']);
    for (const file of [`decap/${DECAP_ENTRY}`, 'preview/editor-preview.js', 'preview/site.css']) expect(fs.existsSync(path.join(OUT, ADMIN_DIR, file)), file).toBe(true);
  });

  it('has its interface in Vietnamese at /admin/vi/, over the same files', () => {
    const vi = fs.readFileSync(path.join(OUT, ADMIN_DIR, 'vi', 'index.html'), 'utf8');
    expect(vi).toContain('<html lang="vi">');
    expect([...vi.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1])).toEqual([`../decap/${DECAP_ENTRY}`, '../preview/editor-preview.js']);
    const config = (dir: string) => YAML.parse(fs.readFileSync(path.join(OUT, ADMIN_DIR, dir, 'config.yml'), 'utf8'));
    expect(config('vi').locale).toBe('vi');
    expect({ ...config('vi'), locale: 'en' }).toEqual(config(''));
  });

  it('never ships the local backend', () => {
    for (const dir of ['', 'vi']) {
      const config = YAML.parse(fs.readFileSync(path.join(OUT, ADMIN_DIR, dir, 'config.yml'), 'utf8'));
      expect(config, dir).not.toHaveProperty('local_backend');
      expect(config.backend.name, dir).toBe('github');
    }
  });

  it('is linked from no reader’s page', () => {
    const linking = htmlFiles(OUT).filter((file) => /href="[^"]*\/admin\//.test(fs.readFileSync(path.join(OUT, file), 'utf8')));
    expect(linking).toEqual([]);
  });
});
