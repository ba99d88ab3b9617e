/*
 * The site's security policy, the one source for all of its forms: the HTTP headers written to
 * out/_headers at build time (Netlify, Cloudflare Pages) and sent by the test server
 * (tests/e2e/static-server.ts), the Content-Security-Policy `<meta>` tag in every page for hosts that
 * cannot set headers (scripts/strip-framework.ts), and the examples in docs/deploying.md, which a
 * test compares with it.
 */

import { GIT_HOST_API } from '../cms/backend';
import { languages } from '../i18n';
import { ADMIN_DIR } from './paths';

/** A Content-Security-Policy as directives and their sources. */
export type Directives = Record<string, string[]>;

/**
 * What every page may load: the site's own files, nothing else. style-src and img-src fall back to
 * default-src 'self': the only stylesheet is /assets/*.css, no page has an inline style or a data: URI,
 * and the map and charts are inline SVG. JSON-LD (`<script type="application/ld+json">`) is data, never
 * executed, so script-src 'self' does not block it. The browser tests prove every page loads under
 * this policy without a single violation.
 */
const SITE_POLICY: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'frame-ancestors': ["'none'"],
  'form-action': ["'self'"],
};

/**
 * Pages that need more than the site's policy, by path without the base path (a trailing * matches
 * a folder's files); the directives given replace the site's there. The search pages run Pagefind,
 * which compiles WebAssembly: that needs 'wasm-unsafe-eval' (which allows no eval of JavaScript),
 * on the pages and on Pagefind's files, whose worker takes its policy from its own response.
 */
const WEBASSEMBLY: Directives = { 'script-src': ["'self'", "'wasm-unsafe-eval'"] };

/** The editor's pages and files. */
const EDITOR_PATH = `/${ADMIN_DIR}/*`;

/**
 * The editor, Decap CMS, is the one page that needs more. It checks its configuration with ajv,
 * which compiles validators with new Function ('unsafe-eval'; decaporg/decap-cms#2138, open since
 * 2019), styles itself with inline <style> elements (style-src 'unsafe-inline'), shows images as
 * data: and blob: URLs and the signed-in user's picture from GitHub, and talks to GitHub's API. Its
 * code and config.yml come from the site itself: still no script from anywhere else. Editors only
 * open it, and no reader's page links to it.
 */
const EDITOR: Directives = {
  'script-src': ["'self'", "'unsafe-eval'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:', 'https://avatars.githubusercontent.com'],
  'connect-src': ["'self'", GIT_HOST_API],
};

const PAGE_POLICIES: PagePolicies = {
  ...Object.fromEntries([...languages.map((lang) => `/${lang}/search/`), '/pagefind/*'].map((pattern) => [pattern, WEBASSEMBLY])),
  [EDITOR_PATH]: EDITOR,
};

// Browsers ignore frame-ancestors in a <meta> policy (and Chromium logs an error for it): only a header can forbid framing.
const HEADER_ONLY_DIRECTIVES = new Set(['frame-ancestors']);

function serialize(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** Per-page policies to apply: the site's own, or others in tests. */
export type PagePolicies = Record<string, Directives>;

const matches = (pattern: string, pagePath: string) => (pattern.endsWith('*') ? pagePath.startsWith(pattern.slice(0, -1)) : pattern === pagePath);

function policyFor(pagePath: string, pagePolicies: PagePolicies): Directives {
  const own = Object.entries(pagePolicies).find(([pattern]) => matches(pattern, pagePath))?.[1];
  return { ...SITE_POLICY, ...own };
}

/** The Content-Security-Policy header for a page (its path without the base path, e.g. `/en/timeline/`). */
export function contentSecurityPolicy(pagePath: string, pagePolicies: PagePolicies = PAGE_POLICIES): string {
  return serialize(policyFor(pagePath, pagePolicies));
}

/** The same policy for a `<meta http-equiv>` tag: without the directives a meta policy cannot carry. */
export function metaContentSecurityPolicy(pagePath: string, pagePolicies: PagePolicies = PAGE_POLICIES): string {
  const directives = Object.entries(policyFor(pagePath, pagePolicies)).filter(([name]) => !HEADER_ONLY_DIRECTIVES.has(name));
  return serialize(Object.fromEntries(directives));
}

/** The headers every response gets besides its Content-Security-Policy. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  // Two years, the subdomains too: what HSTS preload lists ask for. Browsers ignore it over plain HTTP.
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  // Other sites learn that a reader came from here, never from which page.
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // The site uses none of these; a script that got in could not either. (The copy buttons' clipboard
  // writes need no policy: they follow a click on the page's own origin.)
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * Headers that differ on some pages, by the same patterns as PAGE_POLICIES. The editor signs in to
 * GitHub in a popup window, which hands the token back to the page that opened it: under
 * `same-origin` the browser would cut that link. Search engines are told to leave the editor out.
 */
const PAGE_HEADERS: Record<string, Record<string, string>> = {
  [EDITOR_PATH]: { 'Cross-Origin-Opener-Policy': 'same-origin-allow-popups', 'X-Robots-Tag': 'noindex' },
};

function pageHeaders(pagePath: string): Record<string, string> {
  return Object.entries(PAGE_HEADERS).find(([pattern]) => matches(pattern, pagePath))?.[1] ?? {};
}

/** Every security header of a page, its Content-Security-Policy included. */
export function securityHeaders(pagePath: string): Record<string, string> {
  return { ...SECURITY_HEADERS, ...pageHeaders(pagePath), 'Content-Security-Policy': contentSecurityPolicy(pagePath) };
}

/** Cache-Control for the build's hashed files in assets/ (a new name for every change): kept a year without asking again. */
export const HASHED_ASSETS_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/** Cache-Control for everything else (HTML, feeds, downloads): asked again on every visit, so a rebuild shows at once. */
export const REVALIDATE_CACHE_CONTROL = 'public, max-age=0, must-revalidate';

/**
 * The `_headers` file of Netlify and Cloudflare Pages, for a site hosted under `basePath` with its
 * hashed files in the folder `assetsDir`. Both hosts
 * already revalidate HTML by default, so only the hashed assets get a Cache-Control (Cloudflare joins
 * two matching rules' values of one header with a comma, which would garble it). A page with its own
 * policy gets a rule after the site's: Netlify lets the later rule win. Cloudflare Pages would join
 * the two policies, which browsers enforce both of: docs/deploying.md says what to do there.
 */
export function headersFile(basePath: string, assetsDir: string, pagePolicies: PagePolicies = PAGE_POLICIES): string {
  const rule = (pattern: string, headers: Record<string, string>) => [`${basePath}${pattern}`, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return [
    '# Generated by `npm run build` from lib/web/security-headers.ts: edit that file, not this one.',
    rule('/*', { ...SECURITY_HEADERS, 'Content-Security-Policy': serialize(SITE_POLICY) }),
    ...Object.keys(pagePolicies).map((pagePath) => rule(pagePath, { ...pageHeaders(pagePath), 'Content-Security-Policy': contentSecurityPolicy(pagePath, pagePolicies) })),
    rule(`/${assetsDir}/*`, { 'Cache-Control': HASHED_ASSETS_CACHE_CONTROL }),
    '',
  ].join('\n');
}
