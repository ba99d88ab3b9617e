// @vitest-environment jsdom
// jsdom for its DOMParser: strict XML 1.0 (saxes), as feed readers parse, so a malformed feed fails.
import { parse as parseCsv } from 'csv-parse/sync';
import ical from 'node-ical';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { JsonLd } from '@/components/json-ld';
import { renderMarkdown } from '@/lib/content/markdown';
import { keyFactFields, keyFactRows, statusFields, statusRows, timelineCalendar, timelineFields, timelineRows, toCsv, toJson } from '@/lib/outputs/data-export';
import { articleEntry, buildFeed } from '@/lib/outputs/feeds';
import type { KeyFact } from '@/lib/key-facts';
import { type Article, type Status, webAddress } from '@/lib/schema';
import { articleJsonLd, breadcrumbJsonLd, eventJsonLd } from '@/lib/outputs/structured-data';
import { buildTimeline } from '@/lib/timeline/entries';
import { addresses, payloads } from '../fixtures/injection/payloads';
import { executableForms, renderedAs } from './injection-check';

/*
 * Every payload of the corpus as every text an editor writes (title, summary, event title and
 * place, source title, key fact, status note), with the corpus's web addresses as every source,
 * through every builder of a machine-readable file. Each file must parse with a reader's parser,
 * carry the text as text (never as markup, script or a formula) and give back what was written.
 */

const sources = addresses.filter((address) => webAddress.safeParse(address).success);

const cases = payloads.map(({ name, text }, index) => {
  const id = `payload-${index}`;
  const source = sources[index % sources.length];
  const article: Article = {
    slug: id,
    lang: 'en',
    title: text,
    summary: text,
    date: '2025-01-01',
    changes: [],
    events: [{ id, date: '2025-01-02', title: text, location: text, source, key: false }],
    sources: [{ title: text, url: source }],
    draft: false,
    html: renderMarkdown(text).html,
    publication: 'published',
  };
  return { name, text, source, article };
});

function parseXml(xml: string): Document {
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  expect(document.getElementsByTagName('parsererror')[0]?.textContent).toBeUndefined();
  return document;
}

