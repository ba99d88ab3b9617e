import type { Element, Root as HastRoot, Text } from 'hast';
import type { Root } from 'mdast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import { visit } from 'unist-util-visit';
import { CONTINUE, EXIT, visitParents } from 'unist-util-visit-parents';
import { linkRel, sitePath } from '../web/paths';

/** A glossary term as the renderer links it: the first of its forms in a text links to its definition. */
export type TermLink = { forms: string[]; href: string; title: string };

export type RenderedMarkdown = {
  html: string;
  /** Every link target written in the markdown, so links to other pages can be checked. */
  links: string[];
};

/**
 * Internal links as editors write them (`/en/articles/…`) get the base path the site is hosted under;
 * links to other sites get `rel="noopener noreferrer"` (see linkRel). Every table is wrapped in a box
 * that scrolls sideways on its own (and can be focused to scroll with the keyboard), so a wide table
 * never makes the whole page wider than a phone's screen. One pass over the elements for both.
 */
function fixLinksAndTables() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName === 'table' && parent && index !== undefined) {
        parent.children[index] = { type: 'element', tagName: 'div', properties: { className: ['scroll-box'], tabIndex: 0 }, children: [node] };
        return CONTINUE;
      }
      const href = node.properties.href;
      if (node.tagName !== 'a' || typeof href !== 'string') return CONTINUE;
      if (href.startsWith('/') && !href.startsWith('//')) node.properties.href = sitePath(href);
      const rel = linkRel(href);
      if (rel) node.properties.rel = rel.split(' ');
      return CONTINUE;
    });
  };
}

// Text inside these is never turned into a glossary link.
const NO_TERM_LINKS = new Set(['a', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Letters and digits on either side mean a form is part of a longer word: "ratify" is not in "ratifying". */
function termPattern(forms: string[]): RegExp {
  const escaped = [...forms].sort((a, b) => b.length - a.length).map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

/** Links the first occurrence of each glossary term (from `file.data.terms`) in body text. */
function linkTerms() {
  return (tree: HastRoot, file: { data: Record<string, unknown> }) => {
    const pending = ((file.data.terms as TermLink[] | undefined) ?? []).map((term) => ({ ...term, pattern: termPattern(term.forms) }));
    // Most text nodes hold no term at all: one pattern of every form still pending tells, in one pass,
    // before each term's own pattern says which and where.
    let anyTerm = termPattern(pending.flatMap((term) => term.forms));
    visitParents(tree, 'text', (node: Text, ancestors) => {
      if (pending.length === 0) return EXIT;
      if (!anyTerm.test(node.value)) return CONTINUE;
      if (ancestors.some((a) => a.type === 'element' && NO_TERM_LINKS.has((a as Element).tagName))) return CONTINUE;
      const pieces: (Text | Element)[] = [];
      let rest = node.value;
      for (;;) {
        const found = pending
          .map((term) => ({ term, match: term.pattern.exec(rest) }))
          .filter((hit) => hit.match)
          .sort((a, b) => a.match!.index - b.match!.index)[0];
        if (!found) break;
        const { index, 0: words } = found.match!;
        if (index > 0) pieces.push({ type: 'text', value: rest.slice(0, index) });
        pieces.push({ type: 'element', tagName: 'a', properties: { href: found.term.href, title: found.term.title }, children: [{ type: 'text', value: words }] });
        pending.splice(pending.indexOf(found.term), 1);
        if (pending.length > 0) anyTerm = termPattern(pending.flatMap((term) => term.forms));
        rest = rest.slice(index + words.length);
      }
      if (pieces.length === 0) return CONTINUE;
      if (rest) pieces.push({ type: 'text', value: rest });
      const parent = ancestors.at(-1) as Element;
      const at = parent.children.indexOf(node);
      parent.children.splice(at, 1, ...pieces);
      return at + pieces.length;
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

// Tables, strikethrough and autolinks come from GitHub-flavoured markdown (remark-gfm), which
// editors know. remark-html is a shortcut for this same pipeline but has no slot for heading ids. Raw HTML in
// markdown is dropped by remark-rehype and anything unsafe left is stripped by rehype-sanitize, so
// no editor's file can run script in a reader's browser. rehype-slug runs after the sanitizer so
// heading ids stay plain (`#scope`, not `#user-content-scope`).
const processor = remark()
  .use(remarkGfm)
  .use(collectLinks)
  .use(remarkRehype)
  .use(rehypeSanitize)
  .use(rehypeSlug)
  .use(linkTerms)
  .use(fixLinksAndTables)
  .use(rehypeStringify)
  .freeze();

/** Markdown to safe HTML, with an id on every heading for anchor links and, if given, glossary terms linked. */
export function renderMarkdown(markdown: string, terms: TermLink[] = []): RenderedMarkdown {
  const file = processor.processSync({ value: markdown, data: { terms } });
  return { html: String(file), links: (file.data.links as string[] | undefined) ?? [] };
}
