import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContent, type Content } from '@/lib/content';
import { articleFile } from '@/lib/content/articles';
import { ADMIN_DIR } from '@/lib/web/paths';
import { isoDay } from '@/lib/schema';
import { metaContentSecurityPolicy, securityHeaders } from '@/lib/web/security-headers';
import { DECAP_ENTRY } from '@/scripts/decap-bundle';
import YAML from 'yaml';
import { launchChromium } from './browser';
import { ROOT, runScript } from '../scripts/run';
import { htmlFiles, keepOnMachine } from './checks';
import { KNOWN_EDITOR_VIOLATIONS } from './editor-violations';

/*
 * The editor as a staff editor uses it: `npm run cms` over a copy of the real content, Decap CMS in
 * Chromium, the form filled in and published, and the files it writes read back by the loader and
 * by `npm run check`.
 */

const TODAY = '2026-12-01';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

let repo: string;
let editor: ChildProcess;
let baseUrl: string;
let browser: Browser;
let context: BrowserContext;
let original: Content;
const problems: string[] = [];

const contentDir = () => path.join(repo, 'content');
const load = () => readContent(contentDir(), { today: TODAY });

/** Starts `npm run cms` on a free port over `dir`, without building, and resolves with its address once it prints it. */
function startEditor(dir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/cms.ts', '--no-build', '--port', '0', '--repo', dir], { cwd: ROOT, env: { ...process.env, SITE_TODAY: TODAY } });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`npm run cms printed no address:\n${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk;
      const found = /✓ Editor: (http:\/\/127\.0\.0\.1:\d+)\/admin\//.exec(output);
      if (found) {
        clearTimeout(timer);
        resolve({ child, url: found[1] });
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
  });
}

/** A tab signed in to the local backend, watched for policy violations, errors and requests off the machine. */
async function openEditor(hash: string): Promise<Page> {
  const page = await context.newPage();
  page.on('console', (message) => {
    // Decap logs a save the local backend refused as an error: the test that makes one checks its message.
    if (message.type() === 'error' && !/^(API_ERROR: Not saved:|Failed to load resource: the server responded with a status of 422)/.test(message.text())) problems.push(`console error: ${message.text()}`);
  });
  await page.goto(`${baseUrl}/admin/`);
  // The local backend needs no password: the first tab clicks Login, and Decap remembers it for the others.
  const login = page.getByRole('button', { name: 'Login' });
  const signedIn = page.getByRole('link', { name: 'Articles · Bài viết' }).first();
  await login.or(signedIn).first().waitFor();
  if (await login.isVisible()) await login.click();
  await signedIn.waitFor();
  await page.goto(`${baseUrl}/admin/#/collections/${hash}`);
  return page;
}

const dayBefore = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

const field = (page: Page, label: string, pane = 0) => page.getByLabel(label, { exact: true }).nth(pane);

/** Types into the body's rich-text editor of a pane. */
async function writeBody(page: Page, text: string, pane = 0) {
  await page.locator('[data-slate-editor="true"]').nth(pane).click();
  await page.keyboard.type(text);
}

/** Publishes the entry and resolves with the local backend's answer to the save. */
async function publish(page: Page): Promise<{ status: number; body: string }> {
  const saved = page.waitForResponse((response) => response.url().endsWith('/api/v1') && (response.request().postData() ?? '').includes('"persistEntry"'));
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByText('Publish now').click();
  const response = await saved;
  return { status: response.status(), body: await response.text() };
}

/** `npm run check` over the editor's content folder. */
function check(): { code: number | null; output: string } {
  const { code, stdout, stderr } = runScript('check-content.ts', [], { env: { CONTENT_DIR: contentDir(), SITE_TODAY: TODAY } });
  return { code, output: stdout + stderr };
}

beforeAll(async () => {
  repo = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-repo-'));
  fs.cpSync(path.join(ROOT, 'content'), contentDir(), { recursive: true });
  original = load();
  ({ child: editor, url: baseUrl } = await startEditor(repo));
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await keepOnMachine(context, problems);
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`Content-Security-Policy: ${event.effectiveDirective} blocked ${event.blockedURI}`));
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  editor?.kill();
  fs.rmSync(repo, { recursive: true, force: true });
});

