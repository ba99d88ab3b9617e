/*
 * Which tests run where (vitest.config.ts). A push that changes only content/ runs what content can
 * break (.github/workflows/site.yml): the content check, the tests that read the project's own
 * content, the build and every check of every built page; the pages' behaviour waits for the daily
 * run; any other push runs everything.
 * tests/lib/test-projects.test.ts keeps these lists true.
 */

/** The unit tests that read the project's own content/ (the others run on fixture folders). */
export const CONTENT_TESTS = [
  'tests/lib/convention/structure.test.ts',
  'tests/lib/language-parity.test.ts',
  'tests/lib/site-content.test.ts',
  'tests/lib/states/names.test.ts',
  'tests/lib/status/figures.test.ts',
  'tests/lib/status/rules.test.ts',
  'tests/lib/status/untc/names.test.ts',
  'tests/lib/vietnamese-terms.test.ts',
  'tests/scripts/synthetic-content.test.ts',
];

/**
 * The browser tests that need no build: the project's own tools and checks, on copies of the content
 * and on fixtures (the editing form through `npm run cms`, the preview, the checks failing on broken
 * sites). They test code, so a push of content alone leaves them to the next push of code.
 */
export const TOOL_BROWSER_TESTS = ['tests/e2e/cms.test.ts', 'tests/e2e/preview.test.ts', 'tests/e2e/checks-fail-on-fixtures.test.ts'];

/**
 * The browser tests of the built site's behaviour, through pages they name: the home's first screen,
 * the State pages and the finder, the search, the language switch, keyboard focus, copy buttons and
 * permalinks. What they prove is the code's (a push of code runs them, and the daily run); a push of
 * content alone is published after the checks of every page (the e2e project) and leaves them to the
 * daily run, to reach readers within five minutes.
 */
export const BEHAVIOUR_BROWSER_TESTS = ['tests/e2e/home.test.ts', 'tests/e2e/search.test.ts', 'tests/e2e/site.test.ts', 'tests/e2e/state-pages.test.ts'];
