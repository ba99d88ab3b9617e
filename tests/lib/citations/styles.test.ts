import { describe, expect, it } from 'vitest';
import { citationStyles, formatAccessDate, styleNames } from '@/lib/citations/styles';

describe('the citation styles’ dates', () => {
  const day = new Date(2027, 8, 5);

  it('writes the access date in each style’s own form', () => {
    expect(citationStyles.map((style) => [styleNames[style], formatAccessDate(style, day)])).toEqual([
      ['APA', 'September 5, 2027'],
      ['MLA', '5 Sept. 2027'],
      ['Chicago', 'September 5, 2027'],
      ['BibTeX', '2027-09-05'],
    ]);
  });

  it('keeps May and June whole in MLA, which abbreviates only longer months', () => {
    expect(formatAccessDate('mla', new Date(2027, 4, 1))).toBe('1 May 2027');
    expect(formatAccessDate('mla', new Date(2027, 5, 30))).toBe('30 June 2027');
  });
});
