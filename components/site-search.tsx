import { t, type Lang } from '@/lib/i18n';
import { paths } from '@/lib/web/paths';

export type SiteSearchProps = {
  lang: Lang;
};

/**
 * The search page's form and results, run by the search module (enhancements/search/) over
 * Pagefind's index of the language. Progressive: the form is rendered `hidden` and the module shows
 * it, so without JavaScript the reader meets no dead box but links to the pages that list
 * everything (articles, timeline, glossary); the module shows them again if Pagefind cannot load.
 * The results' markup is in `<template>`s, so its classes and structure live here, not in the script;
 * the messages the module announces are in `data-` attributes, in the page's language.
 */
export function SiteSearch({ lang }: SiteSearchProps) {
  const text = t(lang);
  return (
    <div
      data-search
      data-search-bundle={paths.searchBundle()}
      data-search-base={paths.root()}
      data-results={text.searchResults}
      data-one-result={text.searchOneResult}
      data-no-results={text.searchNoResults}
      data-first-shown={text.searchFirstShown}
      data-load-failed={text.searchLoadFailed}
      className="mt-6 max-w-3xl"
    >
      <form role="search" action={paths.search(lang)} hidden>
        <label htmlFor="search-query" className="block font-semibold">
          {text.searchLabel}
        </label>
        <div className="mt-2 flex gap-2">
          <input
            id="search-query"
            name="q"
            type="search"
            autoComplete="off"
            spellCheck={false}
            className="min-w-0 flex-1 rounded border-2 border-ink bg-page px-3 py-2 text-ink"
          />
          <button type="submit" className="rounded border-2 border-accent bg-accent px-4 py-2 font-semibold text-page">
            {text.searchButton}
          </button>
        </div>
      </form>
      <p role="status" data-search-status className="mt-4 font-medium" />
      <ol data-search-results className="mt-4 space-y-8" />
      <div data-search-fallback>
        <p data-search-fallback-reason>{text.searchWithoutScript}</p>
        <ul className="mt-2 list-disc ps-6">
          <li>
            <a href={paths.articles(lang)}>{text.allArticles}</a>
          </li>
          <li>
            <a href={paths.timeline(lang)}>{text.timelineTitle}</a>
          </li>
          <li>
            <a href={paths.glossary(lang)}>{text.glossaryTitle}</a>
          </li>
          <li>
            <a href={paths.states(lang)}>{text.finderAllLink}</a>
          </li>
        </ul>
      </div>
      <template data-search-result>
        <li>
          <h2 className="text-xl font-semibold">
            <a data-slot="title" />
          </h2>
          <p data-slot="date" className="mt-1 text-sm text-muted" />
          <p data-slot="excerpt" className="mt-2" />
          <ul data-slot="sections" className="mt-3 space-y-3 border-s-2 border-line ps-4" />
        </li>
      </template>
      <template data-search-section>
        <li>
          <a data-slot="title" className="font-medium" />
          <p data-slot="excerpt" className="mt-1 text-sm" />
        </li>
      </template>
    </div>
  );
}
