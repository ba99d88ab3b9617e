import type { Participant, Status } from '@/lib/schema';
import { stateRecord } from '@/lib/states/record';
import { statusOverview } from '@/lib/status/rules';
import type { TimelineEntry } from '@/lib/timeline/entries';
import { days, fortyInstruments } from './status-examples';

/* Named examples for the State pages' components, GOV.UK style: each shows one State's situation. */

const UNTC = 'https://treaties.un.org/status';
const NL = 'https://verdragen.nl/x';

const atHanoi = (code: string): Participant => ({ code, signed: { date: '2025-10-25', endDate: '2025-10-26' }, source: NL });

/**
 * One State in each situation: Sweden a Party, the EU with an instrument that is not counted, Laos
 * signed during the ceremony's two days, Mauritius at Headquarters (with a note), Norway a Party by
 * accession, Azerbaijan signed with two steps at home, and every other State (Germany) nothing.
 */
export const stateStatus: Status = {
  asOf: '2025-11-16',
  signaturesKnownTo: '2025-11-19',
  hanoiSignatories: { count: 72, source: UNTC },
  participants: [
    { ...atHanoi('SE'), instrument: { type: 'approval', date: '2026-06-02', source: UNTC } },
    { ...atHanoi('EU'), instrument: { type: 'approval', date: '2026-06-01', source: UNTC } },
    atHanoi('LA'),
    { code: 'MU', signed: { date: '2025-11-19' }, source: NL, note: { en: 'Day of signature per the Dutch treaty database', vi: 'Ngày ký theo cơ sở dữ liệu điều ước của Hà Lan' } },
    { code: 'NO', instrument: { type: 'accession', date: '2026-09-30', source: UNTC } },
    { code: 'AZ', signed: { date: '2025-10-25' }, source: UNTC },
  ],
  domesticSteps: [
    {
      code: 'AZ',
      steps: [
        {
          date: '2026-02-10',
          step: { en: 'The parliament (Milli Majlis) adopts the law approving the Convention', vi: 'Quốc hội (Milli Majlis) thông qua luật phê chuẩn Công ước theo thủ tục trong nước' },
          source: 'https://www.trend.az/azerbaijan/politics/4151684.html',
        },
        {
          date: '2026-02-23',
          step: { en: 'President Ilham Aliyev signs the law approving the Convention', vi: 'Tổng thống Ilham Aliyev ký ban hành luật phê chuẩn Công ước' },
          source: 'https://www.trend.az/azerbaijan/politics/4156490.html',
        },
      ],
    },
  ],
};

export const records = {
  party: stateRecord('SE', stateStatus),
  eu: stateRecord('EU', stateStatus),
  signedAtHanoi: stateRecord('LA', stateStatus),
  signedAtHeadquarters: stateRecord('MU', stateStatus),
  acceded: stateRecord('NO', stateStatus),
  withSteps: stateRecord('AZ', stateStatus),
  notSigned: stateRecord('DE', stateStatus),
};

/** The count toward entry into force for the State pages: before the 40th instrument, and after it. */
export const stateOverviews = {
  beforeForty: statusOverview(stateStatus, days.signatureOpen),
  afterForty: statusOverview(fortyInstruments, days.signatureClosed),
};

const afterHanoi = { slug: 'after-hanoi', title: 'After Hanoi: the road to 40', publication: 'published' as const, date: '2026-11-22' };
const ceremony = { slug: 'hanoi-signing-ceremony', title: 'The Hanoi signing ceremony', publication: 'published' as const, date: '2026-11-20' };

/** Timeline events that concern Viet Nam, told by two articles (see `eventsConcerning`, `articlesConcerning`). */
export const vietNamEvents: TimelineEntry[] = [
  { id: 'hanoi-signing-ceremony', date: '2025-10-25', endDate: '2025-10-26', title: 'Signing ceremony in Hanoi', source: UNTC, key: true, participants: ['VN'], citationPage: 1, article: ceremony },
  { id: 'new-york-reception', date: '2025-11-17', title: 'Round table in New York on entry into force', source: UNTC, key: false, participants: ['VN', 'AT'], citationPage: 1, article: afterHanoi },
];
