import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { BASE_PATH } from '@/lib/web/paths';
import { fileHeaders, headersFile, metaContentSecurityPolicy, securityHeaders, servedPath } from '@/lib/web/security-headers';
import { ASSETS_DIR, pagePath } from '@/scripts/strip-framework';
import { hostHeaders, parseHeadersFile } from '../lib/web/hosts';
import { htmlFiles } from './checks';
import { OUT_DIR } from './static-server';

/*
 * The security policy as the build ships it (lib/web/security-headers.ts is the one source): in the
 * hosts' _headers file, in every page's meta tag and from the server the browser tests use.
 * every-page.test.ts proves every page loads under it without a violation; site.test.ts that the
 * enhanced pages still work under it.
 */

const baseUrl = inject('baseUrl');

describe('the security policy in the build', () => {
  const files = fs.readdirSync(OUT_DIR, { recursive: true, encoding: 'utf8' }).filter((file) => file !== '_headers' && fs.statSync(path.join(OUT_DIR, file)).isFile());

  it('out/_headers is the one lib/web/security-headers.ts writes for these files', () => {
    expect(fs.readFileSync(path.join(OUT_DIR, '_headers'), 'utf8')).toBe(headersFile(BASE_PATH, files, ASSETS_DIR));
  });

  it.each(['most specific rule', 'every matching rule joined'] as const)('out/_headers gives every file its headers, and one policy, on a host that applies the %s', (reading) => {
    const rules = parseHeadersFile(fs.readFileSync(path.join(OUT_DIR, '_headers'), 'utf8'));
    const wrong = files.filter((file) => {
      const headers = hostHeaders(rules, `${BASE_PATH}${servedPath(file)}`, reading);
      const sorted = (all: Record<string, string>) => JSON.stringify(Object.entries(all).sort());
      return sorted(headers) !== sorted(fileHeaders(servedPath(file), ASSETS_DIR));
    });
    expect(wrong).toEqual([]);
    expect(files.length).toBeGreaterThan(100);
  });

  it('every page carries its Content-Security-Policy as a meta tag, first in its head', () => {
    const wrong = htmlFiles(OUT_DIR).filter((file) => {
      const html = fs.readFileSync(path.join(OUT_DIR, file), 'utf8');
      return !html.includes(`<head><meta http-equiv="Content-Security-Policy" content="${metaContentSecurityPolicy(pagePath(file))}">`);
    });
    expect(wrong).toEqual([]);
  });

  it('the test server sends every header, as the hosts are told to', async () => {
    const response = await fetch(`${baseUrl}/vi/status/`);
    for (const [name, value] of Object.entries(securityHeaders('/vi/status/'))) expect(response.headers.get(name), name).toBe(value);
  });
});
