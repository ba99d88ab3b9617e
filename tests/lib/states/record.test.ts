import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DomesticStep, Participant, Status } from '@/lib/schema';
import { joinableCodes } from '@/lib/states/names';
import {
  articlesConcerning,
  eventsConcerning,
  nextStep,
  recordDate,
  recordEntries,
  stateAnswer,
  stateAnswerPlain,
  stateRecord,
  stateRecords,
} from '@/lib/states/record';
import type { TimelineEntry } from '@/lib/timeline/entries';

const UNTC = 'https://example.org/untc';
const NL = 'https://example.org/nl';

const atHanoi = (code: string): Participant => ({ code, signed: { date: '2025-10-25', endDate: '2025-10-26' }, source: NL });

/** A step at home, as content/status.md records one. */
const step = (date: string, en: string): DomesticStep => ({ date, step: { en, vi: `${en} (vi)` }, source: `https://example.org/${date}` });

/**
 * One of each: a Party that signed at Hanoi (Sweden), the EU with an instrument a day before it (not
 * counted), a signatory known only to the two days of the ceremony (Laos), one on its second day
 * (Mali), one at Headquarters with a note (Mauritius), a State that joined by accession (Norway), and
 * a State with steps at home but no signature (Kenya), its steps written newest first.
 */
const status: Status = {
  asOf: '2025-11-16',
  signaturesKnownTo: '2025-11-19',
  hanoiSignatories: { count: 72, source: UNTC },
  participants: [
    { ...atHanoi('SE'), instrument: { type: 'approval', date: '2026-06-02', source: UNTC } },
    { ...atHanoi('EU'), instrument: { type: 'approval', date: '2026-06-01', source: UNTC } },
    atHanoi('LA'),
    { code: 'ML', signed: { date: '2025-10-26' }, source: NL },
    { code: 'MU', signed: { date: '2025-11-19' }, source: NL, note: { en: 'Day of signature per the Dutch treaty database', vi: 'Ngày ký theo cơ sở dữ liệu điều ước của Hà Lan' } },
    { code: 'NO', instrument: { type: 'accession', date: '2026-09-30', source: UNTC } },
  ],
  domesticSteps: [{ code: 'KE', steps: [step('2026-02-23', 'The President signs the law'), step('2026-02-10', 'The parliament adopts the law')] }],
};

const record = (code: string) => stateRecord(code, status);

