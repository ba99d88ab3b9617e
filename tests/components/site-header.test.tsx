import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SiteHeader } from '@/components/site-header';
import { t } from '@/lib/i18n';
import { navigationSections, sections } from '@/lib/web/sections';

describe('SiteHeader', () => {
  it('has one navigation, every section in order, folded in a <details> Menu that works without JavaScript', () => {
    const { container } = render(<SiteHeader lang="en" current="status" alternateHref="/vi/status/" />);
    const [nav, ...others] = screen.getAllByRole('navigation');
    expect(others).toEqual([]);
    expect(nav).toHaveAccessibleName('Main');
    expect(nav.closest('details')?.querySelector(':scope > summary')).toHaveTextContent(/^Menu$/);
    expect(within(nav).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual(
      navigationSections.map((section) => [t('en')[sections[section].nav], sections[section].path('en')]),
    );
    expect(within(nav).getByRole('link', { name: 'Countries' })).toHaveAttribute('href', '/en/states/');
    expect(container.querySelectorAll('details')).toHaveLength(1);
  });

  it('names the site, with its tagline, as a link home', () => {
    render(<SiteHeader lang="en" alternateHref="/vi/" />);
    const home = within(screen.getByRole('banner')).getByRole('link', { name: /^Hanoi Convention Guide/ });
    expect(home).toHaveAttribute('href', '/en/');
    expect(within(home).getByText('An independent guide to the UN Convention against Cybercrime')).toBeInTheDocument();
  });

  it('marks the current section, and only it: the page itself, or a page within it', () => {
    const { unmount } = render(<SiteHeader lang="en" current="glossary" alternateHref="/vi/glossary/" />);
    expect(screen.getAllByRole('link', { current: 'page' })).toEqual([screen.getByRole('link', { name: 'Glossary' })]);
    unmount();
    render(<SiteHeader lang="en" current="articles" withinSection alternateHref="/vi/articles/adoption/" />);
    expect(screen.getByRole('link', { name: 'Articles' })).toHaveAttribute('aria-current', 'true');
    expect(screen.queryAllByRole('link', { current: 'page' })).toEqual([]);
  });

  it('puts the skip link first, then the search page and the other language beside the name, outside the Menu', () => {
    render(<SiteHeader lang="en" alternateHref="/vi/articles/adoption/" />);
    const links = within(screen.getByRole('banner')).getAllByRole('link');
    expect(links[0]).toHaveAccessibleName('Skip to main content');
    expect(links[0]).toHaveAttribute('href', '#main');
    const search = screen.getByRole('link', { name: 'Search' });
    const language = screen.getByRole('link', { name: 'Tiếng Việt' });
    expect([search.getAttribute('href'), language.getAttribute('href')]).toEqual(['/en/search/', '/vi/articles/adoption/']);
    expect([language.getAttribute('hreflang'), language.getAttribute('lang')]).toEqual(['vi', 'vi']);
    expect([search.closest('details'), language.closest('details')]).toEqual([null, null]);
  });

  it('marks the search link current on the search page', () => {
    render(<SiteHeader lang="en" current="search" alternateHref="/vi/search/" />);
    expect(screen.getAllByRole('link', { current: 'page' })).toEqual([screen.getByRole('link', { name: 'Search' })]);
  });

  it('speaks Vietnamese on a Vietnamese page', () => {
    render(<SiteHeader lang="vi" current="states" alternateHref="/en/states/" />);
    expect(screen.getByRole('navigation', { name: 'Điều hướng chính' }).closest('details')?.querySelector('summary')).toHaveTextContent(/^Chuyên mục$/);
    expect(screen.getByRole('link', { name: 'Quốc gia' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByText('Trang thông tin độc lập về Công ước của Liên Hợp Quốc về chống tội phạm mạng')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'English' })).toHaveAttribute('hreflang', 'en');
  });
});
