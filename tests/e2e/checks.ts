/*
 * The checks every built page must pass, as functions of a site folder or of a served page, so the
 * same code proves the real build in out/ (every-page, links, security tests) and fails on the
 * broken fixture sites in tests/fixtures/sites/ (checks-fail-on-fixtures.test.ts). Each returns its
 * problems as lines that start with the page they are on; none means the check passed.
 */
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { DomUtils, parseDocument } from 'htmlparser2';
import { LinkChecker } from 'linkinator';
import type { Browser, BrowserContext } from 'playwright-core';
import { ADMIN_DIR, BASE_PATH, EXTERNAL_LINK_REL, linkRel, SITE_URL } from '@/lib/web/paths';
import { pagePath } from '@/scripts/strip-framework';
import { OUT_DIR, serveSite } from './static-server';

/** Every reader's HTML file of a site folder, as paths relative to it: not the editor's page, which is Decap's (tests/e2e/cms.test.ts). */
export function htmlFiles(siteDir: string): string[] {
  return fs
    .readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith(`${ADMIN_DIR}/`))
    .sort();
}

function parsedPages(siteDir: string) {
  return htmlFiles(siteDir).map((file) => ({ page: pagePath(file), document: parseDocument(fs.readFileSync(path.join(siteDir, file), 'utf8')) }));
}

/** The path a site folder is built for: out/ for SITE_URL's (BASE_PATH), the fixture sites for the root. */
const basePathOf = (siteDir: string) => (path.resolve(siteDir) === OUT_DIR ? BASE_PATH : '');

/** Scripts that should not be there: any but JSON-LD (data, never run) and the site's modules (see enhancements/): the enhancements, the search on the search pages and the State finder where its form is. */
export function unexpectedScripts(siteDir: string): string[] {
  const siteModule = new RegExp(`^${basePathOf(siteDir)}/assets/(enhance|search|finder)-[\\w-]+\\.js$`);
  return parsedPages(siteDir).flatMap(({ page, document }) =>
    DomUtils.getElementsByTagName('script', document)
      .filter(({ attribs }) => attribs.type !== 'application/ld+json' && !(attribs.type === 'module' && siteModule.test(attribs.src ?? '')))
      .map(({ attribs }) => `${page}: unexpected script ${attribs.src ? `src="${attribs.src}"` : 'written inline'}`),
  );
}

/** Links to other sites without rel="noopener noreferrer" (see linkRel in lib/web/paths.ts). */
export function externalLinksWithoutRel(siteDir: string): string[] {
  const required = EXTERNAL_LINK_REL.split(' ');
  return parsedPages(siteDir).flatMap(({ page, document }) =>
    DomUtils.getElementsByTagName('a', document)
      .filter(({ attribs }) => linkRel(attribs.href ?? '') && !required.every((token) => (attribs.rel ?? '').split(/\s+/).includes(token)))
      .map(({ attribs }) => `${page}: link to ${attribs.href} without rel="${EXTERNAL_LINK_REL}"`),
  );
}

/**
 * Broken links between the pages of a site folder, found by linkinator from every page: each link,
 * stylesheet and image must answer 200. The site's own absolute URLs (SITE_URL: canonical,
 * alternates, feeds) are checked on the local copy; other sites are not fetched (these machines are
 * offline). Anchors are missingAnchors' job: started from every page, linkinator's checkFragments
 * skips the anchors of a page it has already crawled (it missed the fixture's broken anchor).
 */
export async function brokenLinks(siteDir: string): Promise<string[]> {
  const server = await serveSite(siteDir);
  const origin = new URL(server.url).origin;
  try {
    const result = await new LinkChecker().check({
      path: htmlFiles(siteDir).map((file) => `${server.url}${pagePath(file)}`),
      recurse: true,
      // Some 1,700 pages and files on one local server: fewer at a time, and a second try for a
      // connection a loaded machine dropped (reported as HTTP 0), never for a real 404.
      concurrency: 25,
      retryErrors: true,
      retryErrorsCount: 2,
      urlRewriteExpressions: [{ pattern: new RegExp(`^${SITE_URL.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=/|$)`), replacement: server.url }],
      linksToSkip: async (link) => !link.startsWith(`${server.url}/`) && link !== server.url,
    });
    const onSite = (url: string) => url.replace(origin, '') || '/';
    return result.links
      .filter((link) => link.state === 'BROKEN')
      .map((link) => `${onSite(link.parent ?? '')}: broken link to ${onSite(link.url)} (HTTP ${link.status})`)
      .sort();
  } finally {
    await server.close();
  }
}