// What an XML parser hands on of a text: XML 1.0 has no other control characters, and reads every line end as LF.
const xmlRead = (text: string) => text.replace(/\r\n?/g, '\n').replace(/[^\t\n\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');

/** An element's text taken as HTML, as a reader takes Atom's type="html" and RSS's title and description: it must be the literal text. */
function expectHtmlShowingText(html: string | null | undefined, text: string) {
  expect(renderedAs(html ?? '')).toEqual({ elements: [], text: xmlRead(text) });
}

/** Article HTML in a feed: the same elements and text as the page's, and nothing to run. */
function expectArticleHtml(html: string | null | undefined, article: Article) {
  expect(executableForms(html ?? '')).toEqual([]);
  const page = renderedAs(article.html);
  expect(renderedAs(html ?? '')).toEqual({ elements: page.elements, text: xmlRead(page.text) });
}

describe('the corpus', () => {
  it('reaches content only with the web addresses the schema accepts: http and https', () => {
    expect(sources).toEqual(addresses.filter((address) => address.startsWith('https://')));
  });
});

describe('feeds', () => {
  it.each(cases)('Atom shows the text as text: $name', ({ text, article }) => {
    const atom = parseXml(buildFeed('en', [articleEntry(article)]).atom1());
    const [entry, ...more] = Array.from(atom.getElementsByTagName('entry'));
    expect(more).toEqual([]);
    for (const field of ['title', 'summary']) {
      const element = entry.getElementsByTagName(field)[0];
      expect(element.getAttribute('type')).toBe('html');
      expectHtmlShowingText(element.textContent, text);
    }
    expectArticleHtml(entry.getElementsByTagName('content')[0]?.textContent, article);
  });

  it.each(cases)('RSS shows the text as text: $name', ({ text, article }) => {
    const rss = parseXml(buildFeed('en', [articleEntry(article)]).rss2());
    const [item, ...more] = Array.from(rss.getElementsByTagName('item'));
    expect(more).toEqual([]);
    expectHtmlShowingText(item.getElementsByTagName('title')[0].textContent, text);
    expectHtmlShowingText(item.getElementsByTagName('description')[0].textContent, text);
    expectArticleHtml(item.getElementsByTagNameNS('http://purl.org/rss/1.0/modules/content/', 'encoded')[0]?.textContent, article);
  });

  it.each(cases)('JSON Feed keeps the text as written, not escaped: $name', ({ text, article }) => {
    const [item, ...more] = JSON.parse(buildFeed('en', [articleEntry(article)]).json1()).items;
    expect(more).toEqual([]);
    expect(item).toMatchObject({ title: text, summary: text });
    expect(executableForms(item.content_html)).toEqual([]);
  });

  it('gives JSON Feed the summary of news without full text as HTML showing it', () => {
    const news = { title: 'A & <b>', url: 'https://example.org/news', summary: '<img src=x onerror=alert(1)> & co', published: '2025-01-01', updated: '2025-01-01' };
    const [item] = JSON.parse(buildFeed('en', [news]).json1()).items;
    expect(item).toMatchObject({ title: news.title, summary: news.summary });
    expectHtmlShowingText(item.content_html, news.summary);
  });
});

describe('JSON-LD', () => {
  it.each(cases)('stays one script whose data is the text as written: $name', ({ text, article }) => {
    const event = { ...article.events[0], location: text };
    const data = [articleJsonLd(article), eventJsonLd(event, 'en'), breadcrumbJsonLd('en', [{ name: text, path: '/en/articles/x/' }])];
    const { elements, text: script } = renderedAs(renderToStaticMarkup(createElement(JsonLd, { data })));
    expect(elements).toEqual(['script']);
    expect(JSON.parse(script)).toEqual(JSON.parse(JSON.stringify(data)));
  });
});

describe('iCalendar', () => {
  // The text an RFC 5545 reader can give back: line breaks of every kind as LF, no control characters.
  const calendarRead = (text: string) => text.replace(/\r\n?|[\u2028\u2029]/g, '\n').replace(/[\0-\x08\x0b-\x1f\x7f]/g, '');

  /** A property's text as RFC 5545 defines it: lines unfolded, then \\ \; \, \n unescaped in one pass. */
  function propertyText(calendar: string, name: string): string | undefined {
    const line = calendar.replace(/\r\n[ \t]/g, '').split('\r\n').find((l) => l.startsWith(`${name}:`));
    return line?.slice(name.length + 1).replace(/\\([\\;,nN])/g, (_, escaped: string) => (escaped.toLowerCase() === 'n' ? '\n' : escaped));
  }

  it.each(cases)('holds the text in one property of one event: $name', ({ text, source, article }) => {
    const calendar = timelineCalendar(buildTimeline([article]), 'en');
    // Every line ends in CRLF and is a property or the fold of one: no text starts a line of its own.
    for (const line of calendar.replace(/\r\n$/, '').split('\r\n')) expect(line).toMatch(/^([A-Z-]+[;:]|[ \t])[^\r\n]*$/);
    expect(propertyText(calendar, 'SUMMARY')).toBe(calendarRead(text));
    expect(propertyText(calendar, 'DESCRIPTION')).toBe(calendarRead(`Source: ${source}`));
    // node-ical, a reader, sees one event with both (it drops quotes around a value, so they are not compared).
    const events = Object.values(ical.sync.parseICS(calendar)).filter((component) => component?.type === 'VEVENT');
    expect(events).toMatchObject([{ uid: `${article.slug}.en@hanoi-convention`, summary: expect.any(String), description: expect.any(String) }]);
  });

  it('escapes commas, semicolons, backslashes and line breaks as RFC 5545 says', () => {
    const [event] = cases.map((c) => c.article.events[0]);
    const calendar = timelineCalendar(buildTimeline([{ ...cases[0].article, events: [{ ...event, title: 'a, b; c\\ d\ne\rf' }] }]), 'en');
    expect(calendar).toContain('SUMMARY:a\\, b\\; c\\\\ d\\ne\\nf\r\n');
  });
});

describe('CSV and JSON downloads', () => {
  // What a spreadsheet would run as a formula, the file must mark as text with a leading '. (A UTF-8
  // file, csv-parse's input, cannot hold half a surrogate pair: it holds U+FFFD instead.)
  const asText = (text: string) => (/^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(text) ? `'${text}` : text).toWellFormed();

  it.each(cases)('hold the text as text, never as a formula: $name', ({ text, source, article }) => {
    const timeline = timelineRows(buildTimeline([article]), 'en');
    const facts = keyFactRows([{ id: 'fact', label: text, value: text, detail: text, source } satisfies KeyFact]);
    const status: Status = {
      asOf: '2025-11-16',
      hanoiSignatories: { count: 72, source },
      domesticSteps: [],
      participants: [{ code: 'VN', signed: { date: '2025-10-25' }, source, note: { en: text, vi: text } }],
    };
    const participants = statusRows(status, 'en');
    for (const [fields, rows, expected] of [
      [timelineFields, timeline, { title: asText(text), source: asText(source) }],
      [keyFactFields, facts, { label: asText(text), value: asText(text), detail: asText(text), source: asText(source) }],
      [statusFields, participants, { note: asText(text), signatureSource: asText(source) }],
    ] as const) {
      expect(parseCsv(toCsv(fields, rows as never), { columns: true })).toMatchObject([expected]);
      expect(JSON.parse(toJson('data', 'en', rows)).rows).toEqual(JSON.parse(JSON.stringify(rows)));
    }
  });

  it('marks as text a cell starting with each character a spreadsheet reads as a formula', () => {
    const starts = ['=', '+', '-', '@', '\t', '\r'];
    const rows = starts.map((start) => ({ id: 'x', label: `${start}1+1`, value: null, date: null, endDate: null, detail: null, asOf: null, source: 'https://example.org/' }));
    const csv = parseCsv(toCsv(keyFactFields, rows), { columns: true }) as { label: string }[];
    expect(csv.map((row) => row.label)).toEqual(starts.map((start) => `'${start}1+1`));
  });
});
