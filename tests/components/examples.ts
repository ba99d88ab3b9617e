import type { ConventionContentsProps } from '@/components/convention-contents';
import { articleRanges } from '@/lib/convention/structure';
import type { KeyFact } from '@/lib/key-facts';
import type { TimelineEntry } from '@/lib/timeline/entries';
import type { Publisher } from '@/lib/web/publisher';

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

/** The Convention's structure in small: Chapters I and II share their articles (the boundary is not verified), and Articles 64 and 65 are in the last chapter. */
export const convention: Omit<ConventionContentsProps, 'lang'> = {
  ranges: articleRanges([
    { title: { en: 'General provisions', vi: 'Quy định chung' }, sources: ['https://antoanthongtin.vn/a'] },
    { title: { en: 'Criminalization', vi: 'Hình sự hóa' }, lastArticle: 21, sources: ['https://antoanthongtin.vn/a', 'https://vietnamnet.vn/b'] },
    { title: { en: 'Jurisdiction', vi: 'Quyền tài phán' }, lastArticle: 22, sources: ['https://antoanthongtin.vn/a'] },
    { title: { en: 'Final provisions', vi: 'Điều khoản cuối cùng' }, lastArticle: 68, sources: ['https://treaties.un.org/status'] },
  ]),
  sources: ['https://antoanthongtin.vn/a', 'https://www.unodc.org/convention'],
  interpretativeNotes: { text: { en: 'Notes come with it.', vi: 'Kèm theo là các ghi chú.' }, sources: ['https://vietnamnet.vn/b'] },
  explainer: { title: 'Articles 64 and 65', href: '/en/articles/article-64/' },
  explainers: [{ title: 'The debate', href: '/en/articles/scope-and-debate/' }],
  terms: [{ title: 'Instrument', href: '/en/glossary/#instrument' }],
};

/** Who publishes the site (see `publisherFrom`): a name only, a contact only, both (the repository's issues). */
export const publishers: Record<'nameOnly' | 'contactOnly' | 'both', Publisher> = {
  nameOnly: { name: 'Example Newsroom' },
  contactOnly: { contact: { href: 'mailto:corrections@example.org', text: 'corrections@example.org' } },
  both: { name: 'Example Newsroom', contact: { href: 'https://github.com/team/site/issues', text: 'github.com/team/site/issues' } },
};

/** Social cards (SocialCard): a short English title, and a long Vietnamese one that gets the smaller size. */
export const socialCards = {
  short: { siteName: 'Hanoi Convention Guide', title: 'The General Assembly adopts the Convention', date: '24 December 2024', independence: 'An independent guide, not an official UN or government site' },
  longVietnamese: {
    siteName: 'Hướng dẫn Công ước Hà Nội',
    title: 'Công ước của Liên Hợp Quốc về chống tội phạm mạng được mở ký tại Hà Nội: những quốc gia đã ký và bước tiếp theo',
    date: '25 tháng 10, 2025',
    independence: 'Trang độc lập, không phải trang chính thức của Liên Hợp Quốc hay chính phủ',
  },
};
