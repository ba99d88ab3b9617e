// Lighthouse CI (`npm run test:lighthouse`, through tests/lighthouse/run.ts).
//
// Lighthouse 12 (from @lhci/cli 0.15) with its defaults: mobile form factor, simulated throttling.
// Debian's Chromium, with the flags the browser tests use (tests/e2e/browser.ts); lhci adds
// `--headless=new` itself. The pages (`--collect.url`) come from tests/lighthouse/run.ts, which serves
// out/ as the browser tests do: under the base path it was built for, with the site's headers.
//
// Accessibility, best practices and SEO must score 100. Performance is measured and reported, never
// asserted: timings on shared two-core machines are noisy.
//
// Results are written to reports/lighthouse/ (manifest.json, and one JSON and one HTML report per
// run) and are never uploaded: the `filesystem` target makes no network request.
//
// Paths are resolved from this file, so the result does not depend on the working directory.
const path = require('node:path');

const fromRoot = (...parts) => path.join(__dirname, ...parts);

module.exports = {
  ci: {
    collect: {
      // One run per page keeps CI time down; the asserted categories do not depend on timing.
      numberOfRuns: 1,
      chromePath: '/usr/bin/chromium',
      settings: {
        chromeFlags: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ].join(' '),
      },
    },
    assert: {
      assertions: {
        'categories:performance': 'off',
        'categories:accessibility': ['error', { minScore: 1 }],
        'categories:best-practices': ['error', { minScore: 1 }],
        'categories:seo': ['error', { minScore: 1 }],
      },
    },
    upload: {
      target: 'filesystem',
      outputDir: fromRoot('reports', 'lighthouse'),
    },
  },
};
