import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { BASE_PATH, sitePath } from '@/lib/web/paths';
import { launchChromium } from './browser';
import { axeViolations } from './checks';

/*
 * The site search in the browser, over the built index in out/pagefind/: a phrase of an article or a
 * section page in each language, with and without its diacritics, leads to the heading it is under.
 */

const baseUrl = inject('baseUrl');

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  await context?.close();
});

async function searchPage(lang: 'en' | 'vi', options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
  context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(`${baseUrl}/${lang}/search/`);
  return page;
}

/** Types the query with the keyboard alone and submits it with Enter; waits for the count to be announced. */
async function search(page: Page, query: string) {
  await page.getByRole('searchbox').focus();
  await page.keyboard.type(query);
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByRole('status').textContent(), { timeout: 10_000 }).toContain(`“${query}”`);
}

/** The links of the results: each page's title, then the sections under it. */
const resultLinks = (page: Page) =>
  page.locator('[data-search-results] a').evaluateAll((links) => links.map((link) => ({ text: link.textContent, href: link.getAttribute('href') })));

/** The heading the address's #id points to, on the page the browser is on. */
const targetHeading = (page: Page) =>
  page.evaluate(() => {
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    return target && { tag: target.tagName, text: target.textContent };
  });

describe.each([
  { lang: 'vi', queries: ['hiệu lực', 'hieu luc'], article: '/vi/articles/article-64-signature-and-entry-into-force/', heading: 'Khi nào Công ước có hiệu lực' },
  // Pagefind folds the tones itself, but not đ: "dieu" finds "Điều" through lib/search-query.ts.
  { lang: 'vi', queries: ['Điều 64 quy định', 'dieu 64 quy dinh'], article: '/vi/articles/article-64-signature-and-entry-into-force/', heading: 'Điều 64 quy định gì' },
  { lang: 'en', queries: ['without a vote'], article: '/en/articles/adoption/', heading: 'Adoption on 24 December 2024' },
  // The structure of the Convention, on its own page (content/convention.md).
  { lang: 'en', queries: ['chapter', 'how many articles'], article: '/en/convention/', heading: 'How many chapters and articles does it have?' },
  { lang: 'vi', queries: ['bao nhiêu điều', 'bao nhieu dieu'], article: '/vi/convention/', heading: 'Công ước có bao nhiêu chương, bao nhiêu điều?' },
] as const)('searching $lang for $queries', ({ lang, queries, article, heading }) => {
  it.each(queries)('“%s” finds the article and the heading the words are under', async (query) => {
    const page = await searchPage(lang);
    await search(page, query);
    const links = await resultLinks(page);
    expect(links.map((link) => link.href)).toContain(sitePath(article));
    const section = links.find((link) => link.href?.startsWith(`${sitePath(article)}#`) && link.text === heading);
    expect(section, JSON.stringify(links)).toBeDefined();
    expect(page.url()).toContain(`?q=${encodeURIComponent(query).replace(/%20/g, '+')}`);
  });

  it(`follows a result to its heading, by keyboard`, async () => {
    const page = await searchPage(lang);
    await search(page, queries.at(-1)!);
    const link = page.locator('[data-search-results] a', { hasText: heading }).first();
    // Tab from the search box through the results until the section's link has the focus.
    for (let tab = 0; tab < 40 && !(await link.evaluate((element) => element === document.activeElement)); tab++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === sitePath(article) && url.hash.length > 1);
    expect(await targetHeading(page)).toEqual({ tag: 'H2', text: heading });
  });
});

describe('the search page', () => {
  it('announces in its language when nothing is found', async () => {
    const page = await searchPage('vi');
    await search(page, 'xyzzyqua');
    expect(await page.getByRole('status').textContent()).toBe('Không có kết quả nào cho “xyzzyqua”. Hãy thử ít từ hơn hoặc từ khác.');
    expect(await resultLinks(page)).toEqual([]);
  });

  it('has no axe-core violations with results shown', async () => {
    const page = await searchPage('en');
    await search(page, 'signature');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('fits a 320-px phone screen with results shown', async () => {
    const page = await searchPage('vi', { viewport: { width: 320, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    await search(page, 'hieu luc');
    const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(scroll).toBeLessThanOrEqual(client);
  });

  it('without JavaScript offers the article list, the timeline, the glossary and the States’ index, and no search box', async () => {
    const page = await searchPage('en', { javaScriptEnabled: false });
    expect(await page.getByRole('searchbox').isVisible()).toBe(false);
    expect(await page.getByText('Search works only with JavaScript').isVisible()).toBe(true);
    const links = await page.locator('[data-search-fallback] a').evaluateAll((all) => all.map((link) => link.getAttribute('href')));
    expect(links).toEqual(['/en/articles/', '/en/timeline/', '/en/glossary/', '/en/states/'].map(sitePath));
  });

  it('is the only page that loads Pagefind, and it loads only its own language’s index', async () => {
    context = await browser.newContext();
    const page = await context.newPage();
    let requested: string[] = [];
    // Paths on the site, without the base path it is built for.
    page.on('request', (request) => requested.push(new URL(request.url()).pathname.slice(BASE_PATH.length)));
    for (const path of ['/en/', '/en/articles/adoption/', '/vi/timeline/']) await page.goto(baseUrl + path);
    expect(requested.filter((path) => path.startsWith('/pagefind/') || path.startsWith('/assets/search-'))).toEqual([]);

    requested = [];
    await page.goto(`${baseUrl}/en/search/`);
    await search(page, 'treaty');
    expect(requested).toContain('/pagefind/pagefind.js');
    expect(requested.some((path) => /^\/pagefind\/pagefind\.en_\w+\.pf_meta$/.test(path))).toBe(true);
    expect(requested.filter((path) => /\bvi_/.test(path))).toEqual([]);
  });
});
