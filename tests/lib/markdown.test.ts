import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '@/lib/content/markdown';

describe('renderMarkdown', () => {
  it('renders markdown with plain heading ids for anchors', () => {
    expect(renderMarkdown('## What it covers\n\nText.').html).toBe('<h2 id="what-it-covers">What it covers</h2>\n<p>Text.</p>');
  });

  it('drops raw HTML so no script can run', () => {
    const { html } = renderMarkdown('Hi <script>alert(1)</script> <img src=x onerror="alert(1)">\n\n<iframe src="https://evil.example"></iframe>');
    expect(html).not.toMatch(/<script|onerror|<iframe|<img/i);
  });

  it('renders a table inside a box that scrolls on its own, so it never widens a phone page', () => {
    const { html } = renderMarkdown('| Instrument | Date |\n| --- | --- |\n| Ratification | 2026-01-02 |');
    expect(html).toMatch(/^<div class="scroll-box" tabindex="0"><table>\s*<thead>/);
    expect(html).toContain('<td>Ratification</td>');
    expect(html).toMatch(/<\/table><\/div>$/);
  });

  it('removes javascript: links', () => {
    const { html } = renderMarkdown('[click](javascript:alert(1))');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('click');
  });

  it('marks links to other sites noopener noreferrer, and only those', () => {
    const { html } = renderMarkdown('[UN](https://press.un.org/x), [self](http://localhost:3000/en/), [page](/en/about/), [top](#scope), <https://www.unodc.org/>');
    expect(html).toBe(
      '<p><a href="https://press.un.org/x" rel="noopener noreferrer">UN</a>, <a href="http://localhost:3000/en/">self</a>, ' +
        '<a href="/en/about/">page</a>, <a href="#scope">top</a>, <a href="https://www.unodc.org/" rel="noopener noreferrer">https://www.unodc.org/</a></p>',
    );
  });

  it('lists every link target, inline and by reference', () => {
    const { links } = renderMarkdown('See [one](/en/articles/adoption/) and [two][ref].\n\n[ref]: https://example.org/x');
    expect(links).toEqual(['/en/articles/adoption/', 'https://example.org/x']);
  });
});

describe('glossary links', () => {
  const terms = [
    { forms: ['ratification', 'ratify'], href: '/en/glossary/#ratification', title: 'Ratification' },
    { forms: ['entry into force'], href: '/en/glossary/#entry-into-force', title: 'Entry into force' },
  ];

  it('links the first occurrence of each term in body text only', () => {
    const { html } = renderMarkdown('## Ratification\n\nStates ratify it. Ratification again; entry into force follows.', terms);
    expect(html).toBe(
      '<h2 id="ratification">Ratification</h2>\n<p>States <a href="/en/glossary/#ratification" title="Ratification">ratify</a> it. Ratification again; <a href="/en/glossary/#entry-into-force" title="Entry into force">entry into force</a> follows.</p>',
    );
  });

  it('leaves words inside links and longer words alone', () => {
    const { html } = renderMarkdown('[ratification](/en/articles/x/) and ratifying, then ratification.', terms);
    expect(html).toBe('<p><a href="/en/articles/x/">ratification</a> and ratifying, then <a href="/en/glossary/#ratification" title="Ratification">ratification</a>.</p>');
  });

  it('matches Vietnamese phrases with their diacritics', () => {
    const { html } = renderMarkdown('Việt Nam sẽ phê chuẩn Công ước.', [{ forms: ['phê chuẩn'], href: '/vi/glossary/#ratification', title: 'Phê chuẩn' }]);
    expect(html).toContain('sẽ <a href="/vi/glossary/#ratification" title="Phê chuẩn">phê chuẩn</a> Công ước');
  });
});
