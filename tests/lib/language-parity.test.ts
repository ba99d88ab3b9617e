import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { CONTENT_DIR, loadContent } from '@/lib/content';
import type { Article } from '@/lib/schema';

/*
 * The two languages of every text state the same facts: the same dates, the same numbers and the same
 * sources, on the real content. This is the check the bilingual review ran by script: the Vietnamese
 * side writes "ngày 24 tháng 12 năm 2024" and "2.500" where the English writes "24 December 2024" and
 * "2,500", so dates are read in each language's forms and compared as days, and thousands separators
 * are dropped. Words are not compared: "eight sessions" and "tám phiên" say the same in words.
 * Compared as sets: a translation may repeat a number the original says once ("it" / "Công ước").
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH = `(${MONTHS.join('|')})`;
const monthNumber = (name: string) => MONTHS.indexOf(name) + 1;
// English writes a number before "-year" in words ("a five-year effort"); Vietnamese in digits ("5 năm").
const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

const pad = (n: number | string) => String(n).padStart(2, '0');
const day = (y: string, m: number | string, d: string) => `${y}-${pad(m)}-${pad(d)}`;
/** A day written without its year ("on 9 August"): compared as month and day. */
const dayInYear = (m: number | string, d: string) => `--${pad(m)}-${pad(d)}`;

type Rule = [RegExp, (m: RegExpExecArray) => string[]];

/** Date forms, longest first: each match is taken out of the text before the next form is read. */
const dateRules: Record<'en' | 'vi', Rule[]> = {
  en: [
    [new RegExp(`\\b(\\d{1,2}) ${MONTH} to (\\d{1,2}) ${MONTH} (\\d{4})`, 'g'), (m) => [day(m[5], monthNumber(m[2]), m[1]), day(m[5], monthNumber(m[4]), m[3])]],
    [new RegExp(`\\b(\\d{1,2})(?:–| to | and )(\\d{1,2}) ${MONTH} (\\d{4})`, 'g'), (m) => [day(m[4], monthNumber(m[3]), m[1]), day(m[4], monthNumber(m[3]), m[2])]],
    [new RegExp(`\\b(\\d{1,2}) ${MONTH} (\\d{4})`, 'g'), (m) => [day(m[3], monthNumber(m[2]), m[1])]],
    [new RegExp(`\\b${MONTH} (\\d{4})`, 'g'), (m) => [`${m[2]}-${pad(monthNumber(m[1]))}`]],
    [new RegExp(`\\b(\\d{1,2}) ${MONTH}`, 'g'), (m) => [dayInYear(monthNumber(m[2]), m[1])]],
    [/\b(\d{1,2}):(\d{2})\b/g, (m) => [`${Number(m[1])}:${m[2]}`]],
  ],
  vi: [
    [/(\d{1,2}) tháng (\d{1,2}) đến ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})/g, (m) => [day(m[5], m[2], m[1]), day(m[5], m[4], m[3])]],
    [/(\d{1,2})(?:–| và | đến | đến ngày )(\d{1,2}) tháng (\d{1,2}) năm (\d{4})/g, (m) => [day(m[4], m[3], m[1]), day(m[4], m[3], m[2])]],
    [/(\d{1,2}) tháng (\d{1,2}) năm (\d{4})/g, (m) => [day(m[3], m[2], m[1])]],
    [/\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g, (m) => [day(m[3], m[2], m[1])]],
    [/tháng (\d{1,2}) năm (\d{4})/gi, (m) => [`${m[2]}-${pad(m[1])}`]],
    [/(\d{1,2}) tháng (\d{1,2})/g, (m) => [dayInYear(m[2], m[1])]],
    [/\b(\d{1,2}) giờ/g, (m) => [`${Number(m[1])}:00`]],
  ],
};

type Facts = { dates: string[]; numbers: string[] };

/** The dates (as ISO days or months) and the other numbers a text states. */
function factsOf(text: string, lang: 'en' | 'vi'): Facts {
  const dates = new Set<string>();
  let rest = lang === 'en' ? text.replace(new RegExp(`\\b(${NUMBER_WORDS.join('|')})-year`, 'gi'), (_, word: string) => `${NUMBER_WORDS.indexOf(word.toLowerCase()) + 1}-year`) : text;
  for (const [pattern, read] of dateRules[lang]) {
    rest = rest.replace(pattern, (...args) => {
      read(args.slice(0, -2) as unknown as RegExpExecArray).forEach((date) => dates.add(date));
      return ' ';
    });
  }
  // "2,500" and "2.500" are one number; "C.N.196.2025" is two.
  const numbers = new Set([...rest.matchAll(/\d+(?:[.,]\d{3}(?!\d))*/g)].map(([n]) => String(Number(n.replace(/[.,]/g, '')))));
  return { dates: [...dates].sort(), numbers: [...numbers].sort() };
}

/** What one language states and the other does not. */
function differences(en: Facts, vi: Facts) {
  const only = (a: string[], b: string[]) => a.filter((x) => !b.includes(x));
  return { datesOnlyInEnglish: only(en.dates, vi.dates), datesOnlyInVietnamese: only(vi.dates, en.dates), numbersOnlyInEnglish: only(en.numbers, vi.numbers), numbersOnlyInVietnamese: only(vi.numbers, en.numbers) };
}

