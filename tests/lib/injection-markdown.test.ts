import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '@/lib/content/markdown';
import { payloads } from '../fixtures/injection/payloads';
import { executableForms } from './injection-check';

describe('an article body carrying a script-injection payload', () => {
  it.each(payloads)('renders without anything a browser could run: $name', ({ text }) => {
    // Alone, and inside prose, where markdown gives the payload's own markup another chance.
    for (const body of [text, `Before ${text} after.\n\n${text}\n\n- ${text}\n\n> ${text}`]) {
      expect(executableForms(renderMarkdown(body).html)).toEqual([]);
    }
  });

  it('finds executable forms where there are some, so the checks above can fail', () => {
    expect(
      executableForms(
        '<script></script><a href="JaVa&#x0A;script:alert(1)" onclick="x">a</a><img src=" \x01vbscript:x"><p style="width:expression(1)"></p><svg></svg><a href="https://example.org/">ok</a><a href="/en/">ok</a>',
      ),
    ).toEqual(['<script>', 'href=JaVa\nscript:alert(1)', 'onclick=x', 'src= \x01vbscript:x', 'style=width:expression(1)', '<svg>']);
  });
});
