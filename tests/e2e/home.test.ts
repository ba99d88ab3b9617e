import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser';
import { belowFirstScreen, PHONE } from './first-screen';

/*
 * The home page's first screen on a phone (Chromium's phone emulation at 360 × 740): what the
 * Convention is, where it stands in three figures with the dates of their evidence, and the way to
 * one's own country, all without scrolling; and each figure and rule once on the page. The same
 * first screen on 31 December 2026 and 1 January 2027 is checked by the date builds
 * (tests/builds/signature-period.test.ts).
 */

const baseUrl = inject('baseUrl');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['en', 'vi'] as const)('the home page in %s on a 360 × 740 phone', (lang) => {
  it('shows the lede, the three figures with the dates of their evidence, and the way to one’s country, without scrolling', async () => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/${lang}/`);
    expect(await page.locator('[aria-labelledby="figures-heading"] dl > div').count()).toBe(3);
    expect(await page.locator('[aria-labelledby="figures-heading"] time').count()).toBe(4);
    expect(await belowFirstScreen(page)).toEqual([]);
    await context.close();
  });

  it('has a header of at most 130 px, with the sections in a menu that opens without JavaScript', async () => {
    const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/${lang}/`);
    expect((await page.locator('header').boundingBox())!.height).toBeLessThanOrEqual(130);
    const navigation = page.getByRole('navigation');
    expect(await navigation.isVisible()).toBe(false);
    await page.locator('header summary').click();
    expect(await navigation.getByRole('link').count()).toBeGreaterThanOrEqual(8);
    expect(await navigation.isVisible()).toBe(true);
    await context.close();
  });
});

describe('each figure and each rule once on the home', () => {
  // What the figures say and the rule they state, in each language: each on the page once. The key
  // facts that say the same (the signatories at Hanoi, the ratifications, the rule of Article 65)
  // are left out of the home's key facts; the close of signature stays on the key dates as a date.
  const once = {
    en: ['72 at Hanoi', 'of 40', '90 days after the 40th', 'Until 31 December 2026'],
    vi: ['72 bên ký tại Hà Nội', '0/40', '90 ngày sau văn kiện thứ 40', 'Đến hết ngày 31 tháng 12 năm 2026'],
  } as const;
  const never = {
    en: ['Signatories at Hanoi', 'On the 90th day after the 40th instrument', 'None recorded by the UN Treaty Collection'],
    vi: ['Số bên ký tại Hà Nội', 'vào ngày thứ 90', 'UNTC chưa ghi nhận văn kiện phê chuẩn nào'],
  } as const;

  it.each(['en', 'vi'] as const)('in %s', async (lang) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/${lang}/`);
    const text = await page.locator('main').innerText();
    const count = (phrase: string) => text.split(phrase).length - 1;
    expect(Object.fromEntries(once[lang].map((phrase) => [phrase, count(phrase)]))).toEqual(Object.fromEntries(once[lang].map((phrase) => [phrase, 1])));
    expect(never[lang].filter((phrase) => count(phrase) > 0)).toEqual([]);
    await context.close();
  });
});

describe('the root page on a 360 × 740 phone', () => {
  it('offers both languages in its first screen', async () => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    for (const name of ['Read in English', 'Đọc bằng tiếng Việt']) {
      const box = (await page.getByRole('link', { name }).first().boundingBox())!;
      expect(box.y + box.height, name).toBeLessThan(740);
    }
    await context.close();
  });
});
