import type { Element, Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import { remark } from 'remark';
import remarkRehype from 'remark-rehype';
import { visit } from 'unist-util-visit';
import { sitePath } from './paths';

export type RenderedMarkdown = {
  html: string;
  /** Every link target written in the markdown, so links to other pages can be checked. */
  links: string[];
};

/** Internal links as editors write them (`/en/articles/…`) get the base path the site is hosted under. */
function prefixBasePath() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node: Element) => {
      const href = node.properties.href;
      if (node.tagName === 'a' && typeof href === 'string' && href.startsWith('/') && !href.startsWith('//')) {
        node.properties.href = sitePath(href);
      }
    });
  };
}

/** Collects link targets into `file.data.links` while the markdown is parsed anyway. */
function collectLinks() {
  return (tree: Root, file: { data: Record<string, unknown> }) => {
    const links: string[] = [];
    visit(tree, ['link', 'definition'], (node) => {
      links.push((node as { url: string }).url);
    });
    file.data.links = links;
  };
}

// remark-html is a shortcut for this same pipeline but has no slot for heading ids. Raw HTML in
// markdown is dropped by remark-rehype and anything unsafe left is stripped by rehype-sanitize, so
// no editor's file can run script in a reader's browser. rehype-slug runs after the sanitizer so
// heading ids stay plain (`#scope`, not `#user-content-scope`).
const processor = remark()
  .use(collectLinks)
  .use(remarkRehype)
  .use(rehypeSanitize)
  .use(rehypeSlug)
  .use(prefixBasePath)
  .use(rehypeStringify)
  .freeze();

/** Markdown to safe HTML, with an id on every heading for anchor links. */
export function renderMarkdown(markdown: string): RenderedMarkdown {
  const file = processor.processSync(markdown);
  return { html: String(file), links: (file.data.links as string[] | undefined) ?? [] };
}
