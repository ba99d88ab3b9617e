import { describe, expect, it } from 'vitest';
import { citationStyles, formatAccessDate, styleNames } from '@/lib/citations/styles';

describe('the citation styles’ dates', () => {
  const day = new Date(2027, 8, 5);

  it('writes the access date in each style’s own form', () => {
    expect(citationStyles.map((style) => [styleNames[style], formatAccessDate(style, day, 'en')])).toEqual([
      ['APA', 'September 5, 2027'],
      ['MLA', '5 Sept. 2027'],
      ['Chicago', 'September 5, 2027'],
      ['BibTeX', '2027-09-05'],
    ]);
  });

  it('keeps May and June whole in MLA, which abbreviates only longer months', () => {
    expect(formatAccessDate('mla', new Date(2027, 4, 1), 'en')).toBe('1 May 2027');
    expect(formatAccessDate('mla', new Date(2027, 5, 30), 'en')).toBe('30 June 2027');
  });

  it('writes Vietnamese dates as Vietnamese prose does, in every style but BibTeX', () => {
    expect(citationStyles.map((style) => [styleNames[style], formatAccessDate(style, day, 'vi')])).toEqual([
      ['APA', 'ngày 5 tháng 9 năm 2027'],
      ['MLA', 'ngày 5 tháng 9 năm 2027'],
      ['Chicago', 'ngày 5 tháng 9 năm 2027'],
      ['BibTeX', '2027-09-05'],
    ]);
    // No padded month ("tháng 09") and no month name.
    expect(formatAccessDate('chicago', new Date(2027, 0, 31), 'vi')).toBe('ngày 31 tháng 1 năm 2027');
  });
});
