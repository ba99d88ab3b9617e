import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser';
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
 * Under mobile emulation the browser zooms out to fit a page that is too wide, so window.innerWidth
 * grows with the overflow and hides it; the document's scroll width against its client width does not.
 */
describe.each([
  { width: 320, phone: true },
  { width: 360, phone: true },
  { width: 768, phone: false },
  { width: 1280, phone: false },
])('at $width px wide (phone: $phone)', ({ width, phone }) => {
  it('no page scrolls sideways', async () => {
    const device = phone ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {};
    const context = await browser.newContext({ viewport: { width, height: 740 }, ...device });
    const page = await context.newPage();
    const overflowing: string[] = [];
    for (const path of pages) {
      await page.goto(baseUrl + path);
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      if (scroll > client) overflowing.push(`${path} is ${scroll - client} px too wide`);
    }
    await context.close();
    expect(overflowing).toEqual([]);
  }, 120_000);
});
