import { describe, expect, it } from 'vitest';
import { citableState, cite, type CitableWork, type CitationPart } from '@/lib/citations/cite';
import { formatAccessDate, type CitationStyle } from '@/lib/citations/styles';

/** The citation as plain text with the access date filled in, as a reader copies it. */
function citationText(parts: CitationPart[], style: CitationStyle, accessed: Date, lang: CitableWork['lang'] = 'en'): string {
  return parts.map((part) => (typeof part === 'string' ? part : 'italic' in part ? part.italic : formatAccessDate(style, accessed, lang))).join('');
}

const work: CitableWork = {
  key: 'hanoi-convention-en-adoption',
  title: 'The General Assembly adopts the Convention',
  siteName: 'Hanoi Convention Guide',
  url: 'https://example.org/en/articles/adoption/',
  published: '2026-11-22',
  lang: 'en',
};
const updated: CitableWork = { ...work, updated: '2026-12-03' };
const accessed = new Date(2027, 0, 5);

// Expected strings written by hand from each style guide's web-page pattern.
describe('citations', () => {
  it('APA', () => {
    expect(citationText(cite('apa', work), 'apa', accessed)).toBe(
      'Hanoi Convention Guide. (2026, November 22). The General Assembly adopts the Convention. Retrieved January 5, 2027, from https://example.org/en/articles/adoption/',
    );
    expect(citationText(cite('apa', updated), 'apa', accessed)).toContain('(2026, December 3)');
  });

  it('APA puts the title in italics', () => {
    expect(cite('apa', work)).toContainEqual({ italic: 'The General Assembly adopts the Convention' });
  });

  it('MLA', () => {
    expect(citationText(cite('mla', work), 'mla', accessed)).toBe(
      '“The General Assembly adopts the Convention.” Hanoi Convention Guide, 22 Nov. 2026, example.org/en/articles/adoption/. Accessed 5 Jan. 2027.',
    );
    expect(citationText(cite('mla', { ...work, published: '2025-09-22' }), 'mla', new Date(2026, 5, 1))).toContain('22 Sept. 2025');
    expect(citationText(cite('mla', work), 'mla', new Date(2026, 5, 1))).toContain('Accessed 1 June 2026.');
  });

  it('Chicago, with both dates once the page is updated', () => {
    expect(citationText(cite('chicago', work), 'chicago', accessed)).toBe(
      '“The General Assembly adopts the Convention.” Hanoi Convention Guide. Published November 22, 2026. Accessed January 5, 2027. https://example.org/en/articles/adoption/.',
    );
    expect(citationText(cite('chicago', updated), 'chicago', accessed)).toBe(
      '“The General Assembly adopts the Convention.” Hanoi Convention Guide. Published November 22, 2026. Last modified December 3, 2026. Accessed January 5, 2027. https://example.org/en/articles/adoption/.',
    );
  });

  it('BibTeX', () => {
    expect(citationText(cite('bibtex', updated), 'bibtex', accessed)).toBe(
      [
        '@online{hanoi-convention-en-adoption,',
        '  title = {{The General Assembly adopts the Convention}},',
        '  organization = {Hanoi Convention Guide},',
        '  date = {2026-11-22},',
        '  url = {https://example.org/en/articles/adoption/},',
        '  urldate = {2027-01-05},',
        '  langid = {english},',
        '  note = {Last updated 2026-12-03}',
        '}',
      ].join('\n'),
    );
  });

  it('BibTeX escapes characters TeX would read as commands', () => {
    expect(citationText(cite('bibtex', { ...work, title: 'R&D: 100% of #1_a' }), 'bibtex', accessed)).toContain('title = {{R\\&D: 100\\% of \\#1\\_a}}');
  });

  it('turns quotation marks inside a quoted title into single ones', () => {
    const title = '“Road to Hanoi” event at UN Headquarters';
    expect(citationText(cite('mla', { ...work, title }), 'mla', accessed)).toMatch(/^“‘Road to Hanoi’ event at UN Headquarters\.” /);
    expect(citationText(cite('chicago', { ...work, title }), 'chicago', accessed)).toMatch(/^“‘Road to Hanoi’ event at UN Headquarters\.” /);
    // APA italicises the title rather than quoting it: it keeps its own marks.
    expect(cite('apa', { ...work, title })).toContainEqual({ italic: title });
  });
});

/*
 * On Vietnamese pages: the style's order and punctuation, with its words and dates as Vietnamese
 * university guides and newsrooms adapt them ("Truy xuất …, từ …", "Truy cập ngày …", "ngày 22
 * tháng 11 năm 2026"). Only the title and the names stay as they are.
 */
