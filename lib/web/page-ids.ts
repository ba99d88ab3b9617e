/*
 * The ids the site's pages give their own parts. Components take their default ids from here, and
 * the content check (lib/content/) refuses an article heading or an event id that would take one,
 * which would break links to both; so the two can never drift apart.
 */

export const PAGE_IDS = {
  /** `<main>`, where the skip link leads. */
  main: 'main',
  keyFacts: 'key-facts-heading',
  timeline: 'timeline-heading',
  sources: 'sources-heading',
  citeThisPage: 'cite-heading',
  latestArticles: 'latest-heading',
  years: 'years-heading',
  /** The signature period in the status summary, which the feed's "signature closed" item links to. */
  signaturePeriod: 'signature-period',
  /** A State's steps at home (each step has its own anchor, `step-<day>`: see lib/states/record.ts). */
  domesticSteps: 'steps-heading',
  /** Who publishes the site and how to report a mistake, on the About page: every page's footer links there. */
  reportMistake: 'report-a-mistake',
} as const;

/** Ids built from content: citations (`cite-apa`, `cite-<event>`), key facts (`fact-<id>`), timeline years (`year-2025`). */
export const PAGE_ID_PREFIXES = { citation: 'cite-', fact: 'fact-', year: 'year-' } as const;

export function isPageId(id: string): boolean {
  return (Object.values(PAGE_IDS) as string[]).includes(id) || Object.values(PAGE_ID_PREFIXES).some((prefix) => id.startsWith(prefix));
}
