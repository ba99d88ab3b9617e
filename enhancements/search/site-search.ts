import { fill, isLang } from '../../lib/i18n';
import { exactFirst, hasMarks, mergeResults, searchQueries } from '../../lib/search-query';
import { excerptNodes } from './excerpt';
import type { Pagefind, PagefindPage } from './pagefind';

/** Results listed, best first; the count announced is of all of them. */
export const MAX_RESULTS = 20;

/** Sections listed under a result, those with the most matches first. */
export const MAX_SECTIONS = 3;

/** Typing pause after which the search runs by itself. */
export const TYPING_PAUSE_MS = 300;

/**
 * Runs the search page (components/site-search.tsx) over Pagefind: loads it from the page's
 * `data-search-bundle`, then shows the form and hides the links for readers without JavaScript,
 * which stay, with a reason, if Pagefind cannot load. Searches on submit and when typing pauses,
 * runs a search given in the address (`?q=`), and keeps the address in step with the query so a
 * search can be shared. Each result links to its page and to the sections the words were found in.
 */
export async function enableSearch(box: HTMLElement, loadPagefind: (bundle: string) => Promise<Pagefind>): Promise<void> {
  const document = box.ownerDocument;
  const window = document.defaultView!;
  const form = box.querySelector('form')!;
  const input = form.querySelector('input')!;
  const status = box.querySelector('[data-search-status]')!;
  const list = box.querySelector('[data-search-results]')!;
  const fallback = box.querySelector<HTMLElement>('[data-search-fallback]')!;
  const lang = document.documentElement.lang;

  let pagefind: Pagefind;
  try {
    pagefind = await loadPagefind(box.dataset.searchBundle!);
    await pagefind.options({ baseUrl: box.dataset.searchBase! });
    await pagefind.init();
  } catch {
    box.querySelector('[data-search-fallback-reason]')!.textContent = box.dataset.loadFailed!;
    return;
  }
  form.hidden = false;
  fallback.hidden = true;

  /**
   * Every reading of the query, folded as Pagefind folds marks; and, for a query typed with marks,
   * the pages that have them as typed, first. Pagefind's options are global, so the searches run one
   * at a time.
   */
  let queue: Promise<unknown> = Promise.resolve();
  const find = (query: string) => {
    const run = async () => {
      const searches = await Promise.all(searchQueries(query, isLang(lang) ? lang : 'en').map((reading) => pagefind.search(reading)));
      const folded = mergeResults(searches.map(({ results }) => results));
      if (!hasMarks(query)) return folded;
      await pagefind.options({ exactDiacritics: true });
      try {
        return exactFirst((await pagefind.search(query)).results, folded);
      } finally {
        await pagefind.options({ exactDiacritics: false });
      }
    };
    const results = queue.then(run, run);
    queue = results.catch(() => undefined);
    return results;
  };

  // A search that finishes after a newer one has started is dropped.
  let latest = 0;
  async function search(typed: string) {
    const ticket = ++latest;
    const query = typed.trim().replace(/\s+/g, ' ');
    const address = new URL(window.location.href);
    if (query) address.searchParams.set('q', query);
    else address.searchParams.delete('q');
    window.history.replaceState(null, '', address);
    if (!query) {
      status.textContent = '';
      list.replaceChildren();
      return;
    }
    const results = await find(query);
    const pages = await Promise.all(results.slice(0, MAX_RESULTS).map((result) => result.data()));
    if (ticket !== latest) return;
    list.replaceChildren(...pages.map((page) => resultItem(box, page)));
    status.textContent = announcement(box, results.length, query);
  }

  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => search(input.value), TYPING_PAUSE_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    void search(input.value);
  });

  const asked = new URL(window.location.href).searchParams.get('q');
  if (asked) {
    input.value = asked;
    await search(asked);
  }
}

/** "3 results for “hieu luc”", in the page's language, from the messages in the box's data- attributes. */
function announcement(box: HTMLElement, count: number, query: string): string {
  const { results, oneResult, noResults, firstShown } = box.dataset;
  const message = fill(count === 0 ? noResults! : count === 1 ? oneResult! : results!, { count, query });
  return count > MAX_RESULTS ? `${message} ${fill(firstShown!, { shown: MAX_RESULTS })}` : message;
}

/** One result from the box's `<template data-search-result>`: title, date, and its sections or its excerpt. */
function resultItem(box: HTMLElement, page: PagefindPage): Node {
  const item = copyOf(box, 'data-search-result');
  const title = slot<HTMLAnchorElement>(item, 'title');
  title.href = page.url;
  title.textContent = page.meta.title ?? page.url;
  const date = slot(item, 'date');
  if (page.meta.date) date.textContent = page.meta.date;
  else date.remove();

  // The part before the first heading has the page's own URL: only parts under a heading are sections.
  const sections = page.sub_results
    .filter((section) => section.url.includes('#'))
    .sort((a, b) => b.locations.length - a.locations.length)
    .slice(0, MAX_SECTIONS);
  if (sections.length === 0) {
    slot(item, 'excerpt').append(...excerptNodes(page.excerpt, box.ownerDocument));
    slot(item, 'sections').remove();
    return item;
  }
  slot(item, 'excerpt').remove();
  slot(item, 'sections').append(
    ...sections.map((section) => {
      const entry = copyOf(box, 'data-search-section');
      const link = slot<HTMLAnchorElement>(entry, 'title');
      link.href = section.url;
      link.textContent = section.title;
      slot(entry, 'excerpt').append(...excerptNodes(section.excerpt, box.ownerDocument));
      return entry;
    }),
  );
  return item;
}

function copyOf(box: HTMLElement, template: string): DocumentFragment {
  return box.querySelector<HTMLTemplateElement>(`template[${template}]`)!.content.cloneNode(true) as DocumentFragment;
}

function slot<T extends HTMLElement = HTMLElement>(item: ParentNode, name: string): T {
  return item.querySelector<T>(`[data-slot="${name}"]`)!;
}
