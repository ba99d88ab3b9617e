import fs from 'node:fs';
import path from 'node:path';
import { testBuild } from './test-build';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../e2e/browser';
import { belowFirstScreen, PHONE } from '../e2e/first-screen';
import { serveSite } from '../e2e/static-server';

/*
 * The whole site built for the last day of signature and for the day after (SITE_TODAY), read as
 * readers get it: every page, feed and download. Each build goes to out/ and is copied aside, so run
 * this before the build the browser tests use (npm test does).
 */

const DAYS = { open: '2026-12-31', closed: '2027-01-01' } as const;

/** Every text file of a built site, by path relative to its root. */
function readSite(dir: string): Map<string, string> {
  const files = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(html|xml|json|csv|ics)$/.test(file));
  return new Map(files.map((file) => [file, fs.readFileSync(path.join(dir, file), 'utf8')]));
}

const copies: string[] = [];
const copyOf: Record<string, string> = {};

function buildFor(today: string): Map<string, string> {
  const copy = testBuild(`for ${today}`, { SITE_TODAY: today });
  copies.push(copy);
  copyOf[today] = copy;
  return readSite(copy);
}

/** The status box's signature row on a page: what it says of the signature period. */
const signatureRow = (html: string) => /<div class="py-3" id="signature-period">(.*?)<\/div>/.exec(html)?.[1] ?? '';

// Phrases that say signature is still open, and that it has closed, in both languages.
const SAYS_OPEN = [
  /Open at UN Headquarters, New York, until/,
  /Mở ký tại trụ sở Liên Hợp Quốc, New York, đến ngày/,
  /is open at UN Headquarters/,
  /đang được mở ký/,
  />Signature closes</,
  />Hết hạn ký</,
  // A State's page, for a State that has not signed.
  /can still sign, at UN Headquarters/,
  // The home's figure.
  /days left on|the last day is today|còn \d+ ngày|là ngày cuối cùng/,
  /vẫn có thể ký Công ước tại trụ sở Liên Hợp Quốc/,
];
const SAYS_CLOSED = [
  /Closed on <time dateTime="2026-12-31">31 December 2026<\/time>/,
  /Thời hạn ký đã kết thúc ngày/,
  />Signature closed</,
  />Đã hết hạn ký</,
  /can now join only by accession/,
  /a State can still join by accession/,
  /chỉ có thể trở thành thành viên theo thủ tục gia nhập, bằng cách nộp lưu chiểu văn kiện gia nhập/,
];

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
    expect(signatureRow(open.get('en/status/index.html')!)).toContain('Open at UN Headquarters, New York, until');
    expect(signatureRow(open.get('vi/status/index.html')!)).toContain('Mở ký tại trụ sở Liên Hợp Quốc, New York, đến ngày');
    // The home's figure counts the days on the day of the build: the last one.
    expect(open.get('en/index.html')).toContain('Until <time dateTime="2026-12-31">31 December 2026</time>; the last day is today, <time dateTime="2026-12-31">31 December 2026</time>');
    expect(open.get('vi/index.html')).toContain('hôm nay, ngày <time dateTime="2026-12-31">31 tháng 12 năm 2026</time>, là ngày cuối cùng');
    expect(open.get('en/glossary/index.html')).toContain('is open at UN Headquarters in New York until 31 December 2026');
    expect(open.get('en/feed.xml')).not.toContain('Signature of the Convention closed');
    // The key dates mark the end of signature as the next date.
    expect(open.get('en/index.html')).toMatch(/#signature-closes">[^<]*<\/a><strong[^>]*>Next<\/strong>/);
    // Every State that has not signed can still sign, on its own page, in both languages.
    expect(open.get('en/status/de/index.html')).toMatch(/Germany can still sign, at UN Headquarters in New York until <time dateTime="2026-12-31">/);
    expect(open.get('vi/status/de/index.html')).toContain('vẫn có thể ký Công ước tại trụ sở Liên Hợp Quốc ở New York đến hết ngày');
    expect(pagesSaying(open, [/can still sign, at UN Headquarters/]).length).toBeGreaterThan(100);
  });

  it('on 1 January 2027 says everywhere that signature has closed, and nowhere that it is open', () => {
    expect(pagesSaying(closed, SAYS_OPEN)).toEqual([]);
    expect(signatureRow(closed.get('en/status/index.html')!)).toContain('A State that has not signed can still join by accession.');
    expect(signatureRow(closed.get('vi/status/index.html')!)).toContain('Thời hạn ký đã kết thúc ngày');
    expect(closed.get('en/index.html')).toMatch(/>Closed<\/span>.*on <time dateTime="2026-12-31">31 December 2026<\/time>; a State can still join by accession/s);
    expect(closed.get('vi/index.html')).toMatch(/>Đã kết thúc<\/span>/);
    expect(closed.get('en/glossary/index.html')).toContain('signature closed on 31 December 2026');
    expect(closed.get('vi/glossary/index.html')).toContain('thời hạn ký đã kết thúc ngày 31 tháng 12 năm 2026');
    for (const feed of ['en/feed.xml', 'en/atom.xml', 'en/feed.json']) expect(closed.get(feed)).toContain('Signature of the Convention closed on 31 December 2026');
    expect(closed.get('vi/feed.xml')).toContain('Công ước đã hết thời hạn ký vào ngày 31 tháng 12 năm 2026');
    expect(JSON.parse(closed.get('en/data/key-facts.json')!).rows.find((row: { id: string }) => row.id === 'signature-closes').label).toBe('Signature closed');
    // No date on the key dates is still to come.
    expect(closed.get('en/index.html')).not.toMatch(/<strong[^>]*>Next<\/strong>/);
    // A State that has not signed can now join only by accession; a signatory's next step is unchanged.
    expect(closed.get('en/status/de/index.html')).toMatch(/Signature closed on <time dateTime="2026-12-31">31 December 2026<\/time>\. Germany can now join only by accession/);
    expect(closed.get('vi/status/de/index.html')).toContain('Nay Đức chỉ có thể trở thành thành viên theo thủ tục gia nhập');
    expect(closed.get('en/status/vn/index.html')).toContain('Viet Nam becomes a Party by depositing an instrument of ratification, acceptance or approval');
    expect(pagesSaying(closed, [/can now join only by accession/]).length).toBe(pagesSaying(open, [/can still sign, at UN Headquarters/]).length);
  });

  it.each(Object.values(DAYS))('on %s the home shows its lede, three figures with their evidence and the way to one’s country in a phone’s first screen', async (day) => {
    const server = await serveSite(copyOf[day]);
    const browser = await launchChromium();
    try {
      const page = await (await browser.newContext(PHONE)).newPage();
      for (const lang of ['en', 'vi']) {
        await page.goto(`${server.url}/${lang}/`);
        expect(await belowFirstScreen(page), `${day}, ${lang}`).toEqual([]);
      }
    } finally {
      await browser.close();
      await server.close();
    }
  }, 60_000);
});
