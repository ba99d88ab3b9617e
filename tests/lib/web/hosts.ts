/*
 * How static hosts read a `_headers` file, to check what each would send. A rule's path is exact or
 * has `*` for any characters (Cloudflare turns it into `.*`). Netlify sends, for each header, the
 * value of the most specific rule that matches; Cloudflare Pages sends the headers of every rule
 * that matches and joins two values of one header with a comma.
 */

export type ParsedRule = { pattern: string; headers: [name: string, value: string][] };

export function parseHeadersFile(text: string): ParsedRule[] {
  const rules: ParsedRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const colon = line.indexOf(':');
      rules.at(-1)!.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

const matches = (pattern: string, path: string) => new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`).test(path);

export type HostReading = 'most specific rule' | 'every matching rule joined';

/** The headers a host reading `_headers` that way sends for `path`. */
export function hostHeaders(rules: ParsedRule[], path: string, reading: HostReading): Record<string, string> {
  const matching = rules.filter((rule) => matches(rule.pattern, path));
  const headers: Record<string, string> = {};
  if (reading === 'every matching rule joined') {
    for (const [name, value] of matching.flatMap((rule) => rule.headers)) headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
    return headers;
  }
  // Least specific first, so the more specific overwrite: a splat before an exact path, a shorter before a longer.
  const specificity = (pattern: string) => (pattern.includes('*') ? 0 : 1e6) + pattern.length;
  for (const rule of [...matching].sort((a, b) => specificity(a.pattern) - specificity(b.pattern))) for (const [name, value] of rule.headers) headers[name] = value;
  return headers;
}

/** The headers that more than one matching rule sets for `path`: what a joining host would garble. */
export function setTwice(rules: ParsedRule[], path: string): string[] {
  const names = rules.filter((rule) => matches(rule.pattern, path)).flatMap((rule) => rule.headers.map(([name]) => name));
  return [...new Set(names.filter((name, index) => names.indexOf(name) !== index))];
}
