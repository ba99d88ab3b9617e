import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content';
import { keyFactFields, keyFactRows, statusFields, statusRows, timelineCalendar, timelineFields, timelineRows, toCsv, toJson } from '@/lib/outputs/data-export';
import { localizeKeyFacts } from '@/lib/key-facts';
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
