/**
 * Pagefind's excerpt as nodes for the page: its text, and its `<mark>`s as marks. Nothing else of
 * the excerpt's markup is kept, so no text of a page can become markup in the results; the excerpt
 * is parsed by DOMParser, which runs nothing, and entities come out as the characters they stand for.
 */
export function excerptNodes(excerpt: string, document: Document): Node[] {
  const parsed = new DOMParser().parseFromString(`<!DOCTYPE html><body>${excerpt}`, 'text/html');
  return [...parsed.body.childNodes].map((node) => {
    const text = node.textContent ?? '';
    if (node.nodeName !== 'MARK') return document.createTextNode(text);
    const mark = document.createElement('mark');
    mark.textContent = text;
    return mark;
  });
}
