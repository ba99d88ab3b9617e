import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CONTENT_DIR, loadContent } from '@/lib/content';
import { languages } from '@/lib/i18n';
import { pageCount } from '@/lib/pagination';
import { buildTimeline, timelineYears } from '@/lib/timeline';
import { CITATIONS_PER_PAGE } from '@/lib/timeline-pages';
import { launchChromium } from './browser';
import { builtPages } from './site-pages';

const baseUrl = inject('baseUrl');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** axe-core violations on one page, as readable lines (rule, impact, where). */
async function violations(path: string, colorScheme: 'light' | 'dark'): Promise<string[]> {
  // @axe-core/playwright needs a page from its own context.
  const context = await browser.newContext({ colorScheme });
  const page = await context.newPage();
  await page.goto(baseUrl + path);
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  await context.close();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const pages = [...builtPages(), '/en/no-such-page/'];

describe('axe-core finds no violations', () => {
  it('checks every page of the build', () => {
    const { articles } = loadContent(CONTENT_DIR);
    // The root, then per language: home, article list, timeline, status, data, glossary, about, search, each
    // article, each page of the article list, and each year of the timeline with its citation pages.
    const timelinePages = (lang: (typeof languages)[number]) =>
      timelineYears(buildTimeline(articles[lang])).reduce((sum, { events }) => sum + 1 + pageCount(events.length, CITATIONS_PER_PAGE), 0);
    const expected = 1 + languages.reduce((sum, lang) => sum + 8 + articles[lang].length + pageCount(articles[lang].length) + timelinePages(lang), 0);
    expect(builtPages()).toHaveLength(expected);
    expect(pages).toContain('/vi/timeline/');
  });

  it.each(pages)('on %s', async (path) => {
    expect(await violations(path, 'light')).toEqual([]);
  });

  it.each(['/', '/en/', '/vi/articles/adoption/', '/en/timeline/', '/vi/status/', '/en/no-such-page/'])('on %s in dark mode', async (path) => {
    expect(await violations(path, 'dark')).toEqual([]);
  });
});
