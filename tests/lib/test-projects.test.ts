import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BEHAVIOUR_BROWSER_TESTS, CONTENT_TESTS, TOOL_BROWSER_TESTS } from '../projects';

/*
 * A push that changes only content/ runs the tests in CONTENT_TESTS, not the other unit tests: a new
 * test that reads the project's own content must be listed there, or such a push would skip it.
 */

const ROOT = path.join(import.meta.dirname, '..', '..');

const testFiles = (dir: string) =>
  fs
    .readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.test\.tsx?$/.test(file))
    .map((file) => path.join(dir, file).split(path.sep).join('/'));

/** Reads the project's own content: the loader's CONTENT_DIR (which is content/ unless a test changes it), or content/ by its path. */
const READS_CONTENT = [/import \{[^}]*\bCONTENT_DIR\b[^}]*\} from '@\/lib\/content'/, /path\.join\(ROOT, 'content'\)/];

describe('the test projects (tests/projects.ts)', () => {
  const unitTests = [...testFiles('tests/lib'), ...testFiles('tests/scripts'), ...testFiles('tests/components')];
  const readsContent = (file: string) => READS_CONTENT.some((pattern) => pattern.test(fs.readFileSync(path.join(ROOT, file), 'utf8')));

  it('list every unit test that reads the project’s own content, and only those', () => {
    expect(unitTests.filter(readsContent).sort()).toEqual([...CONTENT_TESTS].sort());
  });

  it('name browser tests that exist', () => {
    for (const file of [...TOOL_BROWSER_TESTS, ...BEHAVIOUR_BROWSER_TESTS]) expect(fs.existsSync(path.join(ROOT, file)), file).toBe(true);
  });
});
