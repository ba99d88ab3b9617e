import fs from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import ical, { type VEvent } from 'node-ical';
import { describe, expect, it } from 'vitest';
import { CONTENT_DIR, loadContent } from '@/lib/content';
import { isMonthOnly } from '@/lib/dates';
import { languages } from '@/lib/i18n';
import { SITE_URL } from '@/lib/web/paths';
import { buildTimeline } from '@/lib/timeline/entries';
import { builtPages } from './site-pages';
import { OUT_DIR } from './static-server';

const content = loadContent(CONTENT_DIR);
const read = (file: string) => fs.readFileSync(path.join(OUT_DIR, file), 'utf8');
const xml = new XMLParser({ ignoreAttributes: false });
// Absolute URLs in the built files start with the build's SITE_URL.
const SITE = SITE_URL;

describe.each(languages)('files built for %s', (lang) => {
  const articles = content.articles[lang];
  const timeline = buildTimeline(articles);

  it('RSS, Atom and JSON Feed list every published article', () => {
    const titles = articles.map((a) => a.title).sort();
    const rss = xml.parse(read(`${lang}/feed.xml`)).rss.channel;
    expect([rss.item].flat().map((item: { title: string }) => item.title).sort()).toEqual(titles);
    const atom = xml.parse(read(`${lang}/atom.xml`)).feed;
    expect([atom.entry].flat().map((entry: { title: { '#text': string } | string }) => (typeof entry.title === 'string' ? entry.title : entry.title['#text'])).sort()).toEqual(titles);
    const json = JSON.parse(read(`${lang}/feed.json`));
    expect(json.items.map((item: { title: string }) => item.title).sort()).toEqual(titles);
    expect(json.items[0].url).toMatch(new RegExp(`^${SITE}/${lang}/articles/`));
  });

  it('the calendar parses, with one all-day event per dated event and stable UIDs', () => {
    const calendar = ical.sync.parseICS(read(`${lang}/data/timeline.ics`));
    const events = Object.values(calendar).filter((entry): entry is VEvent => entry?.type === 'VEVENT');
    const dated = timeline.filter((event) => !isMonthOnly(event.date));
    expect(events.map((event) => event.uid).sort()).toEqual(dated.map((event) => `${event.id}.${lang}@hanoi-convention`).sort());
    const ceremony = events.find((event) => event.uid.startsWith('hanoi-signing-ceremony.'))!;
    expect(ceremony.datetype).toBe('date');
    // All-day events: the day as written, whatever the time zone of the machine reading it.
    const day = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    expect([day(ceremony.start), day(ceremony.end!)]).toEqual(['2025-10-25', '2025-10-27']);
  });

  it('the timeline JSON and CSV carry the same rows and documented fields', () => {
    const json = JSON.parse(read(`${lang}/data/timeline.json`));
    const csv = parseCsv(read(`${lang}/data/timeline.csv`), { columns: true, bom: true }) as Record<string, string>[];
    expect(json.rows.map((row: { id: string }) => row.id)).toEqual(timeline.map((event) => event.id));
    expect(csv.map((row) => row.id)).toEqual(timeline.map((event) => event.id));
    expect(Object.keys(csv[0])).toEqual(Object.keys(json.rows[0]));
    expect(Object.keys(csv[0])).toEqual(['id', 'date', 'endDate', 'title', 'key', 'source', 'permalink', 'article']);
  });

  it('the key facts JSON and CSV list every key fact with its source', () => {
    const json = JSON.parse(read(`${lang}/data/key-facts.json`));
    const csv = parseCsv(read(`${lang}/data/key-facts.csv`), { columns: true, bom: true }) as Record<string, string>[];
    expect(json.rows.map((row: { id: string }) => row.id)).toEqual(content.keyFacts.map((fact) => fact.id));
    expect(csv.every((row) => row.source.startsWith('https://'))).toBe(true);
  });

  it('every article page carries its citation block, NewsArticle JSON-LD and a social image', () => {
    for (const article of articles) {
      const html = read(`${lang}/articles/${article.slug}/index.html`);
      const blocks = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((m) => JSON.parse(m[1]));
      expect(blocks.flat().find((block) => block['@type'] === 'NewsArticle')).toMatchObject({ headline: article.title, datePublished: article.date });
      expect(fs.existsSync(path.join(OUT_DIR, lang, 'articles', article.slug, 'social.png'))).toBe(true);
      for (const style of ['apa', 'mla', 'chicago', 'bibtex']) expect(html).toContain(`id="cite-${style}"`);
    }
  });
});

describe('the sitemap and robots.txt', () => {
  it('list every page with its translations', () => {
    const urls = [xml.parse(read('sitemap.xml')).urlset.url].flat();
    // The list's page 1 is also built at /<lang>/articles/page/1/ with /<lang>/articles/ as its canonical address.
    const canonicalPages = builtPages().filter((page) => !page.endsWith('/articles/page/1/'));
    expect(urls.map((u: { loc: string }) => u.loc.replace(SITE, '')).sort()).toEqual(canonicalPages.sort());
    const adoption = urls.find((u: { loc: string }) => u.loc === `${SITE}/en/articles/adoption/`);
    expect(adoption['xhtml:link'].map((link: Record<string, string>) => link['@_hreflang'])).toEqual(['en', 'vi']);
    expect(adoption.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}/);
  });

  it('robots.txt points to the sitemap', () => {
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE}/sitemap.xml`);
  });
});

describe.each(languages)('status downloads in %s', (lang) => {
  it('JSON and CSV list every participant with the same fields', () => {
    const json = JSON.parse(read(`${lang}/data/status.json`));
    const csv = parseCsv(read(`${lang}/data/status.csv`), { columns: true, bom: true }) as Record<string, string>[];
    expect(json.rows).toHaveLength(content.status.participants.length);
    expect(csv.map((row) => row.code).sort()).toEqual(content.status.participants.map((p) => p.code).sort());
    expect(Object.keys(csv[0])).toEqual(Object.keys(json.rows[0]));
    expect(csv.find((row) => row.code === 'EU')?.organization).toBe('true');
  });
});