const agree = { datesOnlyInEnglish: [], datesOnlyInVietnamese: [], numbersOnlyInEnglish: [], numbersOnlyInVietnamese: [] };

const textOf = (html: string) => DomUtils.textContent(parseDocument(html)).replace(/\s+/g, ' ');

/** Everything a reader reads of an article, as plain text. */
const articleText = (article: Article) => [article.title, article.summary, textOf(article.html), ...article.sources.map((source) => source.title)].join('\n');

const content = loadContent(CONTENT_DIR);
const pairs = content.articles.en.flatMap((en) => {
  const vi = content.articles.vi.find((article) => article.slug === en.slug);
  return vi ? [{ slug: en.slug, en, vi }] : [];
});

describe('how dates and numbers are read in each language', () => {
  it('reads the same facts from an English and a Vietnamese sentence that agree', () => {
    const en = factsOf('From 10 to 12 May 2021, then 28 February to 11 March 2022, 25–26 October 2025 and November 2024; 2,500 delegates; Article 65(1); at 09:00 on 25 October; a five-year effort', 'en');
    const vi = factsOf('Từ ngày 10 đến ngày 12 tháng 5 năm 2021, rồi từ ngày 28 tháng 2 đến ngày 11 tháng 3 năm 2022, 25–26 tháng 10 năm 2025 và tháng 11 năm 2024; 2.500 đại biểu; khoản 1 Điều 65; lúc 9 giờ sáng ngày 25 tháng 10; 5 năm nỗ lực', 'vi');
    expect(en.dates).toEqual(['--10-25', '2021-05-10', '2021-05-12', '2022-02-28', '2022-03-11', '2024-11', '2025-10-25', '2025-10-26', '9:00']);
    expect(vi).toEqual(en);
  });

  it('finds a date or a number that differs', () => {
    const en = factsOf('72 signatories on 25 October 2025', 'en');
    expect(differences(en, factsOf('73 bên ký ngày 25 tháng 10 năm 2025', 'vi')).numbersOnlyInVietnamese).toEqual(['73']);
    expect(differences(en, factsOf('72 bên ký ngày 26 tháng 10 năm 2025', 'vi')).datesOnlyInVietnamese).toEqual(['2025-10-26']);
    expect(differences(en, factsOf('72 bên ký ngày 25/10/2025', 'vi'))).toEqual(agree);
  });
});

describe('the two languages of every article', () => {
  it('every article exists in both languages', () => {
    expect(pairs.map(({ slug }) => slug).sort()).toEqual(content.articles.vi.map((article) => article.slug).sort());
  });

  it.each(pairs)('$slug: the same events, on the same dates, with the same sources', ({ en, vi }) => {
    const events = (article: Article) => article.events.map(({ id, date, endDate, source }) => ({ id, date, endDate, source }));
    expect(events(vi)).toEqual(events(en));
  });

  it.each(pairs)('$slug: the same dates and numbers in each event title', ({ en, vi }) => {
    const byId = new Map(vi.events.map((event) => [event.id, event.title]));
    const titles = en.events.map((event) => ({ id: event.id, ...differences(factsOf(event.title, 'en'), factsOf(byId.get(event.id) ?? '', 'vi')) }));
    expect(titles).toEqual(en.events.map((event) => ({ id: event.id, ...agree })));
  });

  it.each(pairs)('$slug: the same sources', ({ en, vi }) => {
    expect(vi.sources.map((source) => source.url).sort()).toEqual(en.sources.map((source) => source.url).sort());
  });

  it.each(pairs)('$slug: the same dates and numbers in the text', ({ en, vi }) => {
    expect(differences(factsOf(articleText(en), 'en'), factsOf(articleText(vi), 'vi'))).toEqual(agree);
  });
});

describe('the two languages of the other texts', () => {
  it.each(['home', 'about'] as const)('the %s page: the same dates and numbers', (name) => {
    const page = (lang: 'en' | 'vi') => content.pages[lang][name];
    const text = (lang: 'en' | 'vi') => [page(lang).title, page(lang).summary, textOf(page(lang).html)].join('\n');
    expect(differences(factsOf(text('en'), 'en'), factsOf(text('vi'), 'vi'))).toEqual(agree);
  });

  it.each(content.keyFacts.map((fact) => [fact.id, fact] as const))('key fact %s: the same numbers in both languages', (_id, fact) => {
    const text = (lang: 'en' | 'vi') => [fact.label[lang], fact.value?.[lang], fact.detail?.[lang]].join('\n');
    expect(differences(factsOf(text('en'), 'en'), factsOf(text('vi'), 'vi'))).toEqual(agree);
  });

  it.each(content.glossary.map((term) => [term.id, term] as const))('glossary term %s: the same dates and numbers in both languages', (_id, term) => {
    expect(differences(factsOf(term.definition.en, 'en'), factsOf(term.definition.vi, 'vi'))).toEqual(agree);
  });

  it('the structure of the Convention: the same numbers in its chapter titles and notes', () => {
    const { chapters, interpretativeNotes } = content.convention;
    const text = (lang: 'en' | 'vi') => [...chapters.map((chapter) => chapter.title[lang]), interpretativeNotes.text[lang]].join('\n');
    expect(differences(factsOf(text('en'), 'en'), factsOf(text('vi'), 'vi'))).toEqual(agree);
  });
});
