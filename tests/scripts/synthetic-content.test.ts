import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content';
import { articleFile } from '@/lib/content/articles';
import { LATEST_DATE, syntheticSlug, writeSyntheticContent } from '@/scripts/bench/synthetic-content';
import { ROOT } from './run';

const REAL_CONTENT = path.join(ROOT, 'content');
const newFolder = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'synthetic-')), 'content');

describe('writeSyntheticContent', () => {
  const dir = newFolder();
  const slugs = writeSyntheticContent(dir, 12, { source: REAL_CONTENT });
  // A fixed "today" after LATEST_DATE: on any machine's clock, none of them is scheduled.
  const content = loadContent(dir, { today: '2026-12-31' });
  const synthetic = (lang: 'en' | 'vi') => content.articles[lang].filter((a) => slugs.includes(a.slug));

  it('writes N published articles per language beside the real ones, and they pass validation', () => {
    const real = fs.readdirSync(path.join(REAL_CONTENT, 'articles', 'en')).length;
    expect(slugs).toEqual(Array.from({ length: 12 }, (_, i) => syntheticSlug(i)));
    for (const lang of ['en', 'vi'] as const) {
      expect(content.articles[lang]).toHaveLength(real + 12);
      expect(synthetic(lang).every((a) => a.publication === 'published' && a.date <= LATEST_DATE)).toBe(true);
    }
    expect(content.warnings).toEqual([]);
  });

  it('gives every article two events, with the same ids and dates in both languages', () => {
    const events = (lang: 'en' | 'vi') => synthetic(lang).map((a) => ({ slug: a.slug, events: a.events.map(({ id, date, key }) => ({ id, date, key })) }));
    for (const { events: list } of events('en')) {
      expect(list).toHaveLength(2);
      expect(list.every((e) => e.key === false && /^20(19|2[0-6])-\d\d-\d\d$/.test(e.date))).toBe(true);
    }
    expect(events('vi')).toEqual(events('en'));
  });

  it('writes about 800 words with headings, a list, links, a table and a long identifier', () => {
    for (const article of [...synthetic('en'), ...synthetic('vi')]) {
      const words = article.html.replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).length;
      expect(words).toBeGreaterThan(700);
      expect(words).toBeLessThan(950);
      expect(article.html).toMatch(/<h2 id=/);
      expect(article.html).toMatch(/<ul>/);
      expect(article.html).toMatch(/<table>/);
      expect(article.html).toMatch(/href="https:\/\//);
      expect(article.html).toMatch(new RegExp(`href="/${article.lang}/articles/bench-article-\\d{4}/"`));
      expect(article.html).toMatch(/C\.N\.\d{3}\.2025\.TREATIES-XVIII\.16/);
    }
  });

  it('writes the same files for the same seed', () => {
    const again = newFolder();
    writeSyntheticContent(again, 12, { source: REAL_CONTENT });
    for (const slug of slugs) {
      for (const lang of ['en', 'vi'] as const) {
        expect(fs.readFileSync(articleFile(again, lang, slug), 'utf8')).toBe(fs.readFileSync(articleFile(dir, lang, slug), 'utf8'));
      }
    }
  });

  it('never writes into an existing folder', () => {
    expect(() => writeSyntheticContent(dir, 1, { source: REAL_CONTENT })).toThrow(/already exists/);
  });
});
