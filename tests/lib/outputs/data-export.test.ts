import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content';
import { keyFactFields, keyFactRows, stateFields, stateRows, statusFields, statusRows, timelineCalendar, timelineFields, timelineRows, toCsv, toJson } from '@/lib/outputs/data-export';
import { localizeKeyFacts } from '@/lib/key-facts';
import type { Status } from '@/lib/schema';
import { stateRecords } from '@/lib/states/record';
import { buildTimeline } from '@/lib/timeline/entries';
import { FIXTURE_DIR } from '../content-dir';

const content = loadContent(FIXTURE_DIR);
const timeline = buildTimeline(content.articles.en);

describe('the data exports, as functions of what they are handed', () => {
  it('gives every timeline event one row with its permalink and article', () => {
    const rows = timelineRows(timeline, 'en');
    expect(rows.map((row) => row.id)).toEqual(timeline.map((event) => event.id));
    expect(rows[0]).toMatchObject({ id: 'committee-created', permalink: 'http://localhost:3000/en/timeline/#committee-created', endDate: null });
    expect(Object.keys(rows[0])).toEqual([...timelineFields]);
  });

  it('writes CSV with a header of the field names and the same rows as the JSON', () => {
    const rows = keyFactRows(localizeKeyFacts(content.keyFacts, 'vi'));
    const csv = parseCsv(toCsv(keyFactFields, rows), { columns: true, bom: true }) as Record<string, string>[];
    expect(csv.map((row) => row.id)).toEqual(rows.map((row) => row.id));
    expect(JSON.parse(toJson('key-facts', 'vi', rows))).toMatchObject({ dataset: 'key-facts', language: 'vi', rows: JSON.parse(JSON.stringify(rows)) });
  });

  it('starts each CSV with a UTF-8 byte-order mark, so Excel on Windows reads “Türkiye” as written', () => {
    const csv = toCsv(statusFields, statusRows(content.status, 'en'));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    // A reader that does not skip the mark sees it glued to the first field name: the mark is there once, at the start.
    expect(csv.indexOf('\ufeff', 1)).toBe(-1);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('numbers each participant’s instrument as Article 65(1) counts it', () => {
    const rows = statusRows(content.status, 'en');
    expect(Object.keys(rows[0])).toEqual([...statusFields]);
    expect(rows.map((row) => row.code).sort()).toEqual(content.status.participants.map((p) => p.code).sort());
  });

  it('carries on every status row the dates the status page shows: the evidence, and the last comparison that found no change', () => {
    expect(statusRows(content.status, 'en').every((row) => row.lastCompared === (content.status.lastCompared ?? null))).toBe(true);
    const compared = statusRows({ ...content.status, lastCompared: '2026-12-02' }, 'vi');
    expect(compared.map((row) => [row.asOf, row.lastCompared])).toEqual(compared.map(() => [content.status.asOf, '2026-12-02']));
    const csv = parseCsv(toCsv(statusFields, compared), { columns: true }) as Record<string, string>[];
    expect(csv[0].lastCompared).toBe('2026-12-02');
  });

  it('puts only events with a day in the calendar, each with a stable UID', () => {
    const calendar = timelineCalendar(timeline, 'en');
    expect(calendar).toContain('UID:committee-created.en@hanoi-convention');
    expect(calendar).not.toContain('UID:third-committee.en@hanoi-convention');
  });
});

describe('the States download', () => {
  const UNTC = 'https://example.org/untc';
  const status: Status = {
    asOf: '2025-11-16',
    signaturesKnownTo: '2025-11-19',
    hanoiSignatories: { count: 72, source: UNTC },
    participants: [
      { code: 'SE', signed: { date: '2025-10-25', endDate: '2025-10-26' }, source: UNTC, instrument: { type: 'approval', date: '2026-06-02', source: UNTC } },
      { code: 'MU', signed: { date: '2025-11-19' }, source: UNTC },
    ],
    domesticSteps: [
      {
        code: 'AZ',
        steps: [
          { date: '2026-02-23', step: { en: 'The President signs the law', vi: 'Tổng thống ký ban hành luật' }, source: UNTC },
          { date: '2026-02-10', step: { en: 'The parliament adopts the law', vi: 'Quốc hội thông qua luật' }, source: UNTC },
        ],
      },
    ],
  };
  const records = stateRecords(status);
  const row = (code: string, lang: 'en' | 'vi') => stateRows(records, status, lang).find((each) => each.code === code)!;

  it('has one row for each of the 196 States and the EU, its fields in the documented order', () => {
    const rows = stateRows(records, status, 'en');
    expect(rows).toHaveLength(196);
    expect(new Set(rows.map((each) => each.code)).size).toBe(196);
    for (const each of rows) expect(Object.keys(each)).toEqual([...stateFields]);
  });

  it('lists them in the alphabetical order of the language', () => {
    expect(stateRows(records, status, 'en').slice(0, 2).map((each) => each.name)).toEqual(['Afghanistan', 'Albania']);
    expect(stateRows(records, status, 'vi')[0].name).toBe('Ả Rập Xê Út');
  });

  it('says where each stands, with its days, its place of signature and its page', () => {
    expect(row('SE', 'en')).toEqual({
      code: 'SE',
      name: 'Sweden',
      otherNames: '',
      organization: false,
      standing: 'party',
      signed: '2025-10-25',
      signedEnd: '2025-10-26',
      signaturePlace: 'hanoi',
      instrument: 'approval',
      instrumentDate: '2026-06-02',
      domesticSteps: null,
      url: 'http://localhost:3000/en/status/se/',
      asOf: '2025-11-16',
      signaturesKnownTo: '2025-11-19',
      lastCompared: null,
    });
    expect(row('MU', 'en')).toMatchObject({ standing: 'signatory', signed: '2025-11-19', signedEnd: null, signaturePlace: 'headquarters', instrument: null });
    expect(row('DE', 'vi')).toMatchObject({ name: 'Đức', standing: 'not-signed', signed: null, signaturePlace: null, url: 'http://localhost:3000/vi/status/de/' });
    expect(row('EU', 'en')).toMatchObject({ organization: true, url: 'http://localhost:3000/en/status/eu/' });
  });

  it('joins the other names with "; ", and in the Vietnamese file adds the English names', () => {
    expect(row('US', 'en').otherNames).toBe('United States; USA; US; U.S.; America');
    expect(row('TR', 'en').otherNames).toBe('Turkey');
    expect(row('TR', 'vi').otherNames).toBe('Türkiye; Turkey');
    expect(row('DE', 'vi').otherNames).toBe('Cộng hòa Liên bang Đức; CHLB Đức; Germany');
  });

  it('writes a State’s steps at home oldest first, in the file’s language', () => {
    expect(row('AZ', 'en')).toMatchObject({ standing: 'not-signed', domesticSteps: '2026-02-10: The parliament adopts the law; 2026-02-23: The President signs the law' });
    expect(row('AZ', 'vi').domesticSteps).toBe('2026-02-10: Quốc hội thông qua luật; 2026-02-23: Tổng thống ký ban hành luật');
  });

  it('reads back from its CSV as written, names with marks included', () => {
    const rows = stateRows(records, status, 'vi');
    const csv = parseCsv(toCsv(stateFields, rows), { columns: true, bom: true }) as Record<string, string>[];
    expect(csv).toHaveLength(196);
    expect(csv.find((each) => each.code === 'TR')).toMatchObject({ name: 'Thổ Nhĩ Kỳ', otherNames: 'Türkiye; Turkey', standing: 'not-signed', url: 'http://localhost:3000/vi/status/tr/' });
  });
});

describe('the status download', () => {
  it('carries each participant’s own page, in the file’s language', () => {
    const rows = statusRows(content.status, 'en');
    expect(rows.map((each) => each.url)).toEqual(rows.map((each) => `http://localhost:3000/en/status/${String(each.code).toLowerCase()}/`));
    expect(rows.find((each) => each.code === 'VN')?.url).toBe('http://localhost:3000/en/status/vn/');
    expect(statusRows(content.status, 'vi').find((each) => each.code === 'EU')?.url).toBe('http://localhost:3000/vi/status/eu/');
  });
});