describe('the editor (npm run cms)', () => {
  it('creates a bilingual article with an event and a source, which npm run check accepts', async () => {
    const page = await openEditor('articles/new');
    await field(page, 'Title · Tiêu đề').fill('Điều 64: a test of the form');
    await field(page, 'Summary · Tóm tắt').fill('An article written through the form.');
    await field(page, 'Published · Ngày đăng').fill('2026-11-30');
    await page.getByRole('button', { name: /Add timeline events/ }).first().click();
    await field(page, 'Id (permalink) · Mã (liên kết cố định)').fill('form-test-event');
    await field(page, 'Date · Ngày').fill('2026-11-30');
    await field(page, 'What happened · Sự kiện').fill('The form is tested');
    await field(page, 'Source · Nguồn').fill('https://example.org/event');
    await page.getByRole('button', { name: /Add sources/ }).first().click();
    await field(page, 'Name of the source · Tên nguồn').fill('An example source');
    await field(page, 'Web address · Địa chỉ web').fill('https://example.org/source');
    await writeBody(page, 'The English text.');
    await field(page, 'Title · Tiêu đề', 1).fill('Điều 64: thử biểu mẫu');
    await field(page, 'Summary · Tóm tắt', 1).fill('Một bài viết qua biểu mẫu.');
    await page.getByRole('button', { name: /Add timeline events/ }).nth(1).click();
    await field(page, 'Id (permalink) · Mã (liên kết cố định)', 1).fill('form-test-event');
    await field(page, 'Date · Ngày', 1).fill('2026-11-30');
    await field(page, 'What happened · Sự kiện', 1).fill('Biểu mẫu được thử');
    await field(page, 'Source · Nguồn', 1).fill('https://example.org/event');
    await writeBody(page, 'Nội dung tiếng Việt.', 1);
    expect(await publish(page)).toMatchObject({ status: 200 });

    // The slug comes from the English title, made ASCII (đ too).
    const slug = 'dieu-64-a-test-of-the-form';
    for (const lang of ['en', 'vi'] as const) expect(fs.existsSync(articleFile(contentDir(), lang, slug)), lang).toBe(true);
    expect(check()).toMatchObject({ code: 0 });
    const content = load();
    const [en, vi] = (['en', 'vi'] as const).map((lang) => content.articles[lang].find((a) => a.slug === slug)!);
    expect(en).toMatchObject({ title: 'Điều 64: a test of the form', date: '2026-11-30', publication: 'published', sources: [{ title: 'An example source', url: 'https://example.org/source' }] });
    expect(en.events).toEqual([{ id: 'form-test-event', date: '2026-11-30', title: 'The form is tested', source: 'https://example.org/event', key: false }]);
    expect(vi).toMatchObject({ title: 'Điều 64: thử biểu mẫu', date: '2026-11-30', events: [{ id: 'form-test-event', title: 'Biểu mẫu được thử' }] });
    expect(en.html).toContain('The English text.');
    expect(vi.html).toContain('Nội dung tiếng Việt.');
    await page.close();
  });

  it('refuses a date in the wrong form with the schema’s message, and writes nothing', async () => {
    const before = fs.readdirSync(path.join(contentDir(), 'articles', 'en'));
    const page = await openEditor('articles/new');
    const saves: string[] = [];
    page.on('request', (request) => (request.postData() ?? '').includes('"persistEntry"') && saves.push(request.url()));
    await field(page, 'Title · Tiêu đề').fill('A wrong date');
    await field(page, 'Summary · Tóm tắt').fill('S.');
    await field(page, 'Published · Ngày đăng').fill('30/11/2026');
    await writeBody(page, 'Text.');
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByText('Publish now').click();
    // The loader says `"30/11/2026" is not a date (expected YYYY-MM-DD)`; the form, the same words without the value.
    const message = isoDay.safeParse('30/11/2026').error!.issues[0].message.replace('"30/11/2026" ', '');
    await page.getByText(message).first().waitFor();
    expect(saves).toEqual([]);
    expect(fs.readdirSync(path.join(contentDir(), 'articles', 'en'))).toEqual(before);
    await page.close();
  });

  it('refuses a save the check refuses, with the check’s message, and writes nothing', async () => {
    const page = await openEditor('articles/new');
    await field(page, 'Title · Tiêu đề').fill('A clash of events');
    await field(page, 'Summary · Tóm tắt').fill('S.');
    await field(page, 'Published · Ngày đăng').fill('2026-11-30');
    // An id the adoption article already gives to an event of another day.
    await page.getByRole('button', { name: /Add timeline events/ }).first().click();
    await field(page, 'Id (permalink) · Mã (liên kết cố định)').fill('ga-adopts-convention');
    await field(page, 'Date · Ngày').fill('2024-12-25');
    await field(page, 'What happened · Sự kiện').fill('Adopted again');
    await field(page, 'Source · Nguồn').fill('https://example.org/event');
    await writeBody(page, 'Text.');
    await field(page, 'Title · Tiêu đề', 1).fill('Trùng sự kiện');
    await field(page, 'Summary · Tóm tắt', 1).fill('T.');
    await writeBody(page, 'Nội dung.', 1);
    const answer = await publish(page);
    expect(answer.status).toBe(422);
    expect(answer.body).toContain('\\"ga-adopts-convention\\" is also the id of an event in articles/en/a-clash-of-events.md (each event id must be unique)');
    await page.getByText(/Failed to persist entry.*is also the id of an event/).first().waitFor();
    for (const lang of ['en', 'vi'] as const) expect(fs.existsSync(articleFile(contentDir(), lang, 'a-clash-of-events')), lang).toBe(false);
    await page.close();
  });

  it('saves an article written in English only, and the site takes the other language as not translated yet', async () => {
    const page = await openEditor('articles/new');
    await field(page, 'Title · Tiêu đề').fill('English first');
    await field(page, 'Summary · Tóm tắt').fill('Written in English; the translation follows.');
    await field(page, 'Published · Ngày đăng').fill('2026-11-30');
    await writeBody(page, 'The English text.');
    expect(await publish(page)).toMatchObject({ status: 200 });
    // Decap writes a Vietnamese file too, with only the fields both languages share.
    const translation = articleFile(contentDir(), 'vi', 'english-first');
    expect(fs.readFileSync(translation, 'utf8')).not.toContain('title:');
    const { code, output } = check();
    expect(code).toBe(0);
    expect(output).toContain(`${path.relative(ROOT, translation)}: has no title, summary or text yet: not translated yet`);
    const content = load();
    expect(content.articles.en.some((a) => a.slug === 'english-first')).toBe(true);
    expect(content.articles.vi.some((a) => a.slug === 'english-first')).toBe(false);
    await page.close();
  });

  it('refuses to delete an article other pages link to, and keeps its files', async () => {
    const page = await openEditor('articles/entries/adoption');
    await field(page, 'Title · Tiêu đề').waitFor();
    page.on('dialog', (dialog) => dialog.accept());
    const refused = page.waitForResponse((response) => response.url().endsWith('/api/v1') && /"deleteFiles?"/.test(response.request().postData() ?? ''));
    await page.getByRole('button', { name: 'Delete entry' }).click();
    const answer = await refused;
    expect(answer.status()).toBe(422);
    expect(await answer.text()).toContain('links to /en/articles/adoption/, but there is no article \\"adoption\\" in en');
    for (const lang of ['en', 'vi'] as const) expect(fs.existsSync(articleFile(contentDir(), lang, 'adoption')), lang).toBe(true);
    await page.close();
  });

  it('saves every existing file back as the loader read it', async () => {
    // Each entry is saved twice: with its first field changed, then with it changed back. The form
    // then has written the whole file in its own way (key order, quotes, folded lines, null for empty).
    const entries: { entry: string; open?: string }[] = [
      ...original.articles.en.map((article) => ({ entry: `articles/entries/${article.slug}` })),
      { entry: 'pages/entries/home' },
      { entry: 'pages/entries/about' },
      { entry: 'data/entries/keyFacts', open: original.keyFacts[0].id },
      { entry: 'data/entries/glossary', open: original.glossary[0].id },
      { entry: 'data/entries/status' },
      { entry: 'data/entries/convention' },
    ];
    /** Opens an entry, sets its first field (or, with no value, changes it) and publishes; returns the value it had. */
    async function saveFirstField(entry: string, open: string | undefined, value?: string): Promise<string> {
      const page = await openEditor(entry);
      // A list's items are closed: open the first (its top bar's first button) to reach its first field.
      if (open) {
        await page.getByText(open, { exact: true }).first().waitFor();
        await page.locator('button[class*="TopBarButton"]').first().click();
      }
      const input = page.locator('input[type="text"]:visible').first();
      // The entry's own values arrive after the form: wait for them.
      await expect.poll(() => input.inputValue(), { message: entry }).not.toBe('');
      const before = await input.inputValue();
      // The status's first field is its day: the day before is still a valid status.
      await input.fill(value ?? (entry.endsWith('/status') ? dayBefore(before) : `${before}-edited`));
      expect(await publish(page), entry).toMatchObject({ status: 200 });
      await page.close();
      return before;
    }
    for (const { entry, open } of entries) {
      const value = await saveFirstField(entry, open);
      // Set back in a new tab, as an editor coming back to it would: the form writes the whole file again.
      await saveFirstField(entry, open === undefined ? undefined : `${open}-edited`, value);
    }
    const saved = load();
    for (const lang of ['en', 'vi'] as const) {
      for (const article of original.articles[lang]) expect(saved.articles[lang].find((a) => a.slug === article.slug), `${lang}/${article.slug}`).toEqual(article);
    }
    expect(saved.pages).toEqual(original.pages);
    expect(saved.keyFacts).toEqual(original.keyFacts);
    expect(saved.glossary).toEqual(original.glossary);
    expect(saved.status).toEqual(original.status);
    expect(saved.convention).toEqual(original.convention);
    // Two saves an entry, a dozen entries: several minutes on a loaded two-core machine.
  }, 300_000);

  it('has no accessibility violations but the upstream ones listed in docs/editing.md', async () => {
    const found = new Set<string>();
    const screens = { articles: 'Sort by', 'articles/new': 'Writing in EN', 'data/entries/status': `${original.status.participants.length} participants` };
    for (const [entry, ready] of Object.entries(screens)) {
      const page = await openEditor(entry);
      await page.getByText(ready).first().waitFor();
      const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      for (const violation of axe.violations) found.add(violation.id);
      await page.close();
    }
    expect([...found].sort()).toEqual(Object.keys(KNOWN_EDITOR_VIOLATIONS).sort());
    const docs = fs.readFileSync(path.join(ROOT, 'docs', 'editing.md'), 'utf8');
    for (const [rule, upstream] of Object.entries(KNOWN_EDITOR_VIOLATIONS)) {
      expect(docs, rule).toContain(`\`${rule}\``);
      expect(docs, rule).toContain(upstream);
    }
  }, 60_000);

  it('lets only the editor’s own page write: any other origin is refused', async () => {
    const response = await fetch(`${baseUrl}/api/v1`, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'https://elsewhere.example' }, body: JSON.stringify({ action: 'info' }) });
    expect(response.status).toBe(403);
  });

  it('writes only the entries it checks: no upload, no move, nothing outside content/', async () => {
    const ask = (action: string, params: object) =>
      fetch(`${baseUrl}/api/v1`, { method: 'POST', headers: { 'content-type': 'application/json', origin: baseUrl }, body: JSON.stringify({ action, params: { branch: 'main', ...params } }) });
    const raw = fs.readFileSync(articleFile(contentDir(), 'en', 'adoption'), 'utf8');
    const entry = { path: 'content/articles/en/adoption.md', slug: 'adoption', raw };
    const refusals = [
      await ask('persistMedia', { asset: { path: 'scripts/evil.sh', content: 'ZWNobw==', encoding: 'base64' } }),
      await ask('persistEntry', { dataFiles: [entry], assets: [{ path: '.git-hooks/pre-commit', content: 'ZWNobw==', encoding: 'base64' }], options: {} }),
      await ask('persistEntry', { dataFiles: [{ ...entry, newPath: 'content/articles/en/moved.md' }], assets: [], options: {} }),
      await ask('persistEntry', { dataFiles: [{ path: 'scripts/evil.md', slug: 'evil', raw }], assets: [], options: {} }),
    ];
    expect(refusals.map((response) => response.status)).toEqual([422, 422, 422, 422]);
    expect(fs.existsSync(path.join(repo, 'scripts'))).toBe(false);
    expect(fs.existsSync(path.join(repo, '.git-hooks'))).toBe(false);
    expect(fs.existsSync(articleFile(contentDir(), 'en', 'moved'))).toBe(false);
    expect(fs.readFileSync(articleFile(contentDir(), 'en', 'adoption'), 'utf8')).toBe(raw);
  });

  it('ran under its policy: no policy violation, no error, no request leaving the machine', () => {
    expect(problems).toEqual([]);
  });
});

