/** Articles per page of the article list: enough to browse, few enough to load fast on a phone. */
export const ARTICLES_PER_PAGE = 20;

/** How many pages `total` items fill; an empty list is still one (empty) page. */
export function pageCount(total: number, perPage = ARTICLES_PER_PAGE): number {
  return Math.max(1, Math.ceil(total / perPage));
}

/** The items on page `number` (from 1). */
export function pageItems<T>(items: T[], number: number, perPage = ARTICLES_PER_PAGE): T[] {
  return items.slice((number - 1) * perPage, number * perPage);
}

/**
 * The page numbers to link from page `current` of `count`: the first and last, and the current
 * with its two neighbours on each side; a `gap` stands for the numbers left out (GOV.UK pattern).
 */
export function pageLinks(current: number, count: number): (number | 'gap')[] {
  const shown = [...new Set([1, current - 2, current - 1, current, current + 1, current + 2, count])].filter((n) => n >= 1 && n <= count).sort((a, b) => a - b);
  return shown.flatMap((n, index) => {
    const gap = index === 0 ? 1 : n - shown[index - 1];
    // One number left out is shown rather than replaced by a gap that takes the same room.
    return gap === 1 ? [n] : gap === 2 ? [n - 1, n] : ['gap' as const, n];
  });
}
