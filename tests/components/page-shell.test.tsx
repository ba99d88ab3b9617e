import { render, screen, within } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PageShell } from '@/components/page-shell';

describe('PageShell', () => {
  it('puts the page in <main id="main">, where the skip link leads', () => {
    const { container } = render(
      <PageShell lang="en" section="timeline" alternateHref="/vi/timeline/">
        <h1>Timeline</h1>
      </PageShell>,
    );
    const skip = screen.getByRole('link', { name: 'Skip to main content' });
    const main = screen.getByRole('main');
    expect(skip).toHaveAttribute('href', '#main');
    expect(container.querySelector(skip.getAttribute('href')!)).toBe(main);
    expect(within(main).getByRole('heading', { level: 1, name: 'Timeline' })).toBeInTheDocument();
  });

  it('marks its section, and only that one, as the current page in the navigation', () => {
    render(
      <PageShell lang="vi" section="glossary" alternateHref="/en/glossary/">
        <h1>Thuật ngữ</h1>
      </PageShell>,
    );
    const nav = screen.getByRole('navigation', { name: 'Điều hướng chính' });
    expect(within(nav).getAllByRole('link', { current: 'page' })).toEqual([within(nav).getByRole('link', { name: 'Thuật ngữ' })]);
  });

  it('links to the search page from the header, marked current there and not in the navigation', () => {
    render(
      <PageShell lang="vi" section="search" alternateHref="/en/search/">
        <h1>Tìm kiếm trên trang</h1>
      </PageShell>,
    );
    const banner = screen.getByRole('banner');
    expect(within(banner).getByRole('link', { name: 'Tìm kiếm' })).toHaveAttribute('href', '/vi/search/');
    expect(within(banner).getByRole('link', { current: 'page' })).toHaveTextContent('Tìm kiếm');
    expect(within(screen.getByRole('navigation')).queryByRole('link', { name: 'Tìm kiếm' })).toBeNull();
  });

  it('links to the same page in the other language, in that language', () => {
    render(
      <PageShell lang="en" section="articles" alternateHref="/vi/articles/adoption/">
        <h1>Adoption</h1>
      </PageShell>,
    );
    const link = within(screen.getByRole('banner')).getByRole('link', { name: 'Tiếng Việt' });
    expect(link).toHaveAttribute('href', '/vi/articles/adoption/');
    expect(link).toHaveAttribute('hreflang', 'vi');
    expect(link).toHaveAttribute('lang', 'vi');
  });

  it('writes the JSON-LD first in <main>, as one script that no text in it can close', () => {
    const data = { '@type': 'Thing', name: 'A </script><script>alert(1)</script> title' };
    // Parsed from the server's HTML, as a browser reads the built page: a DOM render would never split the script.
    const page = new DOMParser().parseFromString(
      renderToStaticMarkup(
        <PageShell lang="en" section="about" alternateHref="/vi/about/" jsonLd={data}>
          <h1>About</h1>
        </PageShell>,
      ),
      'text/html',
    );
    const main = page.querySelector('main#main')!;
    expect(main.firstElementChild?.outerHTML).toMatch(/^<script type="application\/ld\+json">/);
    expect(page.querySelectorAll('script')).toHaveLength(1);
    expect(JSON.parse(main.firstElementChild!.textContent!)).toEqual(data);
  });

  it('writes no script without JSON-LD', () => {
    render(
      <PageShell lang="en" section="status" alternateHref="/vi/status/">
        <h1>Status</h1>
      </PageShell>,
    );
    expect(screen.getByRole('main').firstElementChild?.tagName).toBe('H1');
  });
});
