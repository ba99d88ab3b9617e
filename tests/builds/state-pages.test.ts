import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import type { Browser } from 'playwright-core';
import { testBuild } from './test-build';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../e2e/browser';
import { checkPage } from '../e2e/checks';
import { serveSite } from '../e2e/static-server';

/*
 * The State pages built from fixture content in which things have happened that the real content
 * does not have yet: Azerbaijan has deposited an instrument after two steps at home, and Germany,
 * which had not signed, has signed at UN Headquarters. Its page, its feed, the index and the
 * downloads say so; the Party's page passes every browser check.
 */

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const FIXTURE_CONTENT = path.join(ROOT, 'tests', 'fixtures', 'content');
const TODAY = '2026-12-20';

// Constructed for this test: not real events.
const status = `---
asOf: "2026-12-18"
hanoiSignatories:
  count: 72
  source: https://example.org/untc
participants:
  - code: VN
    signed: 2025-10-25
    source: https://example.org/untc
  - code: AZ
    signed: 2025-10-25
    source: https://example.org/untc
    instrument:
      type: ratification
      date: 2026-03-10
      source: https://example.org/untc-deposit
  - code: EU
    signed: 2025-10-25
    source: https://example.org/untc
  - code: DE
    signed: 2026-12-15
    source: https://example.org/untc-germany
domesticSteps:
  - code: AZ
    steps:
      - date: 2026-02-23
        step:
          en: "The President signs the law approving the Convention"
          vi: "Tổng thống ký ban hành luật phê chuẩn Công ước"
        source: https://example.org/law
      - date: 2026-02-10
        step:
          en: "The parliament adopts the law approving the Convention"
          vi: "Quốc hội thông qua luật phê chuẩn Công ước"
        source: https://example.org/parliament
---
`;

let site: string;
let browser: Browser;
let server: Awaited<ReturnType<typeof serveSite>>;
const read = (file: string) => fs.readFileSync(path.join(site, file), 'utf8');

beforeAll(async () => {
  const content = fs.mkdtempSync(path.join(os.tmpdir(), 'state-content-'));
  fs.cpSync(FIXTURE_CONTENT, content, { recursive: true });
  fs.writeFileSync(path.join(content, 'status.md'), status);
  // An event that concerns Azerbaijan, in both languages.
  for (const lang of ['en', 'vi']) {
    const file = path.join(content, 'articles', lang, 'first-steps.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('    source: https://example.org/b\n', '    source: https://example.org/b\n    participants: [AZ]\n'));
  }
  site = testBuild('with the fixture States', { CONTENT_DIR: content, SITE_TODAY: TODAY });
  fs.rmSync(content, { recursive: true, force: true });
  browser = await launchChromium();
  server = await serveSite(site);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (site) fs.rmSync(site, { recursive: true, force: true });
});

describe('a State that has deposited an instrument, after steps at home', () => {
  it('its page answers that it is a Party, records the deposit, lists its steps as steps at home, and the event', () => {
    const html = read('en/status/az/index.html');
    expect(html).toMatch(/Azerbaijan is a Party to the Convention: it deposited its instrument of ratification with the UN Secretary-General on <time dateTime="2026-03-10">10 March 2026<\/time>\./);
    expect(html).toMatch(/<li id="instrument"[^>]*>.*Number 1 of the 40 instruments that bring the Convention into force\./s);
    expect(html).toContain('Nothing is left to do under Article 64: its instrument is deposited.');
    // Steps at home, oldest first, never counted.
    const steps = html.slice(html.indexOf('id="steps-heading"'));
    expect(steps.indexOf('The parliament adopts')).toBeLessThan(steps.indexOf('The President signs'));
    expect(html).toContain('They are not a deposit with the United Nations');
    expect(html).toMatch(/href="\/en\/timeline\/#talks">Talks<\/a>/);
    expect(read('vi/status/az/index.html')).toContain('Azerbaijan là thành viên của Công ước: đã nộp lưu chiểu văn kiện phê chuẩn cho Tổng Thư ký Liên Hợp Quốc ngày');
  });

  it('its feed carries the signature, the deposit, both steps and the event, newest first', () => {
    const feed = new XMLParser().parse(read('en/status/az/atom.xml')).feed;
    const titles: string[] = [feed.entry].flat().map((entry: { title: string }) => entry.title);
    expect(titles).toEqual([
      'Azerbaijan: Instrument of ratification deposited with the UN Secretary-General',
      'Azerbaijan: The President signs the law approving the Convention',
      'Azerbaijan: The parliament adopts the law approving the Convention',
      'Azerbaijan: Signed at the Hanoi ceremony',
      'Talks',
    ]);
    expect(read('en/status/az/index.html')).toContain('href="/en/status/az/atom.xml"');
  });

  it('the index marks it a Party, and the downloads carry its deposit and its steps', () => {
    expect(read('en/states/index.html')).toMatch(/href="\/en\/status\/az\/">Azerbaijan<\/a><span[^>]*>Party<\/span>/);
    const json = JSON.parse(read('en/data/states.json')).rows.find((row: { code: string }) => row.code === 'AZ');
    expect(json).toMatchObject({ standing: 'party', instrument: 'ratification', instrumentDate: '2026-03-10', url: 'http://localhost:3000/en/status/az/' });
    expect(json.domesticSteps).toBe('2026-02-10: The parliament adopts the law approving the Convention; 2026-02-23: The President signs the law approving the Convention');
    const csv = parseCsv(read('en/data/states.csv'), { columns: true, bom: true }) as Record<string, string>[];
    expect(csv.find((row) => row.code === 'AZ')).toMatchObject({ standing: 'party', instrumentDate: '2026-03-10' });
    expect(JSON.parse(read('en/data/status.json')).rows.find((row: { code: string }) => row.code === 'AZ')).toMatchObject({ instrumentNumber: '1', url: 'http://localhost:3000/en/status/az/' });
  });

  it('its page passes every browser check, in both languages', async () => {
    for (const page of ['/en/status/az/', '/vi/status/az/']) expect(await checkPage(browser, server.url, page)).toEqual([]);
  }, 60_000);
});

describe('a State that had not signed, and signs', () => {
  it('its page answers that it signed at UN Headquarters, and its next step is ratification', () => {
    const html = read('en/status/de/index.html');
    expect(html).toMatch(/Germany signed the Convention at UN Headquarters in New York on <time dateTime="2026-12-15">15 December 2026<\/time>\./);
    expect(html).toContain('Germany becomes a Party by depositing an instrument of ratification, acceptance or approval');
    expect(html).not.toContain('can still sign');
    // A State that has still not signed keeps its answer.
    expect(read('en/status/fr/index.html')).toContain('France is not among the signatories in the site’s sources');
  });

  it('its feed, the index and the downloads say so', () => {
    const feed = new XMLParser().parse(read('en/status/de/atom.xml')).feed;
    expect([feed.entry].flat().map((entry: { title: string }) => entry.title)).toEqual(['Germany: Signed at UN Headquarters, New York']);
    expect(read('en/states/index.html')).toMatch(/href="\/en\/status\/de\/">Germany<\/a><span[^>]*>Signed<\/span>/);
    expect(JSON.parse(read('en/data/states.json')).rows.find((row: { code: string }) => row.code === 'DE')).toMatchObject({ standing: 'signatory', signed: '2026-12-15', signaturePlace: 'headquarters' });
    expect(read('vi/status/de/index.html')).toContain('Đức đã ký Công ước tại trụ sở Liên Hợp Quốc ở New York ngày');
  });
});
