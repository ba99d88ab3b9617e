/*
 * The Lighthouse section of `npm run bench`. The figures come from `npm run test:lighthouse`, which
 * writes reports/lighthouse/manifest.json, an array of { url, isRepresentativeRun, summary:
 * { performance, … }, jsonPath }, each jsonPath a full report (relative to the manifest).
 * To report another audit, add it to LighthouseRow, readLighthouse and the table in lighthouseLines.
 */
import fs from 'node:fs';
import path from 'node:path';

/** One page's figures. Scores are 0–100 (null when Lighthouse could not score the page); times in ms. */
export type LighthouseRow = { url: string; performance: number | null; lcpMs: number; tbtMs: number; cls: number };

type ManifestEntry = { url: string; isRepresentativeRun?: boolean; summary: { performance?: number | null }; jsonPath: string };

/**
 * The representative run of each URL in the manifest in `dir`, or undefined when
 * there is no manifest yet.
 */
export function readLighthouse(dir: string): LighthouseRow[] | undefined {
  const manifest = path.join(dir, 'manifest.json');
  if (!fs.existsSync(manifest)) return undefined;
  const entries = (JSON.parse(fs.readFileSync(manifest, 'utf8')) as ManifestEntry[]).filter((e) => e.isRepresentativeRun !== false);
  return entries.map((entry) => {
    // Relative to the manifest's folder.
    const lhr = JSON.parse(fs.readFileSync(path.resolve(dir, entry.jsonPath), 'utf8'));
    const audit = (id: string): number => lhr.audits?.[id]?.numericValue ?? NaN;
    const score = entry.summary.performance;
    return {
      url: entry.url,
      performance: typeof score === 'number' ? Math.round(score * 100) : null,
      lcpMs: audit('largest-contentful-paint'),
      tbtMs: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
    };
  });
}

/** The section as printed: a table against the targets (performance >= 99, TBT 0), or how to produce it. */
export function lighthouseLines(rows: LighthouseRow[] | undefined): string[] {
  const title = '=== Lighthouse, from the last npm run test:lighthouse (targets: performance >= 99, TBT 0 ms) ===';
  if (!rows) return [title, 'No reports/lighthouse/manifest.json yet: run npm run test:lighthouse (after npm run build), then npm run bench again.'];
  const widths = [44, 12, 9, 9, 7, 8];
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [
    title,
    line(['URL', 'performance', 'LCP', 'TBT', 'CLS', 'result']),
    ...rows.map((r) => {
      const met = r.performance !== null && r.performance >= 99 && r.tbtMs === 0;
      return line([new URL(r.url).pathname, String(r.performance ?? 'n/a'), `${Math.round(r.lcpMs)} ms`, `${Math.round(r.tbtMs)} ms`, r.cls.toFixed(3), met ? 'met' : 'NOT met']);
    }),
  ];
}
