import path from 'node:path';
import { build } from 'esbuild';
import { ASSETS_DIR } from './strip-framework';

const ENHANCEMENTS = path.resolve(import.meta.dirname, '..', 'enhancements');

/** The site's browser modules, each built from its entry in enhancements/ to `assets/<name>-<hash>.js`. */
const ENTRIES = {
  /** Copy buttons and access dates, on the pages with citations. */
  enhance: path.join(ENHANCEMENTS, 'index.ts'),
  /** The search page's form and results, over Pagefind's index. */
  search: path.join(ENHANCEMENTS, 'search', 'index.ts'),
  /** "Has your country signed?": the State finder on the pages that have it. */
  finder: path.join(ENHANCEMENTS, 'state-finder.ts'),
};

export type ModuleName = keyof typeof ENTRIES;

/**
 * Compiles each module of enhancements/ to one minified ES module in `<outDir>/assets/`, named by a
 * hash of its content so it can be cached for ever. Returns the public path pages load each from.
 */
export async function buildEnhancements(outDir: string, basePath: string): Promise<Record<ModuleName, string>> {
  const result = await build({
    entryPoints: ENTRIES,
    bundle: true,
    minify: true,
    format: 'esm',
    // Module scripts run only in browsers that have these features anyway.
    target: 'es2020',
    outdir: path.join(outDir, ASSETS_DIR),
    entryNames: '[name]-[hash]',
    metafile: true,
    logLevel: 'warning',
  });
  const built = Object.entries(result.metafile.outputs).map(([file, output]) => [output.entryPoint, file]);
  const publicPath = (entry: string) => {
    const file = built.find(([entryPoint]) => entryPoint && path.resolve(entryPoint) === entry)?.[1];
    if (!file) throw new Error(`esbuild wrote no file for ${entry}`);
    return `${basePath}/${ASSETS_DIR}/${path.basename(file)}`;
  };
  return { enhance: publicPath(ENTRIES.enhance), search: publicPath(ENTRIES.search), finder: publicPath(ENTRIES.finder) };
}
