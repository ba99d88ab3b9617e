import type { KeyFact } from '@/lib/key-facts';
import type { TimelineEntry } from '@/lib/timeline/entries';

/* Named examples shared by the component tests, GOV.UK style: each shows one option of a component. */

export const keyFacts: KeyFact[] = [
  {
    id: 'adopted',
    label: 'Adopted',
    date: '2024-12-24',
    detail: 'Resolution 79/243, without a vote',
    source: 'https://press.un.org/en/2024/ga12671.doc.htm',
  },
  {
    id: 'ceremony',
    label: 'Opened for signature',
    value: 'Hanoi',
    date: '2025-10-25',
    endDate: '2025-10-26',
    source: 'https://treaties.un.org/status',
  },
  {
    id: 'parties',
    label: 'Ratifications',
    value: 'None verified',
    asOf: '2026-11',
    source: 'https://treaties.un.org/status',
  },
];

export const timeline: TimelineEntry[] = [
  {
    id: 'committee-created',
    date: '2019-12-27',
    title: 'Committee created',
    source: 'https://www.unodc.org/ahc',
    key: true,
    citationPage: 1,
    article: { slug: 'adoption', title: 'The adoption', publication: 'published', date: '2026-11-22' },
  },
  {
    id: 'third-committee',
    date: '2024-11',
    title: 'Third Committee approves the draft',
    source: 'https://press.un.org/en/2024/gashc4428.doc.htm',
    key: false,
    citationPage: 1,
    article: { slug: 'adoption', title: 'The adoption', publication: 'published', date: '2026-11-22' },
  },
  {
    id: 'ceremony',
    date: '2025-10-25',
    endDate: '2025-10-26',
    title: 'Signing ceremony in Hanoi',
    source: 'https://news.un.org/en/story/2025/10/1166182',
    key: true,
    citationPage: 1,
    article: { slug: 'ceremony', title: 'The ceremony', publication: 'draft', date: '2026-11-22', lastUpdated: '2026-12-01' },
  },
];
