import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentDirWith } from './content-dir';

/*
 * Every file the build writes reads the content through lib/site.ts. With a draft and a
 * future-dated article in the content folder, none of them may mention either.
 */
const unpublished = ['Not yet', 'Coming soon', 'Draft event'];
const scheduledFar = '---\ntitle: "Coming soon"\nsummary: "S"\ndate: 2999-01-01\nevents:\n  - id: future-event\n    date: 2025-01-01\n    title: "Future event"\n    source: https://example.org\n---\nLater.\n';

afterEach(() => {
  vi.unstubAllEnvs();
});

async function productionOutputs() {
  vi.stubEnv('CONTENT_DIR', contentDirWith({ 'articles/en/coming-soon.md': scheduledFar }));
  vi.stubEnv('NODE_ENV', 'production');
  vi.resetModules();
  const { getArticles, getTimeline, siteFeed } = await import('@/lib/site');
  const { timelineRows, toCsv, timelineFields, timelineCalendar } = await import('@/lib/outputs/data-export');
  const sitemap = (await import('@/app/sitemap')).default;
  return [
    siteFeed('en').rss2(),
    siteFeed('en').json1(),
    toCsv(timelineFields, timelineRows(getTimeline('en'), 'en')),
    timelineCalendar(getTimeline('en'), 'en'),
    JSON.stringify(sitemap()),
    JSON.stringify(getArticles('en').map((a) => [a.slug, a.title])),
  ];
}

describe('a production build', () => {
  it('leaves drafts and scheduled articles, and their events, out of every output', async () => {
    const outputs = await productionOutputs();
    for (const output of outputs) {
      for (const text of [...unpublished, 'Future event', 'work-in-progress', 'coming-soon']) expect(output).not.toContain(text);
    }
    // The published fixture articles are there, so the check above is not vacuous.
    expect(outputs.every((output) => output.includes('later-news') || output.includes('Later news') || output.includes('Adopted'))).toBe(true);
  });
});
