/*
 * Synthetic bilingual content for `npm run bench`: the real content folder plus N made-up articles
 * per language, shaped like real ones (front matter with two timeline events, about 800 words with
 * headings, a list, links, a table and a long identifier). Seeded, so every run builds the same site
 * and two runs can be compared. Written to a folder the caller chooses, never into content/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { articleFile } from '../../lib/content/articles';
import type { Lang } from '../../lib/i18n';

/** No synthetic article or event is dated after this day, so none is "scheduled" when the bench runs. */
export const LATEST_DATE = '2026-11-30';

/** The file name (and URL slug) of the synthetic article number `index` (from 0). */
export function syntheticSlug(index: number): string {
  return `bench-article-${String(index + 1).padStart(4, '0')}`;
}

/** mulberry32: a tiny seeded generator; Math.random would make every run a different site. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)];
const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));

/** Fisher–Yates, so the order depends only on the seed. */
function shuffle<T>(random: Random, list: T[]): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = between(random, 0, i);
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}

const DAY = 86_400_000;
/** A day from `from` to `to` (both YYYY-MM-DD), as YYYY-MM-DD. */
function dayBetween(random: Random, from: string, to: string): string {
  const days = (Date.parse(to) - Date.parse(from)) / DAY;
  return new Date(Date.parse(from) + between(random, 0, days) * DAY).toISOString().slice(0, 10);
}

// Words only, no facts: this text never leaves the temporary folder. A few glossary forms
// ("signature", "ratification", "phê chuẩn", "mở ký") are in, so term linking does real work.
const WORDS: Record<Lang, readonly string[]> = {
  en: `the convention states parties article signature ratification committee cooperation evidence electronic data
    offence procedure safeguards human rights assembly session text draft resolution member delegation
    negotiation provision scope criminal justice international instrument depositary secretary general
    report chapter paragraph measure access system computer network jurisdiction request assistance
    protection privacy review mechanism conference implementation technical support capacity building and
    of to in for with on by under after before within between each every its their this that`.split(/\s+/),
  vi: `công ước quốc gia thành viên điều khoản phê chuẩn mở ký ủy ban hợp tác chứng cứ điện tử dữ liệu tội phạm
    mạng thủ tục bảo đảm quyền con người đại hội đồng phiên họp văn bản dự thảo nghị quyết phái đoàn đàm phán
    quy định phạm vi tư pháp hình sự quốc tế văn kiện lưu chiểu tổng thư ký báo cáo chương khoản biện pháp
    truy cập hệ thống máy tính thẩm quyền yêu cầu hỗ trợ bảo vệ quyền riêng tư cơ chế rà soát hội nghị thực thi
    kỹ thuật năng lực và của cho trong với theo sau trước giữa mỗi các những này đó được đã sẽ`.split(/\s+/),
};

const HEADINGS: Record<Lang, readonly string[]> = {
  en: ['Background', 'What the text says', 'Who takes part', 'Figures at a glance', 'Open questions', 'What comes next', 'Procedure', 'Reactions'],
  vi: ['Bối cảnh', 'Nội dung văn bản', 'Các bên tham gia', 'Số liệu tóm tắt', 'Những vấn đề còn mở', 'Bước tiếp theo', 'Thủ tục', 'Phản ứng'],
};

const TABLE_HEADER: Record<Lang, string> = { en: '| Year | Instruments | Signatures |', vi: '| Năm | Văn kiện | Chữ ký |' };
const LINK_TEXT: Record<Lang, { source: string; article: string; event: string }> = {
  en: { source: 'the UNODC page', article: 'a related article', event: 'this date on the timeline' },
  vi: { source: 'trang của UNODC', article: 'một bài liên quan', event: 'mốc này trên dòng thời gian' },
};

const SOURCES = [
  'https://www.unodc.org/unodc/en/cybercrime/ad_hoc_committee/home',
  'https://treaties.un.org/doc/Publication/MTDSG/Volume%20II/Chapter%20XVIII/XVIII-16.en.xml',
  'https://press.un.org/en/2024/ga12671.doc.htm',
];

