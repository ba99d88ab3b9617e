import { describe, expect, it } from 'vitest';
import { splitStylesheet, TYPOGRAPHY_CLASS } from '@/scripts/split-stylesheet';
import { withTypography } from '@/scripts/strip-framework';

// The shape of Tailwind's output: layers, utilities around the typography plugin's rules, a breakpoint.
const css =
  '@layer theme,base,components,utilities;@layer base{a{color:red}}' +
  '@layer utilities{.mt-4{margin-top:1rem}.prose{color:var(--tw-prose-body);max-width:65ch}' +
  '.prose :where(p):not(:where([class~=not-prose],[class~=not-prose] *)){margin-top:1.25em}.prose :where(h2){font-size:1.5em}.max-w-none{max-width:none}' +
  '@media (min-width:40rem){.sm\\:prose-lg{font-size:1.125rem}.sm\\:prose-lg :where(p){margin-top:1.33em}}}';

describe('splitStylesheet', () => {
  const { shared, typography } = splitStylesheet(css);

  it('moves the rules for what is inside long text, in their layer and breakpoint', () => {
    expect(typography).toBe(
      '@layer utilities{.prose :where(p):not(:where([class~=not-prose],[class~=not-prose] *)){margin-top:1.25em}.prose :where(h2){font-size:1.5em}@media (min-width:40rem){.sm\\:prose-lg :where(p){margin-top:1.33em}}}',
    );
  });

  it('keeps the rules on the element itself among the utilities, in Tailwind’s order, and every other rule', () => {
    expect(shared).toBe(
      '@layer theme,base,components,utilities;@layer base{a{color:red}}@layer utilities{.mt-4{margin-top:1rem}.prose{color:var(--tw-prose-body);max-width:65ch}.max-w-none{max-width:none}@media (min-width:40rem){.sm\\:prose-lg{font-size:1.125rem}}}',
    );
  });

  it('leaves a stylesheet without long text as it is', () => {
    expect(splitStylesheet('@layer utilities{.mt-4{margin-top:1rem}}')).toEqual({ shared: '@layer utilities{.mt-4{margin-top:1rem}}', typography: '' });
  });

  it('drops an at-rule the move leaves empty', () => {
    expect(splitStylesheet('@media print{@layer utilities{.prose :where(a){color:black}}}').shared).toBe('');
  });
});

describe('the pages that load the typography stylesheet', () => {
  it('are those with the prose class, not another class that contains the word', () => {
    expect(TYPOGRAPHY_CLASS.test('<div class="prose mt-4 max-w-none sm:prose-lg">')).toBe(true);
    expect(TYPOGRAPHY_CLASS.test('<div class="mt-8 prose">')).toBe(true);
    expect(TYPOGRAPHY_CLASS.test('<div class="not-prose">')).toBe(false);
    expect(TYPOGRAPHY_CLASS.test('<p>The prose of a class="x"</p>')).toBe(false);
  });

  it('get its link right after the shared stylesheet’s, under the base path; other pages are left as they are', () => {
    const typographyOf = new Map([['abc.css', 'abc-typography.css']]);
    const page = (body: string) => `<head><link rel="stylesheet" href="/hanoi/assets/abc.css"/></head><body>${body}</body>`;
    expect(withTypography(page('<div class="prose">'), '/hanoi', typographyOf)).toBe(
      '<head><link rel="stylesheet" href="/hanoi/assets/abc.css"/><link rel="stylesheet" href="/hanoi/assets/abc-typography.css"/></head><body><div class="prose"></body>',
    );
    expect(withTypography(page('<div class="mt-4">'), '/hanoi', typographyOf)).toBe(page('<div class="mt-4">'));
  });
});
