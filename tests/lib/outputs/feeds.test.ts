import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content';
import { articleEntry, buildFeed, statusEntries } from '@/lib/outputs/feeds';
import type { Participant, Status } from '@/lib/schema';
import { FIXTURE_DIR } from '../content-dir';

const STATES = 'AR AT AU BE BG BR CA CH CL CN CO CZ DE DK EE ES FI FR GB GR HR HU IE IN IT JP KR LT LU LV MT MX NL NO NZ PL PT RO SE SI SK'.split(' ');

const deposited = (code: string, date: string, type: 'ratification' | 'accession' = 'ratification'): Participant => ({
  code,
  signed: { date: '2025-10-25' },
  source: 'https://example.org/s',
  instrument: { type, date, source: 'https://example.org/i' },
});

// A day while signature is open: the feeds' news of its end is tested on its own.
const OPEN = '2026-12-31';

const status = (participants: Participant[]): Status => ({ asOf: '2025-11-16', hanoiSignatories: { count: 72, source: 'https://example.org' }, participants, domesticSteps: [] });

describe('status news in the feeds', () => {
  it('announces each deposited instrument with the running count', () => {
    const entries = statusEntries(status([deposited('VN', '2026-12-01'), deposited('EU', '2026-12-02'), deposited('FR', '2026-12-03')]), 'en', OPEN);
    expect(entries.map((e) => [e.title, e.published])).toEqual([
      ['Viet Nam: instrument of ratification deposited', '2026-12-01'],
      ['European Union: instrument of ratification deposited', '2026-12-02'],
      ['France: instrument of ratification deposited', '2026-12-03'],
    ]);
    // The EU's instrument does not count toward the 40 (Article 65(1)).
    expect(entries.map((e) => e.summary.match(/needed for entry into force: (\d+)/)?.[1])).toEqual(['1', '1', '2']);
    expect(entries[0].url).toBe('http://localhost:3000/en/status/#instrument-vn');
  });

  it('announces entry into force when the 40th instrument is in, and not before', () => {
    const thirtyNine = STATES.slice(0, 39).map((code) => deposited(code, '2027-01-04'));
    expect(statusEntries(status(thirtyNine), 'vi', OPEN).some((e) => e.url.endsWith('#entry-into-force-heading'))).toBe(false);
    const forty = [...thirtyNine, deposited(STATES[39], '2027-02-01')];
    const last = statusEntries(status(forty), 'vi', OPEN).at(-1)!;
    expect(last.title).toBe('Công ước có hiệu lực từ ngày 2 tháng 5 năm 2027');
    expect(last.published).toBe('2027-02-01');
  });

  it('announces the end of signature from 1 January 2027, and not on 31 December 2026', () => {
    const signed = status([{ code: 'VN', signed: { date: '2025-10-25' }, source: 'https://example.org/s' }]);
    expect(statusEntries(signed, 'en', '2026-12-31')).toEqual([]);
    const [closed] = statusEntries(signed, 'en', '2027-01-01');
    expect(closed).toMatchObject({ title: 'Signature of the Convention closed on 31 December 2026', published: '2027-01-01', url: 'http://localhost:3000/en/status/#signature-period' });
    expect(closed.summary).toContain('can still join it by accession');
    expect(statusEntries(signed, 'vi', '2027-01-01')[0].title).toBe('Công ước đã hết thời hạn ký vào ngày 31 tháng 12 năm 2026');
  });

  it('carries the day of the last comparison with UNTC that found no change, dated by the evidence, once there is one', () => {
    const compared: Status = { ...status([{ code: 'VN', signed: { date: '2025-10-25' }, source: 'https://example.org/s' }]), signaturesKnownTo: '2025-11-19', lastCompared: '2026-12-02' };
    expect(statusEntries(compared, 'en', OPEN)).toEqual([
      {
        title: 'The status of the Convention as recorded by the UN Treaty Collection on 16 November 2025',
        url: 'http://localhost:3000/en/status/',
        summary:
          'Status as recorded by the UN Treaty Collection on 16 November 2025. Signatures made since are known to this site up to 19 November 2025, from other sources; later ones are not. Compared with the UN Treaty Collection on 2 December 2026: no change.',
        published: '2025-11-16',
        updated: '2025-11-16',
      },
    ]);
    expect(statusEntries(compared, 'vi', OPEN)[0].summary).toMatch(/Đã đối chiếu với UNTC ngày 2 tháng 12 năm 2026: không có thay đổi\.$/);
  });

  it('has no status news while no instrument is deposited and no comparison has found the status unchanged', () => {
    expect(statusEntries(status([{ code: 'VN', signed: { date: '2025-10-25' }, source: 'https://example.org/s' }]), 'en', OPEN)).toEqual([]);
  });
});

describe('buildFeed', () => {
  it('lists articles and status news newest first, dated by their last change', () => {
    const articles = loadContent(FIXTURE_DIR, { today: '2025-08-01' }).articles.en.map(articleEntry);
    const news = statusEntries(status([deposited('VN', '2025-07-01')]), 'en', OPEN);
    const feed = JSON.parse(buildFeed('en', [...articles, ...news]).json1());
    expect(feed.items.map((item: { title: string; date_modified: string }) => [item.title, item.date_modified.slice(0, 10)])).toEqual([
      ['Later news', '2025-08-15'],
      ['Viet Nam: instrument of ratification deposited', '2025-07-01'],
      ['First steps', '2025-01-10'],
    ]);
  });

  it('makes site links in article HTML absolute for feed readers', () => {
    const first = loadContent(FIXTURE_DIR, { today: '2025-08-01' }).articles.en.find((a) => a.slug === 'first-steps')!;
    expect(articleEntry(first).html).toContain('href="http://localhost:3000/en/articles/later-news/"');
  });
});