describe('stateRecord', () => {
  it('makes a State that deposited an instrument a Party, numbered as Article 65(1) counts it', () => {
    expect(record('SE')).toEqual({
      code: 'SE',
      standing: 'party',
      signature: { date: '2025-10-25', endDate: '2025-10-26', source: NL, place: 'hanoi' },
      instrument: { code: 'SE', type: 'approval', date: '2026-06-02', source: UNTC, number: 1 },
      steps: [],
      note: undefined,
    });
  });

  it('keeps a signature known only to the two days of the Hanoi ceremony as the two days, signed at Hanoi', () => {
    expect(record('LA')).toMatchObject({ standing: 'signatory', signature: { date: '2025-10-25', endDate: '2025-10-26', place: 'hanoi' }, instrument: undefined });
    expect(record('ML').signature).toEqual({ date: '2025-10-26', source: NL, place: 'hanoi' });
  });

  it('places a signature after the ceremony at UN Headquarters, with its note', () => {
    expect(record('MU')).toMatchObject({ standing: 'signatory', signature: { date: '2025-11-19', place: 'headquarters' }, note: { en: 'Day of signature per the Dutch treaty database' } });
    const dayAfter = stateRecord('FR', { ...status, participants: [{ code: 'FR', signed: { date: '2025-10-27' }, source: NL }] });
    expect(dayAfter.signature?.place).toBe('headquarters');
  });

  it('finds nothing for a State the file does not list: not signed, no instrument, no steps', () => {
    expect(record('DE')).toEqual({ code: 'DE', standing: 'not-signed', signature: undefined, instrument: undefined, steps: [], note: undefined });
  });

  it('makes the EU a Party by its instrument, which has no number: it is not counted', () => {
    const eu = record('EU');
    expect(eu.standing).toBe('party');
    expect(eu.instrument).toMatchObject({ type: 'approval', date: '2026-06-01' });
    expect(eu.instrument?.number).toBeUndefined();
  });

  it('makes a State that acceded without signing a Party with no signature', () => {
    expect(record('NO')).toMatchObject({ standing: 'party', signature: undefined, instrument: { type: 'accession', number: 2 } });
  });

  it('lists a State’s steps at home oldest first, without a signature, and leaves the file’s order alone', () => {
    const kenya = record('KE');
    expect(kenya.standing).toBe('not-signed');
    expect(kenya.signature).toBeUndefined();
    expect(kenya.steps.map((s) => s.date)).toEqual(['2026-02-10', '2026-02-23']);
    expect(status.domesticSteps[0].steps.map((s) => s.date)).toEqual(['2026-02-23', '2026-02-10']);
  });

  it('gives each step an anchor of its own by its day, which a later step of another day does not move', () => {
    expect(record('KE').steps.map((s) => s.anchor)).toEqual(['step-2026-02-10', 'step-2026-02-23']);
    const sameDay: Status = { ...status, domesticSteps: [{ code: 'KE', steps: [step('2026-02-10', 'A'), step('2026-02-10', 'B'), step('2026-01-05', 'C')] }] };
    expect(stateRecord('KE', sameDay).steps.map((s) => [s.anchor, s.step.en])).toEqual([
      ['step-2026-01-05', 'C'],
      ['step-2026-02-10', 'A'],
      ['step-2026-02-10-2', 'B'],
    ]);
  });
});

describe('stateRecords', () => {
  const records = stateRecords(status);

  it('has one record for each of the 196 States and organizations that can join, in code order', () => {
    expect(records).toHaveLength(196);
    expect(records.map((r) => r.code)).toEqual(joinableCodes);
  });

  it('gives each the record stateRecord gives it', () => {
    for (const code of ['SE', 'EU', 'LA', 'MU', 'NO', 'KE', 'DE']) expect(records.find((r) => r.code === code)).toEqual(record(code));
    expect(records.filter((r) => r.standing !== 'not-signed').map((r) => r.code)).toEqual(['EU', 'LA', 'ML', 'MU', 'NO', 'SE']);
  });
});

describe('nextStep, on each side of the end of signature (31 December 2026)', () => {
  it.each([
    ['a State that has not signed', 'DE', 'sign-or-accede', 'accede'],
    ['a State with steps at home but no signature', 'KE', 'sign-or-accede', 'accede'],
    ['a signatory', 'MU', 'ratify', 'ratify'],
    ['a Party', 'SE', 'party', 'party'],
    ['a Party by accession', 'NO', 'party', 'party'],
  ])('%s: %s', (_case, code, onLastDay, onFirstDayAfter) => {
    expect(nextStep(record(code), '2026-12-31')).toBe(onLastDay);
    expect(nextStep(record(code), '2027-01-01')).toBe(onFirstDayAfter);
  });
});

const article = (slug: string, date: string): TimelineEntry['article'] => ({ slug, title: slug, publication: 'published', date });

const event = (id: string, date: string, participants: string[] | undefined, from = article('news', '2026-03-01')): TimelineEntry => ({
  id,
  date,
  title: id,
  source: UNTC,
  key: false,
  participants,
  citationPage: 1,
  article: from,
});

