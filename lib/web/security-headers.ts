/*
 * The site's security policy, the one source for all of its forms: the HTTP headers written to
 * out/_headers at build time (Netlify, Cloudflare Pages) and sent by the test server
 * (tests/e2e/static-server.ts), the Content-Security-Policy `<meta>` tag in every page for hosts that
 * cannot set headers (scripts/strip-framework.ts), the nginx configuration in deploy/nginx/ and the
 * examples in docs/deploying.md, which tests compare with it (tests/e2e/nginx.test.ts serves the
 * build through nginx).
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

/** The headers a host should send with the file of the site at `pagePath`: its security headers and, for the hashed files in the folder `assetsDir`, a year's cache. */
export function fileHeaders(pagePath: string, assetsDir: string): Record<string, string> {
  return { ...securityHeaders(pagePath), ...(pagePath.startsWith(`/${assetsDir}/`) && { 'Cache-Control': HASHED_ASSETS_CACHE_CONTROL }) };
}

/** One rule of a `_headers` file: a path, exact or ending in `*` (anything after it), and the headers it sets. */
export type HeaderRule = { pattern: string; headers: Record<string, string> };

/** Where a host serves a file of a built site (a path relative to its folder): `en/index.html` at `/en/`. */
export function servedPath(file: string): string {
  return `/${file.replaceAll('\\', '/')}`.replace(/(^|\/)index\.html$/, '$1');
}

type ServedFile = { path: string; headers: Record<string, string> };

const sameHeaders = (a: Record<string, string>, b: Record<string, string>) => Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([name, value]) => b[name] === value);

/**
 * Rules that never overlap for the files under `folder`: the whole folder (`/en/status/*`) when all
 * its files get the same headers, else a rule for each of its own files and the same for each
 * subfolder. New pages in a folder are covered by its rule, and a new section is a new folder.
 */
function folderRules(folder: string, files: ServedFile[]): HeaderRule[] {
  if (folder !== '/' && files.every((file) => sameHeaders(file.headers, files[0].headers))) return [{ pattern: `${folder}*`, headers: files[0].headers }];
  const own: HeaderRule[] = [];
  const subfolders = new Map<string, ServedFile[]>();
  for (const file of files) {
    const rest = file.path.slice(folder.length);
    if (!rest.includes('/')) own.push({ pattern: file.path, headers: file.headers });
    else {
      const subfolder = `${folder}${rest.split('/')[0]}/`;
      subfolders.set(subfolder, [...(subfolders.get(subfolder) ?? []), file]);
    }
  }
  return [...own, ...[...subfolders].sort(([a], [b]) => a.localeCompare(b)).flatMap(([subfolder, inside]) => folderRules(subfolder, inside))];
}

/**
 * The rules of a `_headers` file for the files of a built site (paths relative to its folder), each
 * file getting `headersOf` its path. No two rules set the same header for one path: a header every
 * file gets with one value is set once, for `/*`; the others (the Content-Security-Policy first) in
 * rules that never overlap. So it means the same on a host that applies only the most specific
 * matching rule (Netlify) and on one that applies every matching rule and joins their values
 * (Cloudflare Pages), where two policies would both be enforced.
 */
export function headerRules(files: string[], headersOf: (pagePath: string) => Record<string, string>): HeaderRule[] {
  const served = files.map((file) => ({ path: servedPath(file), headers: headersOf(servedPath(file)) }));
  const shared = Object.fromEntries(Object.entries(served[0]?.headers ?? {}).filter(([name, value]) => served.every((file) => file.headers[name] === value)));
  const ownHeaders = (headers: Record<string, string>) => Object.fromEntries(Object.entries(headers).filter(([name]) => !(name in shared)));
  const rules = folderRules('/', served.map((file) => ({ path: file.path, headers: ownHeaders(file.headers) })));
  return [{ pattern: '/*', headers: shared }, ...rules].filter((rule) => Object.keys(rule.headers).length > 0);
}

/**
 * The `_headers` file of Netlify and Cloudflare Pages for a built site hosted under `basePath`, from
 * its files (`_headers` itself aside) and the folder of its hashed files, `assetsDir`. Both hosts
 * already revalidate HTML by default, so only the hashed assets get a Cache-Control.
 */
export function headersFile(basePath: string, files: string[], assetsDir: string): string {
  const rules = headerRules(
    files.filter((file) => file !== '_headers'),
    (pagePath) => fileHeaders(pagePath, assetsDir),
  );
  const rule = ({ pattern, headers }: HeaderRule) => [`${basePath}${pattern}`, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return ['# Generated by `npm run build` from lib/web/security-headers.ts: edit that file, not this one. No two rules set one header for the same path.', ...rules.map(rule), ''].join('\n');
}
