import { describe, expect, it } from 'vitest';
import { cite, type CitableWork, type CitationPart } from '@/lib/citations/cite';
import { formatAccessDate, type CitationStyle } from '@/lib/citations/styles';

/** The citation as plain text with the access date filled in, as a reader copies it. */
function citationText(parts: CitationPart[], style: CitationStyle, accessed: Date): string {
  return parts.map((part) => (typeof part === 'string' ? part : 'italic' in part ? part.italic : formatAccessDate(style, accessed))).join('');
}

const work: CitableWork = {
  key: 'hanoi-convention-en-adoption',
  title: 'The General Assembly adopts the Convention',
  siteName: 'Hanoi Convention Guide',
  url: 'https://example.org/en/articles/adoption/',
  published: '2026-11-22',
  language: 'english',
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

  it('keeps Vietnamese titles as they are', () => {
    expect(citationText(cite('mla', { ...work, title: 'Lễ mở ký tại Hà Nội', siteName: 'Cẩm nang Công ước Hà Nội' }), 'mla', accessed)).toMatch(/^“Lễ mở ký tại Hà Nội\.” Cẩm nang Công ước Hà Nội, 22 Nov\. 2026/);
  });
});
