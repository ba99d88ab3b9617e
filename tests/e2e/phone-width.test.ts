import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchChromium } from './browser';
import { newPhoneContext, PHONE_WIDTHS, sidewaysScroll } from './checks';
import { browserPages } from './site-pages';

const baseUrl = inject('baseUrl');
// Every page of one template is proven through its representatives (site-pages.ts).
const pages = browserPages();

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/*
 * Phones, as a phone's browser lays pages out: one load of each page, then each width by resizing.
 * The desktop and tablet widths are checked with every page's other checks (PageChecker in
 * checks.ts), in the tab that has the page loaded already.
 */
it(`no page scrolls sideways at ${PHONE_WIDTHS.join(' or ')} px on a phone`, async () => {
  const context = await newPhoneContext(browser);
  const tab = await context.newPage();
  const overflowing: string[] = [];
  for (const page of pages) {
    await tab.goto(baseUrl + page);
    for (const problem of await sidewaysScroll(tab, PHONE_WIDTHS)) overflowing.push(`${page} is ${problem}`);
  }
  await context.close();
  expect(overflowing).toEqual([]);
}, 120_000);
