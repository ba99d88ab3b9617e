import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '@/lib/markdown';

describe('renderMarkdown', () => {
  it('renders markdown with plain heading ids for anchors', () => {
    expect(renderMarkdown('## What it covers\n\nText.').html).toBe('<h2 id="what-it-covers">What it covers</h2>\n<p>Text.</p>');
  });

  it('drops raw HTML so no script can run', () => {
    const { html } = renderMarkdown('Hi <script>alert(1)</script> <img src=x onerror="alert(1)">\n\n<iframe src="https://evil.example"></iframe>');
    expect(html).not.toMatch(/<script|onerror|<iframe|<img/i);
  });

  it('removes javascript: links', () => {
    const { html } = renderMarkdown('[click](javascript:alert(1))');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('click');
  });

  it('lists every link target, inline and by reference', () => {
    const { links } = renderMarkdown('See [one](/en/articles/adoption/) and [two][ref].\n\n[ref]: https://example.org/x');
    expect(links).toEqual(['/en/articles/adoption/', 'https://example.org/x']);
  });
});
