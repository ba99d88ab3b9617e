import fs from 'node:fs';
import path from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CONTENT_DIR, loadContent } from '@/lib/content';
import { SITE_URL, sitePath } from '@/lib/web/paths';
import { buildTimeline } from '@/lib/timeline/entries';
import { FACTS_IN_FIGURES } from '@/lib/status/figures';
import { launchChromium } from './browser';
import { checkPage } from './checks';
import { builtHtmlFiles } from './site-pages';
import { OUT_DIR } from './static-server';

const baseUrl = inject('baseUrl');
const content = loadContent(CONTENT_DIR);

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 390, height: 844 } });
});
afterAll(async () => {
  await browser?.close();
});

/** Presses Tab until the element matching the selector has the focus, as a keyboard user would. */
async function tabTo(page: Page, selector: string) {
  for (let presses = 0; presses < 400; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(baseUrl + path);
  expect(response?.status(), path).toBe(200);
  return page;
}

describe.each(['en', 'vi'] as const)('home page in %s', (lang) => {
  it('has the right language, lede, latest articles, the key facts the figures do not show, and key dates', async () => {
    const page = await open(`/${lang}/`);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect(await page.locator('h1').textContent()).toBe(content.pages[lang].home.title);
    expect(await page.locator('main h1 + p').textContent()).toBe(content.pages[lang].home.lede);
    const latest = content.articles[lang][0];
    expect(await page.getByRole('link', { name: latest.title }).count()).toBeGreaterThan(0);
    const facts = page.locator('section[aria-labelledby="key-facts-heading"] dt');
    expect(await facts.count()).toBe(content.keyFacts.filter((fact) => !FACTS_IN_FIGURES.includes(fact.id)).length);
    const keyDates = buildTimeline(content.articles[lang]).filter((event) => event.key);
    expect(await page.locator('section[aria-labelledby="timeline-heading"] li').count()).toBe(keyDates.length);
    await page.close();
  });
});

describe('the root page', () => {
  it('is a real page offering both languages, not a redirect', async () => {
    const page = await open('/');
    expect(page.url()).toBe(`${baseUrl}/`);
    expect(await page.getByRole('link', { name: 'Read in English' }).getAttribute('href')).toBe(sitePath('/en/'));
    expect(await page.getByRole('link', { name: 'Đọc bằng tiếng Việt' }).getAttribute('href')).toBe(sitePath('/vi/'));
    await page.close();
  });
});

describe('an article page', () => {
  it('shows the article, the key facts and the compact timeline with its own events marked', async () => {
    const article = content.articles.en.find((a) => a.slug === 'hanoi-signing-ceremony')!;
    const page = await open('/en/articles/hanoi-signing-ceremony/');
    expect(await page.locator('h1').textContent()).toBe(article.title);
    // On a phone the key facts fold under their heading, after the article.
    expect(await page.getByRole('heading', { name: 'Key facts' }).isVisible()).toBe(true);
    // Its key dates among the site's, its other dates folded under them.
    const marked = page.locator('section[aria-labelledby="timeline-heading"] li, section[aria-labelledby="article-dates-heading"] li', { hasText: 'In this article' });
    expect(await marked.count()).toBe(article.events.length);
    await page.close();
  });
});

describe('the language switch', () => {
  it.each([
    ['/en/articles/adoption/', 'Tiếng Việt', '/vi/articles/adoption/', 'vi'],
    ['/vi/timeline/', 'English', '/en/timeline/', 'en'],
    ['/en/', 'Tiếng Việt', '/vi/', 'vi'],
  ])('goes from %s to the same page in the other language', async (from, label, to, lang) => {
    const page = await open(from);
    await page.getByRole('banner').getByRole('link', { name: label, exact: true }).click();
    await page.waitForURL(baseUrl + to);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    await page.close();
  });
});

describe('timeline permalinks', () => {
  const timeline = buildTimeline(content.articles.en);

  it('every event of the content has an anchor on the timeline page', async () => {
    const page = await open('/en/timeline/');
    const ids = await page.locator('main li[id]').evaluateAll((items) => items.map((li) => li.id));
    expect(ids).toEqual(timeline.map((event) => event.id));
    await page.close();
  });

  it('opening a permalink scrolls its event into view and highlights it', async () => {
    const last = timeline.at(-1)!;
    const page = await open(`/en/timeline/#${last.id}`);
    const state = await page.locator(`[id="${last.id}"]`).evaluate((li) => {
      const box = li.getBoundingClientRect();
      return { target: li.matches(':target'), inView: box.top >= 0 && box.top < window.innerHeight };
    });
    expect(state).toEqual({ target: true, inView: true });
    await page.close();
  });

  it('a compact timeline entry leads to its permalink', async () => {
    const page = await open('/vi/');
    const first = page.locator('section[aria-labelledby="timeline-heading"] li a').first();
    const href = await first.getAttribute('href');
    expect(href).toMatch(new RegExp(`^${sitePath('/vi/timeline/')}#[a-z0-9-]+$`));
    await first.click();
    await page.waitForURL(new URL(href!, baseUrl).href);
    expect(await page.locator(':target').count()).toBe(1);
    await page.close();
  });
});

describe('keyboard and no-JavaScript use', () => {
  it('the first Tab reaches the skip link, which moves to the main content', async () => {
    const page = await open('/en/articles/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe('#main');
    // Focus continues from the main content: the next Tab lands in it, past the header's links.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement))).toBe(true);
    await page.close();
  });

  it('the language switch works from the keyboard', async () => {
    const page = await open('/en/articles/adoption/');
    await tabTo(page, 'header a[hreflang="vi"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/vi/articles/adoption/`);
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    await page.close();
  });

  it('a copy button copies its citation from the keyboard', async () => {
    const clipboard = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await clipboard.newPage();
    await page.goto(`${baseUrl}/en/articles/adoption/`);
    await tabTo(page, 'button[data-copy="cite-apa"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Copied' }).count()).toBe(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.locator('#cite-apa').textContent());
    await clipboard.close();
  });

  it.each(['/en/articles/adoption/', '/vi/status/', '/en/no-such-page/'])('every link and control on %s shows where the focus is', async (path) => {
    const page = await context.newPage();
    await page.goto(baseUrl + path);
    const unmarked: string[] = [];
    let first: string | undefined;
    let reached = 0;
    for (let presses = 0; presses < 1000; presses++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return undefined;
        const style = getComputedStyle(element);
        const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
        return { name: `${element.tagName.toLowerCase()} ${element.getAttribute('href') ?? element.textContent?.trim().slice(0, 40)} #${[...document.querySelectorAll('*')].indexOf(element)}`, visible: outlined || style.boxShadow !== 'none' };
      });
      // Once round the page: back to the first element, or out of the document.
      if (!focused || focused.name === first) break;
      first ??= focused.name;
      reached++;
      if (!focused.visible) unmarked.push(focused.name);
    }
    // The loop went round the page, not stopping at the first element (the 404 page has two links).
    expect(reached).toBeGreaterThan(1);
    expect(unmarked).toEqual([]);
    await page.close();
  });

  it('pages are complete without JavaScript', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(`${baseUrl}/vi/articles/adoption/`);
    const article = content.articles.vi.find((a) => a.slug === 'adoption')!;
    expect(await page.locator('h1').textContent()).toBe(article.title);
    expect(await page.locator('section[aria-labelledby="timeline-heading"] li').count()).toBeGreaterThan(0);
    expect(await page.locator('details:has(#key-facts-heading) dt').count()).toBe(content.keyFacts.length);
    await noScript.close();
  });
});

