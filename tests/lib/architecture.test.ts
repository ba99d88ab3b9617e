import fs from 'node:fs';
import path from 'node:path';
import madge from 'madge';
import { beforeAll, describe, expect, it } from 'vitest';

/*
 * The house's rules, read from the code's own imports (madge): data flows one way, the content is
 * read in one place, and nothing goes round in a circle.
 */
const ROOT = path.join(import.meta.dirname, '..', '..');

let graph: Record<string, string[]>;
let circular: string[][];
beforeAll(async () => {
  const result = await madge(['app', 'components', 'enhancements', 'lib', 'scripts'], {
    baseDir: ROOT,
    fileExtensions: ['ts', 'tsx'],
    tsConfig: path.join(ROOT, 'tsconfig.json'),
  });
  graph = result.obj();
  circular = result.circular();
}, 30_000);

/** The loader's pieces that read no file: the loader and the editor's preview pane (enhancements/editor-preview/) both check and draw entries with them. */
const READS_NO_FILE = ['lib/content/article.ts', 'lib/content/errors.ts', 'lib/content/fields.ts', 'lib/content/markdown.ts', 'lib/content/on-day.ts'];

const importersOf = (module: string) => Object.keys(graph).filter((file) => graph[file].includes(module));

describe('the import graph', () => {
  it('has no cycle', () => {
    expect(circular).toEqual([]);
  });

  it('reads the content in one place: only lib/site.ts and the editors’ commands use the loader', () => {
    const loader = Object.keys(graph).filter((file) => file.startsWith('lib/content/') && !READS_NO_FILE.includes(file));
    expect(loader).toContain('lib/content/index.ts');
    const users = [...new Set(loader.flatMap(importersOf))].filter((file) => !file.startsWith('lib/content/') && !file.startsWith('scripts/'));
    expect(users).toEqual(['lib/site.ts']);
  });

  it('lets the editor’s preview pane draw an entry with the loader’s own pieces that read no file, and those only', () => {
    for (const file of READS_NO_FILE) {
      expect(graph[file].filter((dep) => dep.startsWith('lib/content/') && !READS_NO_FILE.includes(dep)), file).toEqual([]);
      expect(fs.readFileSync(path.join(ROOT, file), 'utf8'), file).not.toMatch(/from 'node:(fs|path)'/);
    }
    const users = [...new Set(READS_NO_FILE.flatMap(importersOf))].filter((file) => !file.startsWith('lib/content/') && !file.startsWith('scripts/') && file !== 'lib/site.ts');
    expect(users).toEqual(['enhancements/editor-preview/templates.tsx']);
  });

  it('hands content to the routes only: no lib module or component imports lib/site.ts', () => {
    expect(importersOf('lib/site.ts')).toContain('app/[lang]/page.tsx');
    expect(importersOf('lib/site.ts').filter((file) => !file.startsWith('app/') && !file.startsWith('scripts/'))).toEqual([]);
  });

  it('keeps lib/ free of React and of the layers above it', () => {
    const upward = Object.entries(graph).filter(([file, deps]) => file.startsWith('lib/') && deps.some((dep) => /^(app|components|enhancements)\//.test(dep)));
    expect(upward).toEqual([]);
  });
});