function sentence(random: Random, lang: Lang, words: number): string {
  const text = Array.from({ length: words }, () => pick(random, WORDS[lang])).join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

function paragraph(random: Random, lang: Lang, words: number): string {
  const sentences: string[] = [];
  for (let left = words; left > 0; ) {
    const length = Math.min(left, between(random, 8, 16));
    sentences.push(sentence(random, lang, length));
    left -= length;
  }
  return sentences.join(' ');
}

/** What the two translations of one article share: dates, event ids, link targets, table figures. */
type Plan = {
  slug: string;
  date: string;
  events: { id: string; date: string }[];
  related: string[];
  identifier: string;
  table: number[][];
  headings: number[];
};

function plan(index: number, count: number, random: Random): Plan {
  const slug = syntheticSlug(index);
  const first = dayBetween(random, '2019-01-01', '2025-12-31');
  const events = [
    { id: `${slug}-opening`, date: first },
    { id: `${slug}-follow-up`, date: dayBetween(random, first, LATEST_DATE) },
  ];
  // Links to other synthetic articles (a real one when there is no other), so link checks run at scale.
  const related = count > 1 ? [1, 2].map((step) => syntheticSlug((index + step * between(random, 1, 50)) % count)).filter((s) => s !== slug) : [];
  const headings = shuffle(random, [...HEADINGS.en.keys()]).slice(0, 6);
  const table = Array.from({ length: 4 }, (_, row) => [2022 + row, between(random, 0, 40), between(random, 10, 90)]);
  return {
    slug,
    date: dayBetween(random, '2025-01-01', LATEST_DATE),
    events,
    related: related.length > 0 ? related : ['adoption'],
    identifier: `C.N.${between(random, 100, 999)}.2025.TREATIES-XVIII.16`,
    table,
    headings,
  };
}

/** One article as markdown with front matter, in one language. `random` only varies the words. */
function articleText(p: Plan, lang: Lang, random: Random): string {
  const q = (text: string) => JSON.stringify(text);
  const links = LINK_TEXT[lang];
  const frontMatter = [
    '---',
    `title: ${q(sentence(random, lang, 7).slice(0, -1))}`,
    `summary: ${q(paragraph(random, lang, 30))}`,
    `date: ${p.date}`,
    'events:',
    ...p.events.flatMap((event, i) => [
      `  - id: ${event.id}`,
      `    date: ${event.date}`,
      `    title: ${q(sentence(random, lang, 9).slice(0, -1))}`,
      `    source: ${SOURCES[i % SOURCES.length]}`,
    ]),
    'sources:',
    `  - title: ${q(sentence(random, lang, 5).slice(0, -1))}`,
    `    url: ${SOURCES[2]}`,
    '---',
  ];
  // Six sections of about 110 words (plus the intro, list and table): about 800 words in all.
  const sections = p.headings.map((h, i) => {
    const parts = [`## ${HEADINGS[lang][h]}`, paragraph(random, lang, 55), paragraph(random, lang, 50)];
    if (i === 0) parts.push(`${sentence(random, lang, 10)} [${links.source}](${SOURCES[0]}).`);
    if (i === 1) parts.push(Array.from({ length: 5 }, () => `- ${sentence(random, lang, 8)}`).join('\n'));
    if (i === 2) parts.push([TABLE_HEADER[lang], '| --- | ---: | ---: |', ...p.table.map((row) => `| ${row.join(' | ')} |`)].join('\n'));
    if (i === 3) parts.push(`${sentence(random, lang, 9)} ${p.identifier}. ${sentence(random, lang, 9)}`);
    if (i === 4) parts.push(p.related.map((slug) => `${sentence(random, lang, 8)} [${links.article}](/${lang}/articles/${slug}/).`).join(' '));
    if (i === 5) parts.push(`${sentence(random, lang, 8)} [${links.event}](/${lang}/timeline/#${p.events[1].id}).`);
    return parts.join('\n\n');
  });
  return `${frontMatter.join('\n')}\n${paragraph(random, lang, 60)}\n\n${sections.join('\n\n')}\n`;
}

/**
 * Copies the real content folder `source` to `target` (which must not exist yet) and adds `count`
 * synthetic articles per language, the same slugs in `articles/en/` and `articles/vi/` with the same event ids and
 * dates, as translations have. The same `seed` always writes the same files. Returns the slugs.
 */
export function writeSyntheticContent(target: string, count: number, { source = 'content', seed = 2026 }: { source?: string; seed?: number } = {}): string[] {
  if (fs.existsSync(target)) throw new Error(`${target} already exists: synthetic content goes into a new folder`);
  fs.cpSync(source, target, { recursive: true });
  const slugs: string[] = [];
  for (let index = 0; index < count; index++) {
    // One generator for what both languages share, one per language for the words.
    const p = plan(index, count, seeded(seed * 100_003 + index));
    (['en', 'vi'] as const).forEach((lang, l) => {
      fs.writeFileSync(articleFile(target, lang, p.slug), articleText(p, lang, seeded(seed * 100_003 + index + (l + 1) * 7_919_000)));
    });
    slugs.push(p.slug);
  }
  return slugs;
}
