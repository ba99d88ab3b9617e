import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CONTENT_DIR, loadContent } from '@/lib/content';
import { joinableCodes } from '@/lib/states/names';
import { languages } from '@/lib/i18n';
import { pageCount } from '@/lib/web/pagination';
import { SITE_URL } from '@/lib/web/paths';
import { buildTimeline, timelineYears } from '@/lib/timeline/entries';
import { CITATIONS_PER_PAGE } from '@/lib/timeline/pages';
import { launchChromium } from './browser';
import { PageChecker } from './checks';
import { builtPages, inBrowser, REPRESENTATIVE_PAGES, STATE_PAGE } from './site-pages';
import { OUT_DIR } from './static-server';

/*
 * Every page of the build, served with the site's security headers, in Chromium: it answers 200, and
 * PageChecker (tests/e2e/checks.ts) finds no axe-core violation (WCAG 2.2 AA and best practices), no
 * Content-Security-Policy violation, no console error, no broken image and no request that leaves
 * 127.0.0.1. No axe rule is disabled.
 */

const baseUrl = inject('baseUrl');

let browser: Browser;
let checker: PageChecker;
beforeAll(async () => {
  browser = await launchChromium();
  checker = await PageChecker.open(browser);
});
afterAll(async () => {
  await browser?.close();
});

/** The pages the sitemap lists, as paths on the local copy. */
function sitemapPages(): string[] {
  const urls = [new XMLParser().parse(fs.readFileSync(path.join(OUT_DIR, 'sitemap.xml'), 'utf8')).urlset.url].flat();
  return urls.map((url: { loc: string }) => url.loc.replace(SITE_URL, ''));
}

// The sitemap's pages, and the article lists' page 1 at /<lang>/articles/page/1/, which it leaves out
// (its canonical address is /<lang>/articles/).
const pages = [...new Set([...sitemapPages(), ...builtPages()])].sort();

describe('every page', () => {
  it('is in the list: the sitemap’s pages in both languages are every page the content makes', () => {
    const { articles } = loadContent(CONTENT_DIR);
    // The root, then per language: home, Inside the Convention, article list, timeline, status, the States'
    // index, data, glossary, about, search, each article, each page of the article list, each year of the timeline with its
    // citation pages, and a page for every State that can join and the EU.
    const timelinePages = (lang: (typeof languages)[number]) =>
      timelineYears(buildTimeline(articles[lang])).reduce((sum, { events }) => sum + 1 + pageCount(events.length, CITATIONS_PER_PAGE), 0);
    const expected = 1 + languages.reduce((sum, lang) => sum + 10 + articles[lang].length + pageCount(articles[lang].length) + timelinePages(lang) + joinableCodes.length, 0);
    expect(pages).toHaveLength(expected);
    expect(pages.filter((page) => STATE_PAGE.test(page))).toHaveLength(2 * joinableCodes.length);
    for (const lang of languages) expect(pages.filter((page) => page.startsWith(`/${lang}/`)).length).toBeGreaterThan(10);
    // The representatives of the templates that make many pages are pages of the build.
    for (const page of REPRESENTATIVE_PAGES) expect(pages).toContain(page);
  });

  // The State pages and the timeline's years through their representatives (site-pages.ts); the static suites read them all.
  it.each(pages.filter(inBrowser))('%s passes every check', async (page) => {
    expect(await checker.check(baseUrl, page)).toEqual([]);
  });

  it('the not-found page passes every check, answering 404', async () => {
    expect(await checker.check(baseUrl, '/en/no-such-page/', { status: 404 })).toEqual([]);
  });

  it.each(['/', '/en/', '/vi/articles/adoption/', '/en/timeline/', '/vi/status/', '/en/status/lu/', '/vi/states/'])('%s passes every check in dark mode', async (page) => {
    expect(await checker.check(baseUrl, page, { colorScheme: 'dark' })).toEqual([]);
  });

  it('the not-found page passes every check in dark mode', async () => {
    expect(await checker.check(baseUrl, '/en/no-such-page/', { status: 404, colorScheme: 'dark' })).toEqual([]);
  });
});