/** The HTML file of a site folder that serves a page path (`/en/` → `en/index.html`), if there is one. */
function fileFor(siteDir: string, page: string): string | undefined {
  const file = path.join(siteDir, page.endsWith('/') ? `${page}index.html` : page);
  return file.endsWith('.html') && fs.existsSync(file) ? file : undefined;
}

/**
 * Links to an anchor (`/en/timeline/#id`, `#main`, or the same on SITE_URL) that the page they lead to
 * does not have. Links to other sites, and to pages that are missing (brokenLinks reports those), are
 * not looked at.
 */
export function missingAnchors(siteDir: string): string[] {
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file)) {
      const elements = DomUtils.findAll((element) => Boolean(element.attribs.id), parseDocument(fs.readFileSync(file, 'utf8')).children);
      ids.set(file, new Set(elements.map((element) => element.attribs.id)));
    }
    return ids.get(file)!;
  };
  const site = new URL(`${SITE_URL}/`);
  const basePath = basePathOf(siteDir);
  return parsedPages(siteDir).flatMap(({ page, document }) =>
    DomUtils.getElementsByTagName('a', document).flatMap(({ attribs }) => {
      const target = new URL(attribs.href ?? '', new URL(`${basePath}${page}`, site));
      if (target.origin !== site.origin || !target.hash || !target.pathname.startsWith(`${basePath}/`)) return [];
      const file = fileFor(siteDir, target.pathname.slice(basePath.length));
      const id = decodeURIComponent(target.hash.slice(1));
      return file && !idsOf(file).has(id) ? [`${page}: link to ${target.pathname}#${id}, an anchor that page does not have`] : [];
    }),
  );
}

// The WCAG levels the site meets, and axe's best practices, which it meets as well.
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

declare global {
  interface Window {
    /** Content-Security-Policy violations of the page, recorded from its first moment (see checkPage). */
    policyViolations: string[];
  }
}

export type PageCheckOptions = {
  /** The HTTP status the page answers: 200, or 404 for the not-found page. */
  status?: number;
  colorScheme?: 'light' | 'dark';
};

/** Blocks every request of a browser context that leaves 127.0.0.1, noting each in `problems`. */
export async function keepOnMachine(context: BrowserContext, problems: string[]): Promise<void> {
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).hostname === '127.0.0.1') return route.continue();
    problems.push(`request outside the site to ${url}`);
    return route.abort();
  });
}

/**
 * Opens a served page in Chromium, in a context of its own, and lists what is wrong with it: another
 * HTTP status than expected, a Content-Security-Policy violation, a console error or uncaught
 * exception, an image that did not load, a request to anywhere but 127.0.0.1 (blocked), and any
 * axe-core violation.
 */
export async function checkPage(browser: Browser, baseUrl: string, page: string, { status = 200, colorScheme = 'light' }: PageCheckOptions = {}): Promise<string[]> {
  // @axe-core/playwright needs a page from its own context.
  const context = await browser.newContext({ colorScheme });
  const problems: string[] = [];
  await keepOnMachine(context, problems);
  // Init scripts run before the page's own, and the browser does not hold them to the page's policy.
  await context.addInitScript(() => {
    window.policyViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.policyViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI}`);
    });
  });
  const tab = await context.newPage();
  tab.on('console', (message) => {
    if (message.type() !== 'error') return;
    // Chromium logs the page's own expected status (the not-found page's 404) as a failed load.
    const expectedFailure = status !== 200 && message.location().url === baseUrl + page && message.text().startsWith('Failed to load resource');
    if (!expectedFailure) problems.push(`console error: ${message.text()}`);
  });
  tab.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
  try {
    const response = await tab.goto(baseUrl + page);
    if (response?.status() !== status) problems.push(`HTTP ${response?.status()} instead of ${status}`);
    for (const violation of await tab.evaluate(() => window.policyViolations)) problems.push(`Content-Security-Policy: ${violation}`);
    const brokenImages = await tab.evaluate(() => [...document.images].filter((image) => !image.complete || image.naturalWidth === 0).map((image) => image.currentSrc || image.src));
    for (const src of brokenImages) problems.push(`image did not load: ${src}`);
    const axe = await new AxeBuilder({ page: tab }).withTags(AXE_TAGS).analyze();
    for (const v of axe.violations) problems.push(`axe ${v.id} (${v.impact}): ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  } finally {
    await context.close();
  }
  return problems.map((problem) => `${page}: ${problem}`);
}
