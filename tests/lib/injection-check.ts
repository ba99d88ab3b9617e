import { Parser } from 'htmlparser2';

/*
 * What a browser could run in a piece of HTML, found by parsing it (htmlparser2, which decodes
 * entities in attributes as a browser does) rather than by searching its text.
 */

// Elements that run script, load a document or style, or change where links and forms go.
const FORBIDDEN_ELEMENTS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'form', 'meta', 'link', 'style', 'svg', 'math', 'template']);

// Attributes whose value a browser follows as a URL.
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'cite', 'poster', 'data', 'background', 'srcset']);

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * The scheme a browser would see: it ignores control characters and spaces around a URL and tabs
 * and newlines inside it, and schemes are case-insensitive. Undefined for a relative URL.
 */
function scheme(url: string): string | undefined {
  const compact = url.replace(/[\0-\x20\x7f-\x9f\s]/g, '').toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/.exec(compact)?.[1];
}

/** Every executable form in `html`, described ("<script>", "onerror=…", "href=javascript:…"); none is []. */
export function executableForms(html: string): string[] {
  const found: string[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      if (FORBIDDEN_ELEMENTS.has(name)) found.push(`<${name}>`);
      for (const [attribute, value] of Object.entries(attributes)) {
        if (attribute.startsWith('on')) found.push(`${attribute}=${value}`);
        if (attribute === 'style' && /expression|url\(/i.test(value)) found.push(`style=${value}`);
        if (!URL_ATTRIBUTES.has(attribute)) continue;
        const urls = attribute === 'srcset' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]) : [value];
        for (const url of urls) {
          const used = scheme(url);
          if (used !== undefined && !SAFE_SCHEMES.has(used)) found.push(`${attribute}=${url}`);
        }
      }
    },
  });
  parser.end(html);
  return found;
}

/** What a reader sees of `html`: its elements (tag names) and its text with entities decoded. */
export function renderedAs(html: string): { elements: string[]; text: string } {
  const elements: string[] = [];
  let text = '';
  const parser = new Parser({
    onopentag(name) {
      elements.push(name);
    },
    ontext(chunk) {
      text += chunk;
    },
  });
  parser.end(html);
  return { elements, text };
}