describe('eventsConcerning and articlesConcerning', () => {
  const ceremony = article('ceremony', '2026-11-22');
  const timeline = [
    event('adoption', '2024-12-24', undefined),
    event('signing', '2025-10-25', ['VN', 'EU'], ceremony),
    event('reception', '2025-11-17', ['VN', 'AT']),
    event('vote', '2026-02-10', ['AZ']),
    event('seminar', '2026-01-26', ['VN'], ceremony),
  ];

  it('keeps the events whose participants name the State, in the timeline’s order', () => {
    expect(eventsConcerning(timeline, 'VN').map((e) => e.id)).toEqual(['signing', 'reception', 'seminar']);
    expect(eventsConcerning(timeline, 'AT').map((e) => e.id)).toEqual(['reception']);
    expect(eventsConcerning(timeline, 'DE')).toEqual([]);
  });

  it('lists the articles that tell them once each, newest first', () => {
    expect(articlesConcerning(eventsConcerning(timeline, 'VN')).map((a) => a.slug)).toEqual(['ceremony', 'news']);
    expect(articlesConcerning([])).toEqual([]);
  });

  it('orders articles of the same day by slug', () => {
    const sameDay = [event('a', '2025-01-01', ['VN'], article('zeta', '2026-01-01')), event('b', '2025-01-02', ['VN'], article('alpha', '2026-01-01'))];
    expect(articlesConcerning(sameDay).map((a) => a.slug)).toEqual(['alpha', 'zeta']);
  });
});

describe('recordDate', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is the last day the evidence covers, never the day of the build', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-05-05T12:00:00Z'));
    expect(recordDate(record('DE'), status)).toBe('2025-11-19');
    expect(recordDate(record('DE'), { ...status, signaturesKnownTo: undefined })).toBe('2025-11-16');
  });

  it('moves to the last comparison with UNTC, and to a State’s later step at home', () => {
    expect(recordDate(record('DE'), { ...status, lastCompared: '2026-12-02' })).toBe('2026-12-02');
    expect(recordDate(record('KE'), status)).toBe('2026-02-23');
    const later = { ...status, domesticSteps: [{ code: 'KE', steps: [...status.domesticSteps[0].steps, step('2026-05-04', 'Deposit prepared')] }] };
    expect(recordDate(stateRecord('KE', later), later)).toBe('2026-05-04');
    // Another State's steps do not move it.
    expect(recordDate(stateRecord('DE', later), later)).toBe('2025-11-19');
  });
});

describe('recordEntries', () => {
  it('gives a Party’s signature and instrument their anchors, in that order, the instrument counted', () => {
    expect(recordEntries(record('SE'), 'en')).toEqual([
      { anchor: 'signature', action: 'Signed at the Hanoi ceremony', date: '2025-10-25', endDate: '2025-10-26', source: NL, detail: undefined },
      {
        anchor: 'instrument',
        action: 'Instrument of approval deposited with the UN Secretary-General',
        date: '2026-06-02',
        source: UNTC,
        detail: 'Number 1 of the 40 instruments that bring the Convention into force.',
      },
    ]);
  });

  it('says the EU’s instrument is not counted in addition to its members’', () => {
    const [, instrument] = recordEntries(record('EU'), 'en');
    expect(instrument.detail).toBe('Not counted in addition to those of the EU’s member States (Article 65(1)).');
    expect(recordEntries(record('EU'), 'vi')[1].detail).toBe('Không được tính thêm vào văn kiện của các nước thành viên EU (khoản 1 Điều 65).');
  });

  it('names a signature at Headquarters with the row’s note, in the page’s language', () => {
    expect(recordEntries(record('MU'), 'en')).toEqual([
      { anchor: 'signature', action: 'Signed at UN Headquarters, New York', date: '2025-11-19', endDate: undefined, source: NL, detail: 'Day of signature per the Dutch treaty database' },
    ]);
    expect(recordEntries(record('MU'), 'vi')[0]).toMatchObject({ action: 'Ký tại trụ sở Liên Hợp Quốc, New York', detail: 'Ngày ký theo cơ sở dữ liệu điều ước của Hà Lan' });
  });

  it('has only the instrument for an accession, and nothing for a State that has not signed, steps or not', () => {
    expect(recordEntries(record('NO'), 'vi').map((e) => [e.anchor, e.action])).toEqual([['instrument', 'Nộp lưu chiểu văn kiện gia nhập cho Tổng Thư ký Liên Hợp Quốc']]);
    expect(recordEntries(record('DE'), 'en')).toEqual([]);
    expect(recordEntries(record('KE'), 'en')).toEqual([]);
  });
});

