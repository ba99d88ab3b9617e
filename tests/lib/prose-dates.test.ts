import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '@/lib/content';
import { passedDatesAsFuture } from '@/lib/content/prose-dates';
import { FIXTURE_DIR } from './content-dir';

describe('passedDatesAsFuture', () => {
  const stale = 'The Convention remains open for signature at UN Headquarters until 31 December 2026.';

  it('finds a passed date spoken of as to come, from the day after it and not before', () => {
    expect(passedDatesAsFuture(stale, 'en', '2026-12-31')).toEqual([]);
    expect(passedDatesAsFuture(stale, 'en', '2027-01-01')).toEqual([{ line: 1, date: '2026-12-31', clause: stale }]);
  });

  it('reads the ways dates are written in both languages, a month as its last day', () => {
    expect(passedDatesAsFuture('Signature will close in December 2026.', 'en', '2026-12-31')).toEqual([]);
    expect(passedDatesAsFuture('Signature will close in December 2026.', 'en', '2027-01-01')).toHaveLength(1);
    expect(passedDatesAsFuture('It closes on December 31, 2026.', 'en', '2027-01-01')).toHaveLength(1);
    expect(passedDatesAsFuture('Công ước vẫn còn mở ký đến ngày 31 tháng 12 năm 2026.', 'vi', '2027-01-01')).toHaveLength(1);
    expect(passedDatesAsFuture('Công ước sẽ hết hạn ký ngày 31/12/2026.', 'vi', '2027-01-01')).toHaveLength(1);
    expect(passedDatesAsFuture('It can be signed until 31 Dec. 2026.', 'en', '2027-01-01')).toMatchObject([{ date: '2026-12-31' }]);
    expect(passedDatesAsFuture('States may sign it until the end of 2026.', 'en', '2027-01-01')).toMatchObject([{ date: '2026-12-31' }]);
    expect(passedDatesAsFuture('Các nước có thể ký đến ngày 31 tháng 12 năm 2026.', 'vi', '2027-01-01')).toHaveLength(1);
  });

  it('leaves past tense, dated statements, reported speech and link addresses alone', () => {
    const today = '2027-01-01';
    expect(passedDatesAsFuture('Signature closed on 31 December 2026. A State that has not signed can still join by accession.', 'en', today)).toEqual([]);
    expect(passedDatesAsFuture('Article 64 provides for signature in New York until 31 December 2026.', 'en', today)).toEqual([]);
    expect(passedDatesAsFuture('No ratification is recorded (latest status checked: 16 November 2025).', 'en', today)).toEqual([]);
    expect(passedDatesAsFuture('Ngày 26 tháng 12 năm 2024, VGP đưa tin Hà Nội sẽ đăng cai lễ mở ký.', 'vi', today)).toEqual([]);
    expect(passedDatesAsFuture('The closing date, 31 December 2026, is in the [timeline](/en/timeline/#signature-closes).', 'en', today)).toEqual([]);
  });

  it('gives the line of each clause it finds', () => {
    const text = 'First line.\n\nSecond; it is still open until 2 March 2026. Fine.';
    expect(passedDatesAsFuture(text, 'en', '2026-05-01')).toMatchObject([{ line: 3, date: '2026-03-02', clause: 'it is still open until 2 March 2026.' }]);
  });
});

describe('npm run check on stale text', () => {
  it('warns with the file and line of an article, without stopping the build, only once the date has passed', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stale-'));
    fs.cpSync(FIXTURE_DIR, dir, { recursive: true });
    const file = path.join(dir, 'articles', 'en', 'first-steps.md');
    fs.appendFileSync(file, '\nSignature remains open until 31 December 2026.\n');
    const line = fs.readFileSync(file, 'utf8').split('\n').indexOf('Signature remains open until 31 December 2026.') + 1;
    const before = readContent(dir, { today: '2026-12-31' }).warnings.filter((w) => w.message.includes('has passed'));
    const after = readContent(dir, { today: '2027-01-01' }).warnings.filter((w) => w.message.includes('has passed'));
    expect(before).toEqual([]);
    expect(after).toEqual([{ file: path.relative(process.cwd(), file), field: `line ${line}`, message: expect.stringContaining('speaks of 2026-12-31, which has passed') }]);
  });
});

describe('npm run check on a key fact older than the status', () => {
  it('warns, naming the fact, once the status file is newer than the fact’s asOf', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stale-fact-'));
    fs.cpSync(FIXTURE_DIR, dir, { recursive: true });
    const older = (content: ReturnType<typeof readContent>) => content.warnings.filter((w) => w.message.includes('is older than the status'));
    expect(older(readContent(dir, { today: '2026-12-01' }))).toEqual([]);
    const status = path.join(dir, 'status.md');
    fs.writeFileSync(status, fs.readFileSync(status, 'utf8').replace('asOf: "2025-11-16"', 'asOf: "2026-12-01"'));
    expect(older(readContent(dir, { today: '2026-12-01' }))).toEqual([
      { file: path.relative(process.cwd(), path.join(dir, 'key-facts.md')), field: expect.stringMatching(/^facts\[\d+\]\.asOf$/), message: expect.stringContaining('is older than the status in status.md (asOf 2026-12-01)') },
    ]);
  });
});