describe('citations in Vietnamese', () => {
  const vi: CitableWork = {
    key: 'hanoi-convention-vi-adoption',
    title: 'Đại hội đồng Liên Hợp Quốc thông qua Công ước',
    siteName: 'Cẩm nang Công ước Hà Nội',
    url: 'https://example.org/vi/articles/adoption/',
    published: '2026-11-22',
    lang: 'vi',
  };
  const viUpdated: CitableWork = { ...vi, updated: '2026-12-03' };
  const text = (style: CitationStyle, cited: CitableWork) => citationText(cite(style, cited), style, accessed, 'vi');

  it('APA', () => {
    expect(text('apa', vi)).toBe(
      'Cẩm nang Công ước Hà Nội. (2026, ngày 22 tháng 11). Đại hội đồng Liên Hợp Quốc thông qua Công ước. Truy xuất ngày 5 tháng 1 năm 2027, từ https://example.org/vi/articles/adoption/',
    );
    expect(text('apa', viUpdated)).toContain('(2026, ngày 3 tháng 12)');
  });

  it('MLA', () => {
    expect(text('mla', vi)).toBe(
      '“Đại hội đồng Liên Hợp Quốc thông qua Công ước.” Cẩm nang Công ước Hà Nội, ngày 22 tháng 11 năm 2026, example.org/vi/articles/adoption/. Truy cập ngày 5 tháng 1 năm 2027.',
    );
    expect(cite('mla', vi)).toContainEqual({ italic: 'Cẩm nang Công ước Hà Nội' });
  });

  it('Chicago, with both dates once the page is updated', () => {
    expect(text('chicago', vi)).toBe(
      '“Đại hội đồng Liên Hợp Quốc thông qua Công ước.” Cẩm nang Công ước Hà Nội. Đăng ngày 22 tháng 11 năm 2026. Truy cập ngày 5 tháng 1 năm 2027. https://example.org/vi/articles/adoption/.',
    );
    expect(text('chicago', viUpdated)).toBe(
      '“Đại hội đồng Liên Hợp Quốc thông qua Công ước.” Cẩm nang Công ước Hà Nội. Đăng ngày 22 tháng 11 năm 2026. Cập nhật lần cuối ngày 3 tháng 12 năm 2026. Truy cập ngày 5 tháng 1 năm 2027. https://example.org/vi/articles/adoption/.',
    );
  });

  it('BibTeX keeps its field names and ISO dates, with a Vietnamese note', () => {
    expect(text('bibtex', viUpdated)).toBe(
      [
        '@online{hanoi-convention-vi-adoption,',
        '  title = {{Đại hội đồng Liên Hợp Quốc thông qua Công ước}},',
        '  organization = {Cẩm nang Công ước Hà Nội},',
        '  date = {2026-11-22},',
        '  url = {https://example.org/vi/articles/adoption/},',
        '  urldate = {2027-01-05},',
        '  langid = {vietnamese},',
        '  note = {Cập nhật lần cuối ngày 3 tháng 12 năm 2026}',
        '}',
      ].join('\n'),
    );
  });

  it.each(['apa', 'mla', 'chicago'] as const)('%s has no English word outside the title and the names', (style) => {
    const english = /\b(Retrieved|from|Accessed|Published|Last|modified|updated|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Aug|Sept|Oct|Nov|Dec)\b/;
    expect(text(style, viUpdated)).not.toMatch(english);
  });
});

describe('citableState: a State’s page as a citable work', () => {
  it('is titled and addressed in the page’s language, dated by the day its content rests on', () => {
    expect(citableState('EU', 'en', '2025-11-19')).toEqual({
      key: 'hanoi-convention-en-status-eu',
      title: 'The European Union and the Convention',
      siteName: 'Hanoi Convention Guide',
      url: 'http://localhost:3000/en/status/eu/',
      published: '2025-11-19',
      lang: 'en',
    });
    expect(citableState('VN', 'vi', '2026-02-23')).toEqual({
      key: 'hanoi-convention-vi-status-vn',
      title: 'Việt Nam và Công ước',
      siteName: 'Cẩm nang Công ước Hà Nội',
      url: 'http://localhost:3000/vi/status/vn/',
      published: '2026-02-23',
      lang: 'vi',
    });
  });

  it('cites in English with the English style words, and in Vietnamese with the Vietnamese ones', () => {
    expect(citationText(cite('chicago', citableState('DE', 'en', '2025-11-19')), 'chicago', accessed)).toBe(
      '“Germany and the Convention.” Hanoi Convention Guide. Published November 19, 2025. Accessed January 5, 2027. http://localhost:3000/en/status/de/.',
    );
    expect(citationText(cite('apa', citableState('DE', 'vi', '2025-11-19')), 'apa', accessed, 'vi')).toBe(
      'Cẩm nang Công ước Hà Nội. (2025, ngày 19 tháng 11). Đức và Công ước. Truy xuất ngày 5 tháng 1 năm 2027, từ http://localhost:3000/vi/status/de/',
    );
    expect(citationText(cite('bibtex', citableState('DE', 'vi', '2025-11-19')), 'bibtex', accessed, 'vi')).toContain('  langid = {vietnamese}\n}');
  });
});
