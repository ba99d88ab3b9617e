/*
 * The search page's module: the search form and its results (site-search.ts) over Pagefind, whose
 * script the build writes beside the index (scripts/build-search-index.ts). Loaded only on the
 * search page (scripts/strip-framework.ts), so no other page loads Pagefind.
 */
import type { Pagefind } from './pagefind';
import { enableSearch } from './site-search';

const box = document.querySelector<HTMLElement>('[data-search]');
if (box) void enableSearch(box, (bundle) => import(`${bundle}pagefind.js`) as Promise<Pagefind>);
