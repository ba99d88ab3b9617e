// @vitest-environment jsdom
// jsdom for its DOMParser: strict XML 1.0, as feed readers parse (as in tests/lib/injection-outputs.test.ts).
import { describe, expect, it, vi } from 'vitest';
import { loadContent } from '@/lib/content';
import { articleEntry, buildFeed, stateChannel, stateEntries, statusEntries } from '@/lib/outputs/feeds';
import type { Participant, Status } from '@/lib/schema';
import { stateRecord } from '@/lib/states/record';
import type { TimelineEntry } from '@/lib/timeline/entries';
import { FIXTURE_DIR } from '../content-dir';

const parseXml = (xml: string) => new DOMParser().parseFromString(xml, 'application/xml');

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

describe('a State’s own feed', () => {
  const UNTC = 'https://example.org/untc';
  const azerbaijan: Status = {
    ...status([{ code: 'AZ', signed: { date: '2025-10-25' }, source: 'https://example.org/s', instrument: { type: 'ratification', date: '2026-03-02', source: UNTC } }]),
    domesticSteps: [
      {
        code: 'AZ',
        steps: [
          { date: '2026-02-23', step: { en: 'The President signs the law', vi: 'Tổng thống ký ban hành luật' }, source: 'https://example.org/law' },
          { date: '2026-02-10', step: { en: 'The parliament adopts the law', vi: 'Quốc hội thông qua luật' }, source: 'https://example.org/vote' },
        ],
      },
    ],
  };
  const record = stateRecord('AZ', azerbaijan);
  const told = { slug: 'after-hanoi', title: 'After Hanoi', publication: 'published' as const, date: '2026-11-22' };
  const events: TimelineEntry[] = [
    { id: 'vote', date: '2026-02-10', title: 'Parliament votes', source: UNTC, key: false, participants: ['AZ'], citationPage: 1, article: told },
    { id: 'talks', date: '2026-01', title: 'Talks in Vienna', source: UNTC, key: false, participants: ['AZ'], citationPage: 1, article: told },
  ];
  const page = 'http://localhost:3000/en/status/az/';

  it('has the signature, the instrument, each step at home and each event, each linking to its place', () => {
    expect(stateEntries(record, events, 'en')).toEqual([
      { title: 'Azerbaijan: Signed at the Hanoi ceremony', url: `${page}#signature`, summary: '25 October 2025', published: '2025-10-25', updated: '2025-10-25' },
      {
        title: 'Azerbaijan: Instrument of ratification deposited with the UN Secretary-General',
        url: `${page}#instrument`,
        summary: '2 March 2026. Number 1 of the 40 instruments that bring the Convention into force.',
        published: '2026-03-02',
        updated: '2026-03-02',
      },
      {
        title: 'Azerbaijan: The parliament adopts the law',
        url: `${page}#step-2026-02-10`,
        summary: 'A step at home on 10 February 2026, not a deposit with the United Nations.',
        published: '2026-02-10',
        updated: '2026-02-10',
      },
      {
        title: 'Azerbaijan: The President signs the law',
        url: `${page}#step-2026-02-23`,
        summary: 'A step at home on 23 February 2026, not a deposit with the United Nations.',
        published: '2026-02-23',
        updated: '2026-02-23',
      },
      { title: 'Parliament votes', url: 'http://localhost:3000/en/timeline/#vote', summary: '10 February 2026. After Hanoi', published: '2026-02-10', updated: '2026-02-10' },
      // Known only to the month: dated by the article that tells it, never by a day the sources do not give.
      { title: 'Talks in Vienna', url: 'http://localhost:3000/en/timeline/#talks', summary: 'January 2026. After Hanoi', published: '2026-11-22', updated: '2026-11-22' },
    ]);
  });

  it('gives every entry its own address, which feed readers take as its id', () => {
    const urls = stateEntries(record, events, 'vi').map((entry) => entry.url);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('dates a signature known only to the ceremony’s two days by the second, and names both', () => {
    const [signature] = stateEntries(stateRecord('EU', status([{ code: 'EU', signed: { date: '2025-10-25', endDate: '2025-10-26' }, source: UNTC }])), [], 'en');
    expect(signature).toMatchObject({ title: 'European Union: Signed at the Hanoi ceremony', summary: '25 October 2025–26 October 2025', published: '2025-10-26' });
  });

  it('speaks Vietnamese on Vietnamese pages', () => {
    const entries = stateEntries(record, events, 'vi');
    expect(entries.map((entry) => entry.title).slice(0, 3)).toEqual([
      'Azerbaijan: Ký tại Lễ mở ký ở Hà Nội',
      'Azerbaijan: Nộp lưu chiểu văn kiện phê chuẩn cho Tổng Thư ký Liên Hợp Quốc',
      'Azerbaijan: Quốc hội thông qua luật',
    ]);
    expect(entries[2].summary).toBe('Một bước trong nước ngày 10 tháng 2 năm 2026, chưa phải là việc nộp lưu chiểu cho Liên Hợp Quốc.');
  });

  it('is empty for a State with nothing recorded and no event', () => {
    expect(stateEntries(stateRecord('DE', azerbaijan), [], 'en')).toEqual([]);
  });

  it('has the State’s page as its channel and its Atom file as its only format', () => {
    expect(stateChannel('EU', 'en', '2025-11-19')).toEqual({
      title: 'The European Union and the Convention: changes',
      description: 'Hanoi Convention Guide: The European Union and the Convention',
      link: 'http://localhost:3000/en/status/eu/',
      feedLinks: { atom: 'http://localhost:3000/en/status/eu/atom.xml' },
      asOf: '2025-11-19',
    });
    expect(stateChannel('VN', 'vi', '2025-11-19')).toMatchObject({ title: 'Việt Nam và Công ước: các thay đổi', link: 'http://localhost:3000/vi/status/vn/' });
  });

  it('builds an Atom feed an XML parser reads: its title, its own address, and the entries newest first', () => {
    const xml = parseXml(buildFeed('en', stateEntries(record, events, 'en'), stateChannel('AZ', 'en', '2026-02-23')).atom1());
    expect(xml.getElementsByTagName('parsererror')).toHaveLength(0);
    const feed = xml.documentElement;
    expect(feed.tagName).toBe('feed');
    expect(feed.querySelector(':scope > title')?.textContent).toBe('Azerbaijan and the Convention: changes');
    expect(feed.querySelector(':scope > id')?.textContent).toBe(page);
    expect(feed.querySelector(':scope > link[rel="self"]')?.getAttribute('href')).toBe(`${page}atom.xml`);
    expect(feed.querySelector(':scope > updated')?.textContent).toBe('2026-11-22T00:00:00.000Z');
    const entries = [...feed.getElementsByTagName('entry')];
    expect(entries.map((entry) => entry.querySelector('title')?.textContent)).toEqual([
      'Talks in Vienna',
      'Azerbaijan: Instrument of ratification deposited with the UN Secretary-General',
      'Azerbaijan: The President signs the law',
      'Azerbaijan: The parliament adopts the law',
      'Parliament votes',
      'Azerbaijan: Signed at the Hanoi ceremony',
    ]);
    const ids = entries.map((entry) => entry.querySelector('id')?.textContent);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('dates a feed with no entry by the last day its page rests on, never by the day of the build', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-05-05T12:00:00Z'));
    try {
      const xml = parseXml(buildFeed('en', [], stateChannel('DE', 'en', '2025-11-19')).atom1());
      expect(xml.getElementsByTagName('entry')).toHaveLength(0);
      expect(xml.documentElement.querySelector(':scope > updated')?.textContent).toBe('2025-11-19T00:00:00.000Z');
    } finally {
      vi.useRealTimers();
    }
  });
});
