import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser';
import { brokenLinks, checkPage, externalLinksWithoutRel, missingAnchors, newPhoneContext, PHONE_WIDTHS, sidewaysScroll, unexpectedScripts } from './checks';
import { serveSite } from './static-server';

/*
 * The checks that prove out/ (tests/e2e/checks.ts) must be able to fail: on each fixture site in
 * tests/fixtures/sites/, which breaks one thing, the check for it fails with a message naming the
 * page, and on valid/ every check passes.
 */

const site = (name: string) => path.join(import.meta.dirname, '..', 'fixtures', 'sites', name);

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The browser checks of every page, on a fixture site served with the site's security headers. */
async function checkInBrowser(name: string, page = '/'): Promise<string[]> {
  const server = await serveSite(site(name));
  try {
    return await checkPage(browser, server.url, page);
  } finally {
    await server.close();
  }
}

describe('the checks on a valid site', () => {
  it('all pass', async () => {
    expect(await brokenLinks(site('valid'))).toEqual([]);
    expect(missingAnchors(site('valid'))).toEqual([]);
    expect(unexpectedScripts(site('valid'))).toEqual([]);
    expect(externalLinksWithoutRel(site('valid'))).toEqual([]);
    expect(await checkInBrowser('valid')).toEqual([]);
    expect(await checkInBrowser('valid', '/about/')).toEqual([]);
  });
});

describe('the checks fail, naming the page', () => {
  it('on a broken internal link and a broken anchor', async () => {
    expect(await brokenLinks(site('broken-link'))).toEqual(['/: broken link to /gone/ (HTTP 404)']);
    expect(missingAnchors(site('broken-link'))).toEqual([
      '/: link to /about/#no-such-section, an anchor that page does not have',
      '/: link to /#top, an anchor that page does not have',
    ]);
  });

  it('on an image without alt', async () => {
    expect(await checkInBrowser('image-without-alt')).toEqual([expect.stringMatching(/^\/: axe image-alt \(critical\): img$/)]);
  });

  it('on an image that does not load', async () => {
    const problems = await checkInBrowser('broken-image');
    expect(problems).toContainEqual(expect.stringMatching(/^\/: image did not load: http:\/\/127\.0\.0\.1:\d+\/missing\.png$/));
    expect(await brokenLinks(site('broken-image'))).toEqual(['/: broken link to /missing.png (HTTP 404)']);
  });

  it('on an injected script, which the policy also blocks', async () => {
    expect(unexpectedScripts(site('injected-script'))).toEqual(['/: unexpected script src="https://cdn.example.com/tracker.js"']);
    expect(await checkInBrowser('injected-script')).toContainEqual('/: Content-Security-Policy: script-src-elem blocked https://cdn.example.com/tracker.js');
  });

  it('on an inline script, which the Content-Security-Policy blocks', async () => {
    const problems = await checkInBrowser('inline-script');
    expect(problems).toContainEqual('/: Content-Security-Policy: script-src-elem blocked inline');
    expect(problems).toContainEqual(expect.stringMatching(/^\/: console error: .*Content Security Policy/));
    expect(unexpectedScripts(site('inline-script'))).toEqual(['/: unexpected script written inline']);
  });

  it('on a page wider than the window, at a desktop, tablet or phone width', async () => {
    expect(await checkInBrowser('too-wide')).toEqual([expect.stringMatching(/^\/: \d+ px too wide at 1280 px$/), expect.stringMatching(/^\/: \d+ px too wide at 768 px$/)]);
    const server = await serveSite(site('too-wide'));
    const phone = await newPhoneContext(browser);
    try {
      const tab = await phone.newPage();
      await tab.goto(server.url);
      expect(await sidewaysScroll(tab, PHONE_WIDTHS)).toEqual([expect.stringMatching(/^\d+ px too wide at 320 px$/), expect.stringMatching(/^\d+ px too wide at 360 px$/)]);
    } finally {
      await phone.close();
      await server.close();
    }
  });

  it('on a link to another site without rel="noopener noreferrer"', () => {
    expect(externalLinksWithoutRel(site('external-link-without-rel'))).toEqual(['/: link to https://treaties.un.org/ without rel="noopener noreferrer"']);
  });
});
