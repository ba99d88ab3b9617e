/*
 * The post-export step of `npm run build`: turns Next's static export into plain HTML and CSS.
 *
 * Every App Router page carries React's client runtime (`/_next/static/chunks/*.js`), an inline
 * copy of the page as an RSC payload (`self.__next_f.push(…)`) and, beside each page, five `.txt`
 * payload files for client-side navigation. No reader needs them: the pages are complete HTML.
 * Next has no switch for this in the App Router (vercel/next.js #5054, #45009), so this step
 * removes them after `next build`. `next dev` is untouched.
 *
 * What it changes, and nothing else:
 * - in every HTML file: removes every `<script>` except JSON-LD, the script preloads, and React's
 *   hydration comments (`<!--$-->`, `<!-- -->`); points the stylesheet at `/assets/`; adds each
 *   of the site's modules (see enhancements/) to the pages that have markup it works on, and only there;
 *   and puts the page's Content-Security-Policy first in its `<head>` as a `<meta>` tag, for hosts
 *   that cannot send headers (here, not in the layouts: `next dev` runs inline scripts it would block);
 * - in out/: moves the stylesheets to `assets/`, with the rules for long text (the typography
 *   plugin's) in a stylesheet of their own that only the pages with long text load
 *   (scripts/split-stylesheet.ts); deletes `_next/` (every chunk is now unused) and every RSC
 *   payload `.txt` file.
 * A page that still refers to `/_next/` afterwards stops the build: it would be a broken link.
 */
import fs from 'node:fs';
import path from 'node:path';
import { HTMLRewriter } from 'html-rewriter-wasm';
import { metaContentSecurityPolicy } from '../lib/web/security-headers';
import { splitStylesheet, TYPOGRAPHY_CLASS } from './split-stylesheet';

/** Attributes that mark markup an enhancement wires up: a page with one of them loads the module. */
export const ENHANCED_SELECTOR = '[data-copy], [data-access-date]';

/** The search page's form (components/site-search.tsx): only that page loads the search module. */
export const SEARCH_SELECTOR = '[data-search]';

/** The State finder's form (components/state-finder.tsx): only the pages with it load the finder module. */
export const FINDER_SELECTOR = '[data-state-finder]';

/** Where the moved stylesheets and the enhancement module live in out/. */
export const ASSETS_DIR = 'assets';

// React's markers between text nodes and around Suspense boundaries; the static page needs none.
const REACT_COMMENTS = new Set(['', ' ', '$', '/$', '$?', '$!']);

/** A browser module and the markup it works on: a page loads it only if it has such markup. */
export type PageModule = { selector: string; src: string };

export type StripOptions = {
  /** The site's base path ('' at the root of its domain), as in every link of the export. */
  basePath: string;
  /** The site's modules, each with its public path. */
  modules?: PageModule[];
};

export type PageOptions = StripOptions & {
  /** The page's policy for its `<meta http-equiv="Content-Security-Policy">`. */
  contentSecurityPolicy?: string;
};

/** A page without the framework, the stylesheets it was pointed away from, and the modules it loads. */
export type StrippedPage = { html: string; modules: string[]; stylesheets: string[] };

/** One exported page without the framework: see the header of this file for what changes. */
export async function stripPage(html: string, { basePath, modules = [], contentSecurityPolicy }: PageOptions): Promise<StrippedPage> {
  const chunks: Uint8Array[] = [];
  const rewriter = new HTMLRewriter((chunk) => chunks.push(chunk));
  const stylesheets: string[] = [];
  const loaded = new Set<string>();
  rewriter
    .on('head', {
      element(head) {
        if (contentSecurityPolicy) head.prepend(`<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">`, { html: true });
      },
    })
    .on('script', {
      element(script) {
        if (script.getAttribute('type') !== 'application/ld+json') script.remove();
      },
    })
    .on('link[rel="preload"][as="script"], link[rel="modulepreload"]', {
      element(link) {
        link.remove();
      },
    })
    .on('link[rel="stylesheet"]', {
      element(link) {
        const href = link.getAttribute('href') ?? '';
        if (href.startsWith(`${basePath}/_next/`)) {
          stylesheets.push(href.slice(basePath.length));
          link.setAttribute('href', `${basePath}/${ASSETS_DIR}/${path.posix.basename(href)}`);
        }
        link.removeAttribute('data-precedence');
      },
    });
  for (const { selector, src } of modules) {
    rewriter.on(selector, {
      element() {
        loaded.add(src);
      },
    });
  }
  rewriter
    .on('body', {
      element(body) {
        body.onEndTag((end) => {
          for (const src of loaded) end.before(`<script type="module" src="${src}"></script>`, { html: true });
        });
      },
    })
    .onDocument({
      comments(comment) {
        if (REACT_COMMENTS.has(comment.text)) comment.remove();
      },
    });
  try {
    await rewriter.write(new TextEncoder().encode(html));
    await rewriter.end();
  } finally {
    rewriter.free();
  }
  return { html: Buffer.concat(chunks).toString('utf8'), modules: [...loaded], stylesheets };
}

