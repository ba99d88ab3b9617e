import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AccessDate } from '@/components/access-date';
import { fillAccessDates } from '@/enhancements/access-dates';

describe('AccessDate with enhancements/access-dates.ts', () => {
  it('shows the placeholder until the reader’s browser fills in today', () => {
    render(<AccessDate style="chicago" placeholder="[date accessed]" />);
    expect(screen.getByText('[date accessed]')).toHaveAttribute('data-access-date', 'chicago');
  });

  it('is filled with the reader’s date in its citation style’s form', () => {
    render(
      <p>
        <AccessDate style="mla" placeholder="[date accessed]" /> · <AccessDate style="bibtex" placeholder="[date accessed]" />
      </p>,
    );
    fillAccessDates(document, new Date(2027, 0, 5));
    expect(screen.getByText(/Jan\./)).toHaveTextContent('5 Jan. 2027');
    expect(screen.getByText('2027-01-05')).toBeInTheDocument();
  });

  it('is written in the language of the page around it', () => {
    render(
      <p lang="vi">
        <AccessDate style="chicago" placeholder="[ngày truy cập]" />
      </p>,
    );
    fillAccessDates(document, new Date(2027, 0, 5));
    expect(screen.getByText('ngày 5 tháng 1 năm 2027')).toHaveAttribute('data-access-date', 'chicago');
  });
});
