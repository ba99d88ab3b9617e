import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { XMLParser } from 'fast-xml-parser';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { joinableCodes } from '@/lib/states/names';
import { SITE_URL } from '@/lib/web/paths';
import { launchChromium } from './browser';
import { builtPages, STATE_PAGE } from './site-pages';
import { OUT_DIR } from './static-server';

/*
 * The State pages and every way to them. Their ~390 pages are read whole by the fast static checks
 * here (and by the Nu, link, anchor and framework-free suites); the template is proven in the
 * browser through the representatives of site-pages.ts, and the ways in (the finder, the search, the
 * map, the index) are driven as a reader would.
 */

const baseUrl = inject('baseUrl');
const statePages = builtPages().filter((page) => STATE_PAGE.test(page));
const fileOf = (page: string) => path.join(OUT_DIR, page, 'index.html');

/** The page's HTML with every stylesheet and script it loads, gzipped (zlib's default level), in bytes. */
function weightOf(page: string): number {
  const html = fs.readFileSync(fileOf(page), 'utf8');
  const document = parseDocument(html);
  const assets = [
    ...DomUtils.getElementsByTagName('link', document).filter((link) => link.attribs.rel === 'stylesheet').map((link) => link.attribs.href),
    ...DomUtils.getElementsByTagName('script', document).flatMap((script) => (script.attribs.src ? [script.attribs.src] : [])),
  ];
  return [html, ...assets.map((asset) => fs.readFileSync(path.join(OUT_DIR, asset), 'utf8'))].reduce((sum, text) => sum + gzipSync(text).length, 0);
}

describe('every State page, read as files', () => {
  it('exists for every State that can join and the EU, in both languages', () => {
    expect(statePages).toHaveLength(2 * joinableCodes.length);
    expect(statePages).toContain('/vi/status/eu/');
  });

  it('weighs at most 12 KB gzip with its stylesheet and scripts, and loads no script but the citations’ module', () => {
    const heavy = statePages.map((page) => ({ page, bytes: weightOf(page) })).filter(({ bytes }) => bytes > 12 * 1024);
    expect(heavy).toEqual([]);
    for (const page of statePages) {
      const scripts = DomUtils.getElementsByTagName('script', parseDocument(fs.readFileSync(fileOf(page), 'utf8')))
        .filter((script) => script.attribs.type !== 'application/ld+json')
        .map((script) => script.attribs.src);
      expect(scripts.every((src) => /^\/assets\/enhance-[\w-]+\.js$/.test(src)), page).toBe(true);
    }
  });

  it('has its canonical address, its other language, its own feed and its breadcrumb data', () => {
    for (const page of statePages) {
      const html = fs.readFileSync(fileOf(page), 'utf8');
      const other = page.replace(/^\/(en|vi)\//, (_, lang: string) => `/${lang === 'en' ? 'vi' : 'en'}/`);
      expect(html, page).toContain(`<link rel="canonical" href="${SITE_URL}${page}"/>`);
      expect(html, page).toContain(`hrefLang="${other.slice(1, 3)}" href="${SITE_URL}${other}"`);
      expect(html, page).toContain(`type="application/atom+xml" href="${SITE_URL}${page}atom.xml"`);
      expect(html, page).toContain('"@type":"BreadcrumbList"');
    }
  });

  it('has an Atom feed that parses, with the page as its link', () => {
    const parser = new XMLParser({ ignoreAttributes: false });
    for (const page of statePages) {
      const feed = parser.parse(fs.readFileSync(path.join(OUT_DIR, page, 'atom.xml'), 'utf8')).feed;
      expect([feed.link].flat().some((link: Record<string, string>) => link['@_href'] === `${SITE_URL}${page}`), page).toBe(true);
    }
  });

  it('is in the sitemap with its other language', () => {
    const sitemap = fs.readFileSync(path.join(OUT_DIR, 'sitemap.xml'), 'utf8');
    for (const page of statePages) expect(sitemap, page).toContain(`<loc>${SITE_URL}${page}</loc>`);
    expect(sitemap).toContain(`<xhtml:link rel="alternate" hreflang="vi" href="${SITE_URL}/vi/status/de/" />`);
  });
});

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
});
afterAll(async () => {
  await browser?.close();
});

async function open(address: string, options: { javaScript?: boolean } = {}): Promise<Page> {
  const own = options.javaScript === false ? await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, javaScriptEnabled: false }) : context;
  const page = await own.newPage();
  expect((await page.goto(baseUrl + address))?.status(), address).toBe(200);
  return page;
}

