import postcss, { type AtRule, type ChildNode, type Root, type Rule } from 'postcss';

/*
 * The stylesheet Next writes holds the whole site's CSS, and half of it is the typography plugin's
 * rules for long text (`.prose` and `sm:prose-lg`: the articles, the home and About pages). Every
 * other page (a State's page, the status page, the timeline…) would download them for nothing. The
 * strip step (scripts/strip-framework.ts) splits them into a stylesheet of their own, which only the
 * pages with such text load.
 */

/** A page that shows long text: an element with the class `prose` (the typography plugin's). */
export const TYPOGRAPHY_CLASS = /\sclass="(?:[^"]*\s)?prose(?:\s[^"]*)?"/;

/**
 * Only the rules for what is inside long text move: selectors such as `.prose :where(p)`. The rules
 * on the element itself (`.prose { max-width: 65ch }`) stay where they are, among the utilities in
 * the same layer, so that `max-w-none` beside `prose` still wins as Tailwind ordered it. Moved rules
 * keep their `@layer` and `@media`, so the cascade is the same once both files are loaded.
 */
const INSIDE_LONG_TEXT = /^\.(?:[\w-]+\\:)?prose(?:-[\w-]+)?\s/;

const insideLongText = (rule: Rule) => rule.selectors.every((selector) => INSIDE_LONG_TEXT.test(selector.trim()));

/** The at-rules a rule sits in, outermost first. */
function containers(rule: Rule): AtRule[] {
  const chain: AtRule[] = [];
  for (let node = rule.parent; node && node.type === 'atrule'; node = node.parent) chain.unshift(node as AtRule);
  return chain;
}

/** The CSS split into what every page needs and what only pages with long text do. */
export function splitStylesheet(css: string): { shared: string; typography: string } {
  const shared = postcss.parse(css);
  const typography = postcss.root();
  shared.walkRules((rule) => {
    if (!insideLongText(rule)) return;
    let target: Root | AtRule = typography;
    for (const container of containers(rule)) {
      const last: ChildNode | undefined = target.last;
      const same: boolean = last?.type === 'atrule' && last.name === container.name && last.params === container.params;
      target = same ? (last as AtRule) : (target.append(container.clone({ nodes: [] })).last as AtRule);
    }
    target.append(rule.clone());
    rule.remove();
  });
  // At-rules left empty by the move go too, innermost first.
  let emptied = true;
  while (emptied) {
    emptied = false;
    shared.walkAtRules((rule) => {
      if (rule.nodes && rule.nodes.length === 0) {
        rule.remove();
        emptied = true;
      }
    });
  }
  return { shared: shared.toString(), typography: typography.toString() };
}