/** The path a reader visits for an exported file: `en/timeline/index.html` → `/en/timeline/`. */
export function pagePath(file: string): string {
  return `/${file.split(path.sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');
}

/** Every file under a folder, as paths relative to it. */
function filesIn(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => fs.statSync(path.join(dir, file)).isFile())
    .sort();
}

/** An RSC payload: `__next.*.txt`, or a `.txt` beside the `.html` of the same name (`index.txt`). */
export function isPayloadFile(file: string, files: Set<string>): boolean {
  if (!file.endsWith('.txt')) return false;
  return path.basename(file).startsWith('__next.') || files.has(`${file.slice(0, -4)}.html`);
}

/** What the step did; `modulePages` lists, per module, the pages that load it. */
export type StripReport = { pages: number; modulePages: Record<string, string[]>; removedFiles: number; removedBytes: number };

/**
 * Strips the framework from a whole export in place (see the header of this file). Throws, having
 * changed nothing, if a page would still load something from `/_next/`.
 *
 * One page at a time, each written beside its original under a temporary name until every page has
 * passed: html-rewriter's WebAssembly memory never shrinks, and all pages in flight at once (with
 * their text held until the end) took the build's process past 1 GB at 1,000 articles per language,
 * which was the build's peak.
 */
export async function stripExport(outDir: string, options: StripOptions): Promise<StripReport> {
  const files = filesIn(outDir);
  const fileSet = new Set(files);
  const pages = files.filter((file) => file.endsWith('.html'));
  // Every stylesheet of the export split first (there are a few), so each page is written whole at once.
  const split = new Map(files.filter((file) => file.startsWith('_next/') && file.endsWith('.css')).map((file) => [`/${file}`, splitStylesheet(fs.readFileSync(path.join(outDir, file), 'utf8'))]));
  const typographyOf = new Map([...split].filter(([, { typography }]) => typography).map(([stylesheet]) => [path.posix.basename(stylesheet), path.posix.basename(stylesheet).replace(/\.css$/, '-typography.css')]));

  const stripped = (file: string) => path.join(outDir, `${file}.stripped`);
  const linked = new Set<string>();
  const modulePages = Object.fromEntries((options.modules ?? []).map(({ src }) => [src, [] as string[]]));
  const leftovers: string[] = [];
  try {
    for (const file of pages) {
      const pageOptions = { ...options, contentSecurityPolicy: metaContentSecurityPolicy(pagePath(file)) };
      const page = await stripPage(fs.readFileSync(path.join(outDir, file), 'utf8'), pageOptions);
      if (page.html.includes(`${options.basePath}/_next/`)) leftovers.push(file);
      for (const stylesheet of page.stylesheets) linked.add(stylesheet);
      for (const src of page.modules) modulePages[src].push(file);
      fs.writeFileSync(stripped(file), withTypography(page.html, options.basePath, typographyOf));
    }
    if (leftovers.length > 0) throw new Error(`These pages would still load files from /_next/, which the build removes: ${leftovers.join(', ')}`);
  } catch (error) {
    for (const file of pages) fs.rmSync(stripped(file), { force: true });
    throw error;
  }
  for (const file of pages) fs.renameSync(stripped(file), path.join(outDir, file));

  fs.mkdirSync(path.join(outDir, ASSETS_DIR), { recursive: true });
  for (const stylesheet of linked) {
    const name = path.posix.basename(stylesheet);
    const parts = split.get(stylesheet);
    if (!parts) throw new Error(`Pages link ${stylesheet}, which the export does not have`);
    const { shared, typography } = parts;
    fs.writeFileSync(path.join(outDir, ASSETS_DIR, name), shared);
    if (typography) fs.writeFileSync(path.join(outDir, ASSETS_DIR, typographyOf.get(name)!), typography);
  }

  const removed = files.filter((file) => file.startsWith('_next/') || isPayloadFile(file, fileSet));
  const removedBytes = removed.reduce((sum, file) => sum + fs.statSync(path.join(outDir, file)).size, 0);
  for (const file of removed) fs.rmSync(path.join(outDir, file));
  fs.rmSync(path.join(outDir, '_next'), { recursive: true, force: true });
  removeEmptyFolders(outDir);
  return { pages: pages.length, modulePages, removedFiles: removed.length, removedBytes };
}

/** A page with long text loads the typography stylesheet right after the shared one; other pages do not. */
export function withTypography(html: string, basePath: string, typographyOf: Map<string, string>): string {
  if (!TYPOGRAPHY_CLASS.test(html)) return html;
  return html.replace(new RegExp(`<link rel="stylesheet" href="${basePath}/${ASSETS_DIR}/([\\w-]+\\.css)"[^>]*>`, 'g'), (link, name: string) => {
    const typography = typographyOf.get(name);
    return typography ? `${link}<link rel="stylesheet" href="${basePath}/${ASSETS_DIR}/${typography}"/>` : link;
  });
}

function removeEmptyFolders(dir: string) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const sub = path.join(dir, entry.name);
    removeEmptyFolders(sub);
    if (fs.readdirSync(sub).length === 0) fs.rmdirSync(sub);
  }
}
