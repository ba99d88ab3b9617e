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
 * One load of each page per kind of device, then each of its widths by resizing the viewport (the
 * stylesheet's media queries follow; no script lays the page out): half the loads of one per width.
 */
describe.each([
  { phone: true, widths: [320, 360] },
  { phone: false, widths: [768, 1280] },
])('at $widths px wide (phone: $phone)', ({ phone, widths }) => {
  it('no page scrolls sideways', async () => {
    const device = phone ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {};
    const context = await browser.newContext({ viewport: { width: widths[0], height: 740 }, ...device });
    const page = await context.newPage();
    const overflowing: string[] = [];
    for (const path of pages) {
      await page.setViewportSize({ width: widths[0], height: 740 });
      await page.goto(baseUrl + path);
      for (const width of widths) {
        await page.setViewportSize({ width, height: 740 });
        const { scroll, client } = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
        }));
        if (scroll > client) overflowing.push(`${path} is ${scroll - client} px too wide at ${width} px`);
      }
    }
    await context.close();
    expect(overflowing).toEqual([]);
  }, 120_000);
});
