import type { Page } from 'playwright-core';

/** The phone the home page's first screen is measured on: Chromium's phone emulation at 360 × 740. */
export const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/** What of the first screen a phone does not show: the elements (by name) whose bottom is below it. */
export async function belowFirstScreen(page: Page): Promise<string[]> {
  return page.evaluate((height) => {
    const figures = document.querySelector('[aria-labelledby="figures-heading"]')!;
    const wanted: [string, Element | null][] = [
      ['lede', document.querySelector('main h1 + p')],
      ...[...figures.querySelectorAll('dl > div')].map((figure, index): [string, Element] => [`figure ${index + 1}`, figure]),
      ...[...figures.querySelectorAll('time')].map((time): [string, Element] => [`evidence ${time.getAttribute('datetime')}`, time]),
      ['the country finder’s field', document.querySelector('form[data-state-finder] input')],
      ['the A–Z index link', document.querySelector('a[href$="/states/"]')],
    ];
    return wanted.filter(([, element]) => !element || element.getBoundingClientRect().bottom > height).map(([name]) => name);
  }, PHONE.viewport.height);
}

