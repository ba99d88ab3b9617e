import { describe, expect, it } from 'vitest';
import { ARTICLES_PER_PAGE, pageCount, pageItems, pageLinks } from '@/lib/web/pagination';

describe('pageCount and pageItems', () => {
  it('fills pages of ARTICLES_PER_PAGE, the last one partly', () => {
    const items = Array.from({ length: ARTICLES_PER_PAGE * 2 + 3 }, (_, i) => i);
    expect(pageCount(items.length)).toBe(3);
    expect(pageItems(items, 1)).toEqual(items.slice(0, ARTICLES_PER_PAGE));
    expect(pageItems(items, 3)).toEqual(items.slice(ARTICLES_PER_PAGE * 2));
  });

  it('counts an empty list as one page', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageItems([], 1)).toEqual([]);
  });
});

describe('pageLinks', () => {
  it('shows every page of a short list', () => {
    expect(pageLinks(1, 1)).toEqual([1]);
    expect(pageLinks(3, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps the first, the last and two neighbours of the current page, with gaps between', () => {
    expect(pageLinks(1, 50)).toEqual([1, 2, 3, 'gap', 50]);
    expect(pageLinks(25, 50)).toEqual([1, 'gap', 23, 24, 25, 26, 27, 'gap', 50]);
    expect(pageLinks(50, 50)).toEqual([1, 'gap', 48, 49, 50]);
  });

  it('shows a single left-out number instead of a gap', () => {
    expect(pageLinks(5, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
