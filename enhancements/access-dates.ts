import { formatAccessDate, type CitationStyle } from '../lib/citations/styles';

/**
 * Access dates in citations: `<span data-access-date="STYLE">[date accessed]</span>`. The static
 * page cannot know the day a reader visits, so the placeholder is filled with today's date in the
 * reader's time zone, in the citation style's own form.
 */
export function fillAccessDates(root: Document, today: Date): void {
  for (const slot of root.querySelectorAll<HTMLElement>('[data-access-date]')) {
    slot.textContent = formatAccessDate(slot.dataset.accessDate as CitationStyle, today);
  }
}