describe('an unknown address', () => {
  it('answers 404 with the bilingual not-found page', async () => {
    const page = await context.newPage();
    const response = await page.goto(`${baseUrl}/en/no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    expect(await page.getByText('Không tìm thấy trang').count()).toBe(1);
    await page.close();
  });
});

describe('journalists’ tools', () => {
  it('every timeline permalink scrolls to its event', async () => {
    const page = await open('/vi/timeline/');
    for (const event of buildTimeline(content.articles.vi)) {
      await page.evaluate((id) => {
        window.location.hash = id;
      }, event.id);
      const state = await page.locator(`[id="${event.id}"]`).evaluate((li) => {
        const box = li.getBoundingClientRect();
        return li.matches(':target') && box.top >= 0 && box.top < window.innerHeight;
      });
      expect(state, event.id).toBe(true);
    }
    await page.close();
  });

  it('the copy button copies the citation with today’s access date', async () => {
    const clipboard = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await clipboard.newPage();
    await page.goto(`${baseUrl}/en/articles/adoption/`);
    const mla = page.locator('#cite-mla');
    // APA shows; the other styles are a tap away.
    await page.getByText('Other styles: MLA, Chicago, BibTeX').click();
    await page.getByRole('button', { name: /^Copy MLA:/ }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Copied' }).count()).toBe(1);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await mla.textContent());
    const today = await page.evaluate(() => new Date().getFullYear());
    expect(copied).toMatch(new RegExp(`Accessed \\d{1,2} \\w+\\.? ${today}\\.$`));
    await clipboard.close();
  });

  it('on a Vietnamese page, writes the citations and the access date in Vietnamese', async () => {
    const page = await open('/vi/articles/adoption/');
    const year = await page.evaluate(() => new Date().getFullYear());
    const date = `ngày \\d{1,2} tháng \\d{1,2} năm ${year}`;
    await expect.poll(() => page.locator('#cite-chicago').textContent()).toMatch(new RegExp(`\\. Đăng ngày \\d{1,2} tháng \\d{1,2} năm \\d{4}\\..* Truy cập ${date}\\. http`));
    expect(await page.locator('#cite-apa').textContent()).toMatch(new RegExp(`\\. Truy xuất ${date}, từ http`));
    await page.close();
  });

  it('every citation on a Vietnamese page is in Vietnamese: no English word but in titles and names', () => {
    const english = /\b(Retrieved|from|Accessed|Published|Last|modified|updated|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Aug|Sept|Oct|Nov|Dec)\b/;
    const vietnamesePages = builtHtmlFiles().filter((file) => path.relative(OUT_DIR, file).startsWith(`vi${path.sep}`));
    const citations = vietnamesePages.flatMap((file) =>
      DomUtils.findAll((element) => /^cite-.*-?(apa|mla|chicago)$/.test(element.attribs.id ?? ''), parseDocument(fs.readFileSync(file, 'utf8')).children).map((element) => ({
        page: path.relative(OUT_DIR, file),
        // Titles and names are in italics or in quotation marks; the rest is the style's wording.
        text: element.children
          .filter((child) => !(child.type === 'tag' && child.name === 'i'))
          .map((child) => DomUtils.textContent(child))
          .join('')
          .replace(/“[^”]*”/g, ''),
      })),
    );
    expect(citations.length).toBeGreaterThan(content.articles.vi.length * 3);
    expect(citations.filter(({ text }) => english.test(text))).toEqual([]);
  });

  it('without JavaScript the citation is on the page with a placeholder for the access date, and no dead button', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(`${baseUrl}/en/articles/adoption/`);
    expect(await page.locator('#cite-chicago').textContent()).toContain('Accessed [date accessed].');
    expect(await page.getByRole('button', { name: /^Copy/ }).count()).toBe(0);
    await noScript.close();
  });

  it('prints without navigation and with link addresses written out', async () => {
    const page = await open('/en/articles/hanoi-signing-ceremony/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('banner').isVisible()).toBe(false);
    const after = await page.locator('main a[href^="https://"]').first().evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('https://');
    await page.close();
  });

  it('every page announces the feeds of its language', async () => {
    const page = await open('/vi/timeline/');
    const feeds = await page.locator('link[rel="alternate"][type*="xml"], link[rel="alternate"][type*="json"]').evaluateAll((links) => links.map((l) => l.getAttribute('href')));
    expect(feeds).toEqual(['feed.xml', 'atom.xml', 'feed.json'].map((file) => `${SITE_URL}/vi/${file}`));
    await page.close();
  });
});

describe('under the security policy (lib/web/security-headers.ts)', () => {
  it('an article page keeps its JSON-LD, fills the access date and shows the copy buttons, without a violation', async () => {
    expect(await checkPage(browser, baseUrl, '/en/articles/adoption/')).toEqual([]);
    const page = await open('/en/articles/adoption/');
    expect(await page.locator('script[type="application/ld+json"]').count()).toBeGreaterThan(0);
    expect(await page.locator('#cite-chicago').textContent()).not.toContain('[date accessed]');
    // The first style's button is shown; the others once their <details> is open.
    expect(await page.getByRole('button', { name: /^Copy APA:/ }).isVisible()).toBe(true);
    await page.locator('details:has(#cite-mla) > summary').click();
    expect(await page.getByRole('button', { name: /^Copy MLA:/ }).isVisible()).toBe(true);
    await page.close();
  });
});
