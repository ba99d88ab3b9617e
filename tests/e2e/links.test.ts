import { describe, expect, it } from 'vitest';
import { brokenLinks, externalLinksWithoutRel, missingAnchors } from './checks';
import { OUT_DIR } from './static-server';

/* Links in the built site (tests/e2e/checks.ts; checks-fail-on-fixtures.test.ts shows each can fail). */

describe('links in the built site', () => {
  it('none is broken: every page, stylesheet, image, feed and download linked answers 200 (linkinator)', async () => {
    expect(await brokenLinks(OUT_DIR)).toEqual([]);
  }, 120_000);

  it('every link to an anchor finds it on its page', () => {
    expect(missingAnchors(OUT_DIR)).toEqual([]);
  });

  it('every link to another site carries rel="noopener noreferrer"', () => {
    expect(externalLinksWithoutRel(OUT_DIR)).toEqual([]);
  });
});