describe('the editor in the build', () => {
  const OUT = path.join(ROOT, 'out');
  const page = () => fs.readFileSync(path.join(OUT, ADMIN_DIR, 'index.html'), 'utf8');

  it('is a page of its own at /admin/ that search engines are told to leave out', () => {
    expect(page()).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(page()).not.toContain('data-pagefind-body');
    expect(fs.readFileSync(path.join(OUT, 'sitemap.xml'), 'utf8')).not.toContain('/admin/');
    expect(securityHeaders('/admin/')['X-Robots-Tag']).toBe('noindex');
  });

  it('loads Decap from the site itself, under the editor’s own policy', () => {
    expect(page()).toContain(`<head><meta http-equiv="Content-Security-Policy" content="${metaContentSecurityPolicy('/admin/')}">`);
    expect([...page().matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1])).toEqual([`decap/${DECAP_ENTRY}`]);
    expect(fs.existsSync(path.join(OUT, ADMIN_DIR, 'decap', DECAP_ENTRY))).toBe(true);
  });

  it('never ships the local backend', () => {
    const config = YAML.parse(fs.readFileSync(path.join(OUT, ADMIN_DIR, 'config.yml'), 'utf8'));
    expect(config).not.toHaveProperty('local_backend');
    expect(config.backend.name).toBe('github');
  });

  it('is linked from no reader’s page', () => {
    const linking = htmlFiles(OUT).filter((file) => /href="[^"]*\/admin\//.test(fs.readFileSync(path.join(OUT, file), 'utf8')));
    expect(linking).toEqual([]);
  });
});
