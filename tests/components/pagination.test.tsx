import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Pagination } from '@/components/pagination';

const href = (n: number) => (n === 1 ? '/en/articles/' : `/en/articles/page/${n}/`);

describe('Pagination', () => {
  it('renders nothing for a list of one page', () => {
    const { container } = render(<Pagination current={1} count={1} lang="en" href={href} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('links the previous and next pages with rel, and marks the current one', () => {
    render(<Pagination current={2} count={3} lang="en" href={href} />);
    const nav = screen.getByRole('navigation', { name: 'Pages' });
    expect(within(nav).getByRole('link', { name: 'Previous' })).toHaveAttribute('rel', 'prev');
    expect(within(nav).getByRole('link', { name: 'Previous' })).toHaveAttribute('href', '/en/articles/');
    expect(within(nav).getByRole('link', { name: 'Next' })).toHaveAttribute('rel', 'next');
    expect(within(nav).getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByText('Page 2 of 3')).toBeInTheDocument();
  });

  it('has no previous link on the first page and no next link on the last', () => {
    const { rerender } = render(<Pagination current={1} count={3} lang="vi" href={href} />);
    expect(screen.queryByRole('link', { name: 'Trang trước' })).toBeNull();
    rerender(<Pagination current={3} count={3} lang="vi" href={href} />);
    expect(screen.queryByRole('link', { name: 'Trang sau' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Trang 1' })).toHaveAttribute('href', '/en/articles/');
  });

  it('stays short on a long list, with the gaps hidden from screen readers', () => {
    render(<Pagination current={25} count={50} lang="en" href={href} />);
    expect(screen.getAllByRole('link').map((a) => a.textContent)).toEqual(['Previous', '1', '23', '24', '25', '26', '27', '50', 'Next']);
  });
});
