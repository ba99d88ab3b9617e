/*
 * The checks every built page must pass, as functions of a site folder or of a served page, so the
 * same code proves the real build in out/ (every-page, links, security tests) and fails on the
 * broken fixture sites in tests/fixtures/sites/ (checks-fail-on-fixtures.test.ts). Each returns its
 * problems as lines that start with the page they are on; none means the check passed.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { LinkChecker } from 'linkinator';
import type { Browser, BrowserContext, Page } from 'playwright-core';
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
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

declare global {
  interface Window {
    /** Content-Security-Policy violations of the page, recorded from its first moment (see PageChecker). */
    policyViolations: string[];
    axe: typeof import('axe-core');
  }
}

/**
 * axe-core's violations on a page, one line per rule with the elements it names. axe runs in the page
 * itself (axe.run, which also checks same-origin frames; the site has no other) and aggregates
 * violations only; it is loaded into the page first unless it is there already (PageChecker loads it
 * as each page starts).
 */
export async function axeViolations(tab: Page): Promise<string[]> {
  if (!(await tab.evaluate(() => 'axe' in window))) await tab.evaluate(AXE_SOURCE);
  const violations = await tab.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }).then((result) => result.violations), AXE_TAGS);
  return violations.map((v) => `axe ${v.id} (${v.impact}): ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** The widths of a desktop or tablet window that no page may scroll sideways at (PageChecker). */
export const DESKTOP_WIDTHS = [1280, 768];
/** Phones' widths, in a phone's browser (mobile viewport, touch): tests/e2e/phone-width.test.ts. */
export const PHONE_WIDTHS = [320, 360];
const HEIGHT = 740;

/** A browser context laid out as a phone's browser lays pages out, at the first of PHONE_WIDTHS. */
export function newPhoneContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: PHONE_WIDTHS[0], height: HEIGHT }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
}

/**
 * The widths among `widths` at which the page in `tab` scrolls sideways, resizing the viewport to each
 * (the stylesheet's media queries follow; no script lays the page out), then back to the first. The
 * document's scroll width against its client width, not window.innerWidth: under mobile emulation the
 * browser zooms out to fit a page that is too wide, so innerWidth grows with the overflow and hides it.
 */
export async function sidewaysScroll(tab: Page, widths: number[]): Promise<string[]> {
  const problems: string[] = [];
  for (const width of widths) {
    if (tab.viewportSize()?.width !== width) await tab.setViewportSize({ width, height: HEIGHT });
    const { scroll, client } = await tab.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    if (scroll > client) problems.push(`${scroll - client} px too wide at ${width} px`);
  }
  await tab.setViewportSize({ width: widths[0], height: HEIGHT });
  return problems;
}

export type PageCheckOptions = {
  /** The HTTP status the page answers: 200, or 404 for the not-found page. */
  status?: number;
  colorScheme?: 'light' | 'dark';
};

/** Blocks every request of a browser context that leaves 127.0.0.1, noting each with `note`. */
export async function keepOnMachine(context: BrowserContext, note: (problem: string) => void): Promise<void> {
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).hostname === '127.0.0.1') return route.continue();
    note(`request outside the site to ${url}`);
    return route.abort();
  });
}

/**
 * One Chromium tab that opens served pages one after another and lists what is wrong with each: another
 * HTTP status than expected, a Content-Security-Policy violation, a console error or uncaught
 * exception, an image that did not load, a request to anywhere but 127.0.0.1 (blocked), any
 * axe-core violation, and a sideways scroll at a desktop or tablet width (DESKTOP_WIDTHS). One tab
 * for every page, with axe-core loaded as each page starts, because Chromium then compiles axe once
 * for the tab rather than once a page: 0.3–1.1 s a page here, against 2.9 s with a new context and
 * axe injected into each (@axe-core/playwright).
 */
export class PageChecker {
  private problems: string[] = [];
  private expected = { url: '', status: 200 };

  private constructor(private readonly tab: Page) {
    tab.on('console', (message) => {
      if (message.type() !== 'error') return;
      // Chromium logs the page's own expected status (the not-found page's 404) as a failed load.
      const { url, status } = this.expected;
      const expectedFailure = status !== 200 && message.location().url === url && message.text().startsWith('Failed to load resource');
      if (!expectedFailure) this.problems.push(`console error: ${message.text()}`);
    });
    tab.on('pageerror', (error) => this.problems.push(`uncaught exception: ${error.message}`));
  }

  static async open(browser: Browser): Promise<PageChecker> {
    const context = await browser.newContext({ viewport: { width: DESKTOP_WIDTHS[0], height: HEIGHT } });
    const checker = new PageChecker(await context.newPage());
    await keepOnMachine(context, (problem) => checker.problems.push(problem));
    // Init scripts run before the page's own, and the browser does not hold them to the page's policy.
    await context.addInitScript(() => {
      window.policyViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.policyViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI}`);
      });
    });
    await context.addInitScript(AXE_SOURCE);
    return checker;
  }

  /** The problems of `page` on the site at `baseUrl`, each line starting with the page; none when it passes. */
  async check(baseUrl: string, page: string, { status = 200, colorScheme = 'light' }: PageCheckOptions = {}): Promise<string[]> {
    const { tab } = this;
    this.problems = [];
    this.expected = { url: baseUrl + page, status };
    await tab.emulateMedia({ colorScheme });
    const response = await tab.goto(baseUrl + page);
    if (response?.status() !== status) this.problems.push(`HTTP ${response?.status()} instead of ${status}`);
    for (const violation of await tab.evaluate(() => window.policyViolations)) this.problems.push(`Content-Security-Policy: ${violation}`);
    const brokenImages = await tab.evaluate(() => [...document.images].filter((image) => !image.complete || image.naturalWidth === 0).map((image) => image.currentSrc || image.src));
    for (const src of brokenImages) this.problems.push(`image did not load: ${src}`);
    this.problems.push(...(await axeViolations(tab)));
    this.problems.push(...(await sidewaysScroll(tab, DESKTOP_WIDTHS)));
    return this.problems.map((problem) => `${page}: ${problem}`);
  }

  close(): Promise<void> {
    return this.tab.context().close();
  }
}

/** PageChecker's problems of one page, in a tab of its own. */
export async function checkPage(browser: Browser, baseUrl: string, page: string, options: PageCheckOptions = {}): Promise<string[]> {
  const checker = await PageChecker.open(browser);
  try {
    return await checker.check(baseUrl, page, options);
  } finally {
    await checker.close();
  }
}
