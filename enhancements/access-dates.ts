import { formatAccessDate, type CitationStyle } from '../lib/citations/styles';
import type { Lang } from '../lib/i18n';

/**
 * Access dates in citations: `<span data-access-date="STYLE">[date accessed]</span>`. The static
 * page cannot know the day a reader visits, so the placeholder is filled with today's date in the
 * reader's time zone, in the citation style's own form and in the language of the page around it
 * (`<html lang>`), which is the language the citation is written in.
 */
export function fillAccessDates(root: Document, today: Date): void {
  for (const slot of root.querySelectorAll<HTMLElement>('[data-access-date]')) {
    // The site's pages carry one of its languages; styles.ts writes any other in English.
    const lang = (slot.closest('[lang]')?.getAttribute('lang') ?? 'en') as Lang;
    slot.textContent = formatAccessDate(slot.dataset.accessDate as CitationStyle, today, lang);
  }
}
