import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_DIR, loadContent } from '@/lib/content';
import { languages } from '@/lib/i18n';
import { buildTimeline } from '@/lib/timeline/entries';

/*
 * The site's real content, checked against the verified fact sheet (shared/FACTS.md). The dated
 * rows of its timeline are copied here as the specification the content must meet.
 */
const factSheetTimeline: [string, string?][] = [
  ['2019-12-27'],
  ['2021-05-10', '2021-05-12'],
  ['2021-05-26'],
  ['2022-02-28', '2022-03-11'],
  ['2022-05-30', '2022-06-10'],
  ['2022-08-29', '2022-09-09'],
  ['2023-01-09', '2023-01-20'],
  ['2023-04-11', '2023-04-21'],
  ['2023-08-21', '2023-09-01'],
  ['2024-01-29', '2024-02-09'],
  ['2024-07-29', '2024-08-09'],
  ['2024-08-08'],
  ['2024-11'],
  ['2024-12-24'],
  ['2024-12-26'],
  ['2025-05-13'],
  ['2025-05-19'],
  ['2025-09-22'],
  ['2025-10-25', '2025-10-26'],
  ['2025-11-19'],
  ['2025-07-16'],
  ['2025-10-13'],
  ['2025-10-24'],
  ['2025-11-17'],
  ['2026-01-26'],
  ['2026-01-26', '2026-01-30'],
  ['2026-01-27'],
  ['2026-02-10'],
  ['2026-02-23'],
  ['2026-12-31'],
];

/** Phrases the fact sheet lists under "Do not publish". */
const doNotPublish = [/\b71 articles\b/i, /\b71 điều\b/i, /as of november 2026/i, /tính đến tháng 11 năm 2026/i, /unanimous/i, /nearly four years/i, /gần (bốn|4) năm/i, /first to ratify/i, /\b7[46] signator/i, /has entered into force/i, /đã có hiệu lực/i];

const content = loadContent(CONTENT_DIR);

function allFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).map((f) => path.join(dir, f));
}

describe('the site content', () => {
  it.each(languages)('puts every dated row of the fact sheet on the %s timeline', (lang) => {
    const dates = buildTimeline(content.articles[lang]).map((event) => [event.date, event.endDate].filter(Boolean));
    // New verified events may be added; none of the fact sheet's may go missing.
    expect(dates).toEqual(expect.arrayContaining(factSheetTimeline));
  });

  it('marks the fact sheet’s milestones as key dates for the compact timeline', () => {
    const keys = buildTimeline(content.articles.en).filter((event) => event.key);
    expect(keys.map((event) => event.date)).toEqual(expect.arrayContaining(['2019-12-27', '2024-08-08', '2024-12-24', '2025-10-25', '2026-12-31']));
  });

  it('gives every ratification count an "as of" date', () => {
    expect(content.keyFacts.find((fact) => fact.id === 'parties')?.asOf).toMatch(/^\d{4}-\d{2}/);
  });

  it.each(allFiles(CONTENT_DIR).map((file) => [path.relative(CONTENT_DIR, file), file]))('%s says nothing the fact sheet forbids', (_name, file) => {
    const text = fs.readFileSync(file, 'utf8');
    expect(doNotPublish.filter((phrase) => phrase.test(text))).toEqual([]);
  });
});

describe('the site content on each side of the end of signature (31 December 2026)', () => {
  const onDay = (today: string) => loadContent(CONTENT_DIR, { today });
  const open = onDay('2026-12-31');
  const closed = onDay('2027-01-01');

  it('has no published text that speaks of a passed date as still to come, on either day', () => {
    for (const content of [open, closed]) expect(content.warnings.filter((w) => w.message.includes('has passed'))).toEqual([]);
  });

  it('switches the key fact and the glossary from "closes" to "closed" on 1 January 2027', () => {
    const fact = (content: typeof open) => content.keyFacts.find((f) => f.id === 'signature-closes')!;
    expect(fact(open).label).toEqual({ en: 'Signature closes', vi: 'Hết hạn ký' });
    expect(fact(closed).label).toEqual({ en: 'Signature closed', vi: 'Đã hết hạn ký' });
    expect(fact(closed).detail?.en).toContain('can still join by accession');
    const signature = (content: typeof open) => content.glossary.find((term) => term.id === 'signature')!.definition;
    expect(signature(open).en).toContain('is open at UN Headquarters in New York until 31 December 2026');
    expect(signature(closed).en).toContain('signature closed on 31 December 2026');
    expect(signature(closed).vi).toContain('thời hạn ký đã kết thúc ngày 31 tháng 12 năm 2026');
  });
});
