import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content';
import { ContentError } from '@/lib/content/errors';
import { contentDirWith } from './content-dir';

const dir = contentDirWith({});
const target = path.join(dir, 'articles', 'en', 'random.md');

/** Loads the folder with one random file in it: it must load or fail with the project's own error. */
function loadsOrExplains(file: string | Uint8Array) {
  fs.writeFileSync(target, file);
  try {
    loadContent(dir);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    // Every problem names a file of the folder: the random one, or a fixture it may clash with.
    for (const problem of error.problems) expect(path.resolve(problem.file).startsWith(dir)).toBe(true);
  }
}

const fieldNames = fc.constantFrom('title', 'summary', 'date', 'updated', 'events', 'sources', 'draft', 'changes', 'tittle', 'id', 'source', 'url');
const frontMatter = fc.dictionary(fieldNames, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 8 });
const markdown = fc.array(
  fc.oneof(
    fc.string(),
    fc.constantFrom('## Heading', '[link](/en/articles/nope/)', '[ok](/en/articles/first-steps/)', '<script>x</script>', '---', '```', '> quote', '* item'),
  ),
  { maxLength: 10 },
);

describe('the loader on random input', () => {
  it('loads random front matter and markdown or explains what is wrong, nothing else', () => {
    fc.assert(
      fc.property(frontMatter, markdown, (data, body) => {
        loadsOrExplains(`---\n${yaml.dump(data)}---\n${body.join('\n')}\n`);
      }),
      { numRuns: 300 },
    );
  });

  it('survives any text or bytes as a whole file', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.uint8Array({ maxLength: 200 }), fc.constantFrom('---', '---\n---', '---js\n{}\n---', '---json\n{}\n---')), (file) => {
        loadsOrExplains(file);
      }),
      { numRuns: 300 },
    );
  });

  it('accepts every well-formed article, whatever its text', () => {
    const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    const text = fc.string({ minLength: 1 }).filter((s) => s.trim().length > 0);
    fc.assert(
      fc.property(text, text, day, fc.string(), (title, summary, date, body) => {
        fs.writeFileSync(target, `---\n${yaml.dump({ title, summary, date })}---\n${body}\n`);
        const content = loadContent(dir, { includeUnpublished: true });
        expect(content.articles.en.find((a) => a.slug === 'random')).toMatchObject({ title: title.trim(), date });
      }),
      { numRuns: 200 },
    );
  });
});
