import { remark } from 'remark';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';

// remark-html is a shortcut for this same pipeline but has no slot for heading ids. Raw HTML in
// markdown is dropped by remark-rehype and anything unsafe left is stripped by rehype-sanitize, so
// no editor's file can run script in a reader's browser. rehype-slug runs after the sanitizer so
// heading ids stay plain (`#scope`, not `#user-content-scope`).
const processor = remark().use(remarkRehype).use(rehypeSanitize).use(rehypeSlug).use(rehypeStringify).freeze();

/** Markdown to safe HTML, with an id on every heading for anchor links. */
export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}
