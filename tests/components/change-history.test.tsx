import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ChangeHistory } from '@/components/change-history';

const changes = [
  { date: '2026-12-03', note: 'Added the first ratification.' },
  { date: '2026-11-25', note: 'Corrected the venue.' },
];

describe('ChangeHistory', () => {
  it('shows only the publication date for a page never updated', () => {
    const { container } = render(<ChangeHistory published="2026-11-22" changes={[]} lang="en" />);
    expect(container).toHaveTextContent(/^Published 22 November 2026$/);
    expect(container.querySelector('details')).toBeNull();
  });

  it('shows the last update and lists every noted change in an expandable list', () => {
    const { container } = render(<ChangeHistory published="2026-11-22" lastUpdated="2026-12-03" changes={changes} lang="en" />);
    expect(container.querySelector('p')).toHaveTextContent('Published 22 November 2026 · Last updated 3 December 2026');
    expect(screen.getByText('See all updates (2)').tagName).toBe('SUMMARY');
    const items = container.querySelectorAll('details li');
    expect([...items].map((li) => li.textContent)).toEqual(['3 December 2026Added the first ratification.', '25 November 2026Corrected the venue.']);
  });

  it('speaks the page language', () => {
    render(<ChangeHistory published="2026-11-22" lastUpdated="2026-12-03" changes={changes} lang="vi" />);
    expect(screen.getByText('Xem mọi lần cập nhật (2)')).toBeInTheDocument();
    expect(screen.getByText(/Đăng ngày/)).toHaveTextContent('Đăng ngày 22 tháng 11 năm 2026 · Cập nhật lần cuối 3 tháng 12 năm 2026');
  });
});
