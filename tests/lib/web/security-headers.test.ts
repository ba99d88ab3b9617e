import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headersFile, metaContentSecurityPolicy, securityHeaders } from '@/lib/web/security-headers';

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

describe('headersFile', () => {
  it('writes the site’s headers for every path and a year’s cache for the hashed assets, under the base path', () => {
    const file = headersFile('/hanoi', 'assets');
    expect(file).toContain(`/hanoi/*\n  Strict-Transport-Security: max-age=63072000; includeSubDomains\n`);
    expect(file).toContain(`  Content-Security-Policy: ${SITE_POLICY}\n`);
    expect(file).toMatch(/\n\/hanoi\/assets\/\*\n {2}Cache-Control: public, max-age=31536000, immutable\n$/);
  });

  it('adds a rule after the site’s for a page with its own policy', () => {
    const file = headersFile('', 'assets', searchPolicies);
    expect(file.indexOf('/en/search/\n')).toBeGreaterThan(file.indexOf('/*\n'));
    expect(file).toContain("/en/search/\n  Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval';");
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
    expect(headersFile('/hanoi', 'assets')).toContain(
      "/hanoi/admin/*\n  Cross-Origin-Opener-Policy: same-origin-allow-popups\n  X-Robots-Tag: noindex\n  Content-Security-Policy: default-src 'self'; script-src 'self' 'unsafe-eval';",
    );
  });
});
