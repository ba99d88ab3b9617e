import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, fileHeaders, headersFile, metaContentSecurityPolicy, securityHeaders, servedPath } from '@/lib/web/security-headers';
import { hostHeaders, parseHeadersFile, setTwice, type HostReading } from './hosts';

const SITE_POLICY = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
// The shape the search pages will take (Pagefind runs WebAssembly).
const searchPolicies = { '/en/search/': { 'script-src': ["'self'", "'wasm-unsafe-eval'"] } };

describe('the Content-Security-Policy', () => {
  it('allows the site’s own files only, on every page', () => {
    expect(contentSecurityPolicy('/')).toBe(SITE_POLICY);
    expect(contentSecurityPolicy('/vi/articles/adoption/')).toBe(SITE_POLICY);
  });

  it('leaves frame-ancestors out of the meta tag, where browsers ignore it', () => {
    expect(metaContentSecurityPolicy('/en/')).toBe("default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'");
  });

  it('gives a page its own sources for a directive, and only that page', () => {
    expect(contentSecurityPolicy('/en/search/', searchPolicies)).toBe(SITE_POLICY.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'"));
    expect(metaContentSecurityPolicy('/en/search/', searchPolicies)).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(contentSecurityPolicy('/vi/search/', searchPolicies)).toBe(SITE_POLICY);
  });
});

describe('securityHeaders', () => {
  it('has every header a static host should send', () => {
    expect(Object.keys(securityHeaders('/en/'))).toEqual([
      'Strict-Transport-Security',
      'X-Content-Type-Options',
      'Referrer-Policy',
      'Permissions-Policy',
      'Cross-Origin-Opener-Policy',
      'Content-Security-Policy',
    ]);
    expect(securityHeaders('/en/')['Cross-Origin-Opener-Policy']).toBe('same-origin');
  });
});

/** The files of a built site, as the build lists them: every kind of page and file the hosts serve, and a State page of the status section. */
const SITE_FILES = [
  'index.html',
  '404.html',
  'favicon.svg',
  'robots.txt',
  'sitemap.xml',
  '_headers',
  ...['en', 'vi'].flatMap((lang) => [
    `${lang}/index.html`,
    `${lang}/feed.xml`,
    `${lang}/atom.xml`,
    `${lang}/articles/index.html`,
    `${lang}/articles/adoption/index.html`,
    `${lang}/articles/adoption/social.png`,
    `${lang}/status/index.html`,
    `${lang}/status/vn/index.html`,
    `${lang}/data/timeline.csv`,
    `${lang}/search/index.html`,
  ]),
  'assets/14avemvulw9cr.css',
  'assets/search-F56URLPE.js',
  'pagefind/pagefind.js',
  'pagefind/pagefind-worker.js',
  'admin/index.html',
  'admin/vi/index.html',
  'admin/decap/decap-cms.js',
];

const expectedHeaders = (pagePath: string) => fileHeaders(pagePath, 'assets');

describe('headersFile', () => {
  const readings: HostReading[] = ['most specific rule', 'every matching rule joined'];

  it.each(readings)('gives every file its own headers on a host that applies the %s', (reading) => {
    const rules = parseHeadersFile(headersFile('', SITE_FILES, 'assets'));
    for (const file of SITE_FILES.filter((file) => file !== '_headers')) {
      const pagePath = servedPath(file);
      expect(hostHeaders(rules, pagePath, reading), pagePath).toEqual(expectedHeaders(pagePath));
    }
  });

  it('never sets one header twice for a path, so no host can join two policies', () => {
    const rules = parseHeadersFile(headersFile('', SITE_FILES, 'assets'));
    const paths = [...SITE_FILES.map(servedPath), '/en/status/new-page/', '/en/no-such-page/', '/admin/anything', '/nowhere'];
    expect(paths.flatMap((pagePath) => setTwice(rules, pagePath).map((name) => `${pagePath}: ${name}`))).toEqual([]);
  });

  it('covers a section’s pages by its folder, so new pages need no rule of their own', () => {
    const file = headersFile('', SITE_FILES, 'assets');
    expect(file).toContain(`\n/en/status/*\n  Cross-Origin-Opener-Policy: same-origin\n  Content-Security-Policy: ${SITE_POLICY}\n`);
    expect(file).not.toContain('/en/status/vn/');
    expect(hostHeaders(parseHeadersFile(file), '/en/status/ng/', 'every matching rule joined')['Content-Security-Policy']).toBe(SITE_POLICY);
    // The language folder holds the search page, with its own policy: its other pages and files get a rule each.
    expect(file).toContain("\n/en/search/*\n  Cross-Origin-Opener-Policy: same-origin\n  Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval';");
    expect(file).not.toMatch(/^\/en\/\*$/m);
  });

  it('writes the headers every file shares once, for /*, and a year’s cache for the hashed assets only, under the base path', () => {
    const file = headersFile('/hanoi', SITE_FILES, 'assets');
    expect(file).toContain('\n/hanoi/*\n  Strict-Transport-Security: max-age=63072000; includeSubDomains\n  X-Content-Type-Options: nosniff\n');
    expect(file).toContain('\n/hanoi/\n');
    expect(file).toContain(`\n/hanoi/assets/*\n  Cross-Origin-Opener-Policy: same-origin\n  Content-Security-Policy: ${SITE_POLICY}\n  Cache-Control: public, max-age=31536000, immutable\n`);
    expect(file.match(/Cache-Control/g)).toHaveLength(1);
  });
});

describe('the site’s own exceptions', () => {
  it('lets the search pages and Pagefind’s files (its worker takes its own policy) compile WebAssembly, and no other page', () => {
    for (const path of ['/en/search/', '/vi/search/', '/pagefind/pagefind-worker.js']) expect(contentSecurityPolicy(path)).toContain("script-src 'self' 'wasm-unsafe-eval'");
    for (const path of ['/en/', '/en/articles/adoption/', '/assets/search-abc.js']) expect(contentSecurityPolicy(path)).toContain("script-src 'self';");
  });
});

describe('the editor’s exception', () => {
  it('gives /admin/ only what Decap needs: eval for its config check, inline styles, images it previews, GitHub’s API', () => {
    expect(contentSecurityPolicy('/admin/')).toBe(
      "default-src 'self'; script-src 'self' 'unsafe-eval'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https://avatars.githubusercontent.com; connect-src 'self' https://api.github.com",
    );
    expect(contentSecurityPolicy('/admin/decap/decap-cms.js')).toContain("'unsafe-eval'");
  });

  it('lets the sign-in window hand back to the editor, keeps it out of search engines, and changes nothing elsewhere', () => {
    expect(securityHeaders('/admin/')).toMatchObject({ 'Cross-Origin-Opener-Policy': 'same-origin-allow-popups', 'X-Robots-Tag': 'noindex' });
    for (const path of ['/', '/en/', '/en/search/', '/administration/']) {
      expect(securityHeaders(path)['Cross-Origin-Opener-Policy'], path).toBe('same-origin');
      expect(securityHeaders(path), path).not.toHaveProperty('X-Robots-Tag');
      expect(contentSecurityPolicy(path), path).not.toMatch(/'unsafe-(eval|inline)'/);
    }
  });

  it('writes the editor’s rule, headers and policy, into _headers', () => {
    expect(headersFile('/hanoi', SITE_FILES, 'assets')).toContain(
      "/hanoi/admin/*\n  Cross-Origin-Opener-Policy: same-origin-allow-popups\n  X-Robots-Tag: noindex\n  Content-Security-Policy: default-src 'self'; script-src 'self' 'unsafe-eval';",
    );
  });
});