describe('stateAnswer and stateAnswerPlain', () => {
  const plain = (code: string, lang: 'en' | 'vi', from: Status = status) => stateAnswerPlain(stateAnswer(stateRecord(code, from), from, lang), lang);

  it('answers for a Party with its instrument and its day', () => {
    expect(stateAnswer(record('SE'), status, 'en')).toEqual({
      template: 'stateAnswerParty',
      name: 'Sweden',
      type: 'approval',
      date: expect.objectContaining({ date: '2026-06-02' }),
      asOf: '2025-11-16',
    });
    expect(plain('SE', 'en')).toBe('Sweden is a Party to the Convention: it deposited its instrument of approval with the UN Secretary-General on 2 June 2026.');
  });

  it('answers for a signatory at Hanoi with the two days and the UNTC status it rests on', () => {
    expect(stateAnswer(record('LA'), status, 'en')).toMatchObject({ template: 'stateAnswerSignedHanoi', date: { date: '2025-10-25', endDate: '2025-10-26' }, asOf: '2025-11-16' });
    expect(plain('LA', 'en')).toBe(
      "The Lao People's Democratic Republic signed the Convention in Hanoi on 25–26 October 2025. It is not yet a Party: no instrument of ratification, acceptance or approval is recorded in the UN Treaty Collection’s status of 16 November 2025.",
    );
  });

  it('answers for a signatory at Headquarters', () => {
    expect(plain('MU', 'en')).toBe(
      'Mauritius signed the Convention at UN Headquarters in New York on 19 November 2025. It is not yet a Party: no instrument of ratification, acceptance or approval is recorded in the site’s sources.',
    );
  });

  it('answers for a State that has not signed with the day the sources run to, the latest of the evidence', () => {
    expect(stateAnswer(record('DE'), status, 'en')).toMatchObject({ template: 'stateAnswerNotSigned', name: 'Germany', date: { date: '2025-11-19' } });
    expect(plain('DE', 'en')).toBe('Germany is not among the signatories in the site’s sources, which run to 19 November 2025, and has deposited no instrument.');
    expect(plain('DE', 'en', { ...status, signaturesKnownTo: undefined })).toContain('which run to 16 November 2025');
  });

  it('writes “The European Union” at the start of the English sentence, and the article inside it', () => {
    const signedEu: Status = { ...status, participants: [atHanoi('EU')] };
    expect(plain('EU', 'en', signedEu)).toMatch(/^The European Union signed the Convention in Hanoi on 25–26 October 2025\. /);
    expect(plain('PH', 'en')).toMatch(/^The Philippines is not among the signatories/);
    expect(stateAnswer(record('GB'), status, 'en').name).toBe('The United Kingdom');
    expect(stateAnswer(record('GB'), status, 'vi').name).toBe('Vương quốc Anh');
  });

  it('answers in Vietnamese, without an article, dates written the Vietnamese way', () => {
    const signedVn: Status = { ...status, participants: [{ code: 'VN', signed: { date: '2025-10-25' }, source: NL }] };
    expect(plain('VN', 'vi', signedVn)).toBe(
      'Việt Nam đã ký Công ước tại Hà Nội ngày 25 tháng 10 năm 2025, nhưng chưa là thành viên: tình trạng Công ước trên UNTC ngày 16 tháng 11 năm 2025 chưa ghi nhận văn kiện phê chuẩn, chấp thuận hay phê duyệt nào.',
    );
    expect(plain('SE', 'vi')).toBe('Thụy Điển là thành viên của Công ước: đã nộp lưu chiểu văn kiện phê duyệt cho Tổng Thư ký Liên Hợp Quốc ngày 2 tháng 6 năm 2026.');
    expect(plain('EU', 'vi', { ...status, participants: [] })).toBe(
      'Liên minh châu Âu không có trong danh sách các bên đã ký theo các nguồn của trang web này (cập nhật đến ngày 19 tháng 11 năm 2025) và chưa nộp lưu chiểu văn kiện nào.',
    );
  });
});
