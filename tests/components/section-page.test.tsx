import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SectionPage } from '@/components/section-page';

const breadcrumb = (container: HTMLElement) => JSON.parse(container.querySelector('script[type="application/ld+json"]')!.textContent!)[0];

describe('SectionPage', () => {
  it('titles and introduces a section page from the registry, and marks it in the navigation', () => {
    const { container } = render(
      <SectionPage lang="en" section="glossary">
        <p>Terms</p>
      </SectionPage>,
    );
    const main = screen.getByRole('main');
    expect(within(main).getByRole('heading', { level: 1 })).toHaveTextContent('Glossary');
    expect(within(main).getByText(/The treaty words used on this site/)).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' }).querySelector('[aria-current="page"]')).toHaveTextContent('Glossary');
    expect(screen.getByRole('link', { name: 'Tiếng Việt' })).toHaveAttribute('href', '/vi/glossary/');
    expect(breadcrumb(container).itemListElement.map((item: { name: string }) => item.name)).toEqual(['Home', 'Glossary']);
  });

  it('takes a page’s own title, trail and translation inside the section', () => {
    const { container } = render(
      <SectionPage
        lang="vi"
        section="timeline"
        title="Dòng thời gian năm 2025"
        withinSection
        alternateHref="/en/timeline/2025/"
        trail={[
          { name: 'Dòng thời gian', path: '/vi/timeline/' },
          { name: '2025', path: '/vi/timeline/2025/' },
        ]}
      >
        <p>…</p>
      </SectionPage>,
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Dòng thời gian năm 2025');
    expect(screen.getByRole('navigation', { name: 'Điều hướng chính' }).querySelector('[aria-current="true"]')).toHaveTextContent('Dòng thời gian');
    expect(screen.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/timeline/2025/');
    expect(breadcrumb(container).itemListElement.map((item: { name: string }) => item.name)).toEqual(['Trang chủ', 'Dòng thời gian', '2025']);
  });

  it('puts its title and content in the site search only when asked to', () => {
    const { container, rerender } = render(
      <SectionPage lang="en" section="glossary" indexed>
        <p>Terms</p>
      </SectionPage>,
    );
    const body = container.querySelector('[data-pagefind-body]');
    expect(body?.querySelector('h1')).toHaveTextContent('Glossary');
    expect(body).toHaveTextContent('Terms');
    expect(container.querySelector('header [data-pagefind-body], script[data-pagefind-body]')).toBeNull();
    rerender(
      <SectionPage lang="en" section="glossary">
        <p>Terms</p>
      </SectionPage>,
    );
    expect(container.querySelector('[data-pagefind-body]')).toBeNull();
  });
});
