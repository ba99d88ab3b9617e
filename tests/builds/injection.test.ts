import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { testBuild } from './test-build';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addresses, payloads } from '../fixtures/injection/payloads';
import { executableForms } from '../lib/injection-check';
import { articleFile } from '@/lib/content/articles';
import { launchChromium } from '../e2e/browser';
import { serveSite } from '../e2e/static-server';

/*
 * The injection corpus built into a real site: the fixture content plus one article whose body,
 * title, summary, event and sources carry every payload. The built page keeps none in an executable
 * form, and Chromium, loading it under the site's headers, sees no dialog and no request leave.
 */

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const FIXTURE_CONTENT = path.join(ROOT, 'tests', 'fixtures', 'content');
const SLUG = 'injection';

// Front-matter texts are JSON strings, which YAML reads as they are, control characters included.
const texts = payloads.map((payload) => payload.text.trim()).filter((text) => text !== '');
const safeSource = addresses.find((address) => address.startsWith('https://'))!;
const article = `---
title: ${JSON.stringify(`Injection ${texts.join(' ')}`)}
summary: ${JSON.stringify(texts.join(' '))}
date: 2025-01-01
events:
${texts.map((text, i) => `  - id: injection-${i + 1}\n    date: 2025-01-02\n    title: ${JSON.stringify(text)}\n    source: ${safeSource}`).join('\n')}
sources:
${texts.map((text) => `  - title: ${JSON.stringify(text)}\n    url: ${safeSource}`).join('\n')}
---
${payloads.map((payload) => payload.text).join('\n\n')}
`;

/**
 * A page's body without what the site itself puts there: its JSON-LD (data, which the JSON-LD test
 * shows cannot close its element), its own modules from /assets/, its drawings (the progress bar,
 * map and chart, marked aria-hidden or role="img", with no handler) and the opening tag of its own
 * search forms (the country finder, a GET to the site's search page; what they hold is still checked).
 * What is left came from content.
 */
const contentPart = (html: string) =>
  (/<body[^>]*>([\s\S]*)<\/body>/.exec(html)?.[1] ?? '')
    .replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g, '')
    .replace(/<script type="module" src="\/assets\/[\w-]+\.js"><\/script>/g, '')
    .replace(/<form role="search"[^>]*action="\/(?:en|vi)\/search\/" method="get">/g, '')
    .replace(/<svg(?![^>]*\son)[^>]*(?:aria-hidden="true"|role="img")[^>]*>[\s\S]*?<\/svg>/g, '');

let site: string;
let browser: Browser;
let server: Awaited<ReturnType<typeof serveSite>>;

beforeAll(async () => {
  const content = fs.mkdtempSync(path.join(os.tmpdir(), 'injection-content-'));
  fs.cpSync(FIXTURE_CONTENT, content, { recursive: true });
  fs.writeFileSync(articleFile(content, 'en', SLUG), article);
  site = testBuild('with the injection article', { CONTENT_DIR: content, SITE_TODAY: '2025-08-01' });
  fs.rmSync(content, { recursive: true, force: true });
  browser = await launchChromium();
  server = await serveSite(site);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (site) fs.rmSync(site, { recursive: true, force: true });
});

describe('the injection corpus built into the site', () => {
  it('leaves no executable form in any page that shows the article or its events', () => {
    const pages = fs
      .readdirSync(site, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.html'))
      .map((file) => ({ file, html: fs.readFileSync(path.join(site, file), 'utf8') }))
      .filter(({ html }) => html.includes('injection-1') || html.includes(`/${SLUG}/`));
    expect(pages.map(({ file }) => file)).toContain(`en/articles/${SLUG}/index.html`);
    for (const { file, html } of pages) expect(executableForms(contentPart(html)), file).toEqual([]);
  });

  it('runs no script, opens no dialog and sends no request off the machine when the article is loaded and clicked through', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    const offSite: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1') return route.continue();
      offSite.push(url.href);
      return route.abort();
    });
    await page.goto(`${server.url}/en/articles/${SLUG}/`, { waitUntil: 'load' });
    // Hovering and focusing every element gives handlers that survived a chance to run.
    for (const element of await page.locator('main *').all()) await element.hover({ force: true, timeout: 200 }).catch(() => undefined);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(offSite).toEqual([]);
    await page.close();
  }, 180_000);
});
