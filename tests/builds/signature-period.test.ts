import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * The whole site built for the last day of signature and for the day after (SITE_TODAY), read as
 * readers get it: every page, feed and download. Each build goes to out/ and is copied aside, so run
 * this before the build the browser tests use (npm test does).
 */

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const DAYS = { open: '2026-12-31', closed: '2027-01-01' } as const;

/** Every text file of a built site, by path relative to its root. */
function readSite(dir: string): Map<string, string> {
  const files = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(html|xml|json|csv|ics)$/.test(file));
  return new Map(files.map((file) => [file, fs.readFileSync(path.join(dir, file), 'utf8')]));
}

const copies: string[] = [];

function buildFor(today: string): Map<string, string> {
  const result = spawnSync('npm', ['run', 'build', '--', '--test'], { cwd: ROOT, env: { ...process.env, SITE_TODAY: today }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`The build for ${today} failed:\n${result.stdout}\n${result.stderr}`);
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), `site-${today}-`));
  copies.push(copy);
  fs.cpSync(path.join(ROOT, 'out'), copy, { recursive: true });
  return readSite(copy);
}

/** The status box's signature row on a page: what it says of the signature period. */
const signatureRow = (html: string) => /<div class="py-3" id="signature-period">(.*?)<\/div>/.exec(html)?.[1] ?? '';

// Phrases that say signature is still open, and that it has closed, in both languages.
const SAYS_OPEN = [/Open at UN Headquarters, New York, until/, /Mở ký tại trụ sở Liên Hợp Quốc, New York, đến ngày/, /is open at UN Headquarters/, /đang được mở ký/, />Signature closes</, />Hết hạn ký</];
const SAYS_CLOSED = [/Closed on <time dateTime="2026-12-31">31 December 2026<\/time>/, /Thời hạn ký đã kết thúc ngày/, />Signature closed</, />Đã hết hạn ký</];

const pagesSaying = (site: Map<string, string>, patterns: RegExp[]) =>
  [...site].filter(([file, text]) => file.endsWith('.html') && patterns.some((pattern) => pattern.test(text))).map(([file]) => file);

describe('the site on each side of the end of signature', () => {
  let open: Map<string, string>;
  let closed: Map<string, string>;

  beforeAll(() => {
    open = buildFor(DAYS.open);
    closed = buildFor(DAYS.closed);
  }, 600_000);

  afterAll(() => {
    for (const copy of copies) fs.rmSync(copy, { recursive: true, force: true });
  });

  it('on 31 December 2026 says signature is open, and nowhere that it has closed', () => {
    expect(pagesSaying(open, SAYS_CLOSED)).toEqual([]);
    for (const page of ['en/index.html', 'en/status/index.html']) expect(signatureRow(open.get(page)!)).toContain('Open at UN Headquarters, New York, until');
    for (const page of ['vi/index.html', 'vi/status/index.html']) expect(signatureRow(open.get(page)!)).toContain('Mở ký tại trụ sở Liên Hợp Quốc, New York, đến ngày');
    expect(open.get('en/glossary/index.html')).toContain('is open at UN Headquarters in New York until 31 December 2026');
    expect(open.get('en/feed.xml')).not.toContain('Signature of the Convention closed');
    // The key dates mark the end of signature as the next date.
    expect(open.get('en/index.html')).toMatch(/#signature-closes">[^<]*<\/a><strong[^>]*>Next<\/strong>/);
  });

  it('on 1 January 2027 says everywhere that signature has closed, and nowhere that it is open', () => {
    expect(pagesSaying(closed, SAYS_OPEN)).toEqual([]);
    for (const page of ['en/index.html', 'en/status/index.html']) expect(signatureRow(closed.get(page)!)).toContain('A State that has not signed can still join by accession.');
    for (const page of ['vi/index.html', 'vi/status/index.html']) expect(signatureRow(closed.get(page)!)).toContain('Thời hạn ký đã kết thúc ngày');
    expect(closed.get('en/glossary/index.html')).toContain('signature closed on 31 December 2026');
    expect(closed.get('vi/glossary/index.html')).toContain('thời hạn ký đã kết thúc ngày 31 tháng 12 năm 2026');
    for (const feed of ['en/feed.xml', 'en/atom.xml', 'en/feed.json']) expect(closed.get(feed)).toContain('Signature of the Convention closed on 31 December 2026');
    expect(closed.get('vi/feed.xml')).toContain('Công ước đã hết thời hạn ký vào ngày 31 tháng 12 năm 2026');
    expect(JSON.parse(closed.get('en/data/key-facts.json')!).rows.find((row: { id: string }) => row.id === 'signature-closes').label).toBe('Signature closed');
    // No date on the key dates is still to come.
    expect(closed.get('en/index.html')).not.toMatch(/<strong[^>]*>Next<\/strong>/);
  });
});