describe('a State’s page on a phone', () => {
  it.each([
    ['/en/status/de/', 'Germany is not among the signatories in the site’s sources, which run to 19 November 2025'],
    ['/en/status/vn/', 'Viet Nam signed the Convention in Hanoi on 25 October 2025'],
    ['/vi/status/mu/', 'Mauritius đã ký Công ước tại trụ sở Liên Hợp Quốc ở New York ngày 19 tháng 11 năm 2025'],
    ['/en/status/eu/', 'The European Union signed the Convention in Hanoi on 25 October 2025'],
  ])('%s answers in its first screen, with the date of the evidence and the live UNTC page', async (address, answer) => {
    const page = await open(address);
    const sentence = page.getByText(answer);
    const box = (await sentence.boundingBox())!;
    expect(box.y + box.height).toBeLessThan(740);
    await expect.poll(() => page.getByRole('link', { name: /UNTC|UN Treaty Collection/ }).first().isVisible()).toBe(true);
    await page.close();
  });

  it('reads complete without JavaScript: the answer, the record, what comes next, and no dead button', async () => {
    const page = await open('/en/status/az/', { javaScript: false });
    for (const heading of ['The record', 'Steps at home', 'What happens next', 'On this site', 'Where it is', 'Follow and cite']) {
      expect(await page.getByRole('heading', { name: heading }).count(), heading).toBe(1);
    }
    expect(await page.getByText('The parliament (Milli Majlis) adopts the law approving the Convention').count()).toBe(1);
    expect(await page.locator('button:visible').count()).toBe(0);
    await page.close();
  });

  it('shows where the State is, or says it is too small for the map', async () => {
    const de = await open('/en/status/de/');
    expect(await de.getByRole('img', { name: 'Germany on the world map' }).count()).toBe(1);
    await de.close();
    const nr = await open('/en/status/nr/');
    expect(await nr.getByRole('img').count()).toBe(0);
    expect(await nr.getByText('Nauru is too small to show on the world map at this scale.').count()).toBe(1);
    await nr.close();
  });

  it('an EU member State links to the EU’s page, which lists the 27 with their own standing', async () => {
    const fr = await open('/en/status/fr/');
    await fr.getByRole('link', { name: 'The European Union and the Convention' }).click();
    await fr.waitForURL(`${baseUrl}/en/status/eu/`);
    expect(await fr.getByRole('list', { name: 'The 27 member States' }).getByRole('listitem').count()).toBe(27);
    await fr.close();
  });
});

describe('every way in', () => {
  it('the finder lists a State under the name one types, and Enter opens its page', async () => {
    const page = await open('/en/');
    const field = page.getByRole('searchbox', { name: 'Type a country’s name' });
    await field.fill('Turkey');
    const results = page.getByRole('search', { name: 'Has your country signed?' }).getByRole('link');
    await expect.poll(() => results.allTextContents()).toEqual(['Türkiye']);
    expect(await page.getByRole('status').filter({ hasText: '1 country matches.' }).count()).toBe(1);
    await field.press('Enter');
    await page.waitForURL(`${baseUrl}/en/status/tr/`);
    await page.close();
  });

  it('the finder speaks the page’s language, finds Vietnamese and English names, and is usable with the keyboard', async () => {
    const page = await open('/vi/status/');
    const field = page.getByRole('searchbox', { name: /^Gõ tên/ });
    await field.fill('Mỹ');
    const results = page.getByRole('search', { name: 'Nước bạn đã ký chưa?' }).getByRole('link');
    // Typed with its mark, Mỹ (the United States) comes before Myanmar, which only its letters match.
    await expect.poll(() => results.allTextContents()).toEqual(['Hoa Kỳ', 'Myanmar']);
    await field.fill('germany');
    await expect.poll(() => results.allTextContents()).toEqual(['Đức']);
    await field.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Đức');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/vi/status/de/`);
    await page.close();
  });

  it('without JavaScript, the finder is a search of the site, and the A–Z index is one link away', async () => {
    const page = await open('/en/', { javaScript: false });
    const form = page.getByRole('search', { name: 'Has your country signed?' });
    expect(await form.getAttribute('action')).toBe('/en/search/');
    expect(await form.getByRole('searchbox').getAttribute('name')).toBe('q');
    expect(await page.getByRole('link', { name: 'Every country, A–Z' }).first().getAttribute('href')).toBe('/en/states/');
    await page.close();
  });

  it('the status map’s countries are links, named for screen readers, that the keyboard can skip', async () => {
    const page = await open('/en/status/');
    const map = page.getByRole('group', { name: /World map/ });
    expect(await map.getByRole('link').count()).toBeGreaterThan(150);
    await map.getByRole('link', { name: 'Viet Nam: Signed' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/en/status/vn/`);
    await page.goto(`${baseUrl}/en/status/`);
    await page.getByRole('link', { name: 'Skip the map’s links' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('svg'))).toBeNull();
    await page.close();
  });

  it('the status table’s names lead to the States’ pages', async () => {
    const page = await open('/vi/status/');
    expect(await page.locator('#status-table').getByRole('link', { name: 'Việt Nam', exact: true }).getAttribute('href')).toBe('/vi/status/vn/');
    await page.close();
  });

  it('on /vi/ the index has Việt Nam’s page in its first screen', async () => {
    const page = await open('/vi/states/');
    const link = page.getByRole('link', { name: 'Việt Nam', exact: true }).first();
    expect(await link.getAttribute('href')).toBe('/vi/status/vn/');
    const box = (await link.boundingBox())!;
    expect(box.y + box.height).toBeLessThan(740);
    await page.close();
  });

  it.each([
    ['en', 'Turkey', 'Türkiye'],
    ['en', 'Vietnam', 'Viet Nam'],
    ['en', 'Czech Republic', 'Czechia'],
    ['en', 'United States', 'United States of America'],
    ['vi', 'Việt Nam', 'Việt Nam'],
    ['vi', 'Thổ Nhĩ Kỳ', 'Thổ Nhĩ Kỳ'],
    ['vi', 'Hoa Kỳ', 'Hoa Kỳ'],
    ['vi', 'Mỹ', 'Hoa Kỳ'],
    ['vi', 'Đức', 'Đức'],
  ])('the search page of %s, given “%s” in its address, lists the State’s page first', async (lang, query, title) => {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/${lang}/search/?q=${encodeURIComponent(query)}`);
    const first = page.locator('[data-search-results] > li').first().getByRole('link').first();
    await expect.poll(() => first.textContent(), { timeout: 15_000 }).toBe(title);
    expect(await first.getAttribute('href')).toMatch(new RegExp(`^/${lang}/status/[a-z]{2}/$`));
    await page.close();
  });
});
