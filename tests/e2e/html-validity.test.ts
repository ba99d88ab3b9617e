import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { builtHtmlFiles } from './site-pages';

const vnuJar: string = createRequire(import.meta.url)('vnu-jar');

describe('the built HTML', () => {
  it('is valid according to the W3C Nu validator', async () => {
    const files = builtHtmlFiles();
    expect(files.length).toBeGreaterThan(20);
    const result = await promisify(execFile)('java', ['-jar', vnuJar, '--errors-only', '--format', 'gnu', ...files]).then(
      () => '',
      (error: { stderr: string }) => error.stderr,
    );
    expect(result).toBe('');
    // Some 850 pages, the ~390 State pages among them: Java reads them all in one run.
  }, 300_000);
});
