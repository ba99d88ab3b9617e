/*
 * The part of Pagefind's browser API (`pagefind.js`, Pagefind 1.6) that the search module uses.
 * Pagefind picks the index of the page's `<html lang>` by itself: one index per language.
 */

export type Pagefind = {
  /** `baseUrl` is put in front of every result's URL: the site's base path. */
  /** `exactDiacritics` matches the marks as typed instead of folding them (Pagefind 1.5 and later). */
  options: (options: { baseUrl?: string; exactDiacritics?: boolean }) => Promise<void>;
  /** Loads the language's index and compiles Pagefind's WebAssembly. */
  init: () => Promise<void>;
  search: (query: string) => Promise<{ results: PagefindResult[] }>;
};

/** One page found: its score, and its details loaded on demand. */
export type PagefindResult = { id: string; score: number; data: () => Promise<PagefindPage> };

export type PagefindPage = {
  url: string;
  /** Text around the match, with the words found in `<mark>`. */
  excerpt: string;
  /** `title` is the page's first `<h1>`; `date` is set by `data-pagefind-meta` (components/change-history.tsx). */
  meta: { title?: string; date?: string };
  /** The page's parts the words were found in: one per heading with an id, and the part before the first. */
  sub_results: PagefindSection[];
};

export type PagefindSection = { title: string; url: string; excerpt: string; locations: number[] };
