import path from 'node:path';
import { build } from 'esbuild';
import { ASSETS_DIR } from './strip-framework';

const ENTRY = path.resolve(import.meta.dirname, '..', 'enhancements', 'index.ts');

/**
 * Compiles the enhancement module (enhancements/index.ts) to one minified ES module in
 * `<outDir>/assets/`, named by a hash of its content so it can be cached for ever. Returns the
 * public path pages load it from.
 */
export async function buildEnhancements(outDir: string, basePath: string): Promise<string> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    minify: true,
    format: 'esm',
    // Module scripts run only in browsers that have these features anyway.
    target: 'es2020',
    outdir: path.join(outDir, ASSETS_DIR),
    entryNames: 'enhance-[hash]',
    metafile: true,
    logLevel: 'warning',
  });
  const [file] = Object.keys(result.metafile.outputs);
  return `${basePath}/${ASSETS_DIR}/${path.basename(file)}`;
}
