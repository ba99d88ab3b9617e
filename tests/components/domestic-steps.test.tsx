import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DomesticSteps } from '@/components/domestic-steps';
import { records } from './state-examples';

const { steps } = records.withSteps;

describe('DomesticSteps', () => {
  it('lists each step at home dated and sourced, oldest first, each with its own anchor', () => {
    render(<DomesticSteps code="AZ" steps={steps} lang="en" />);
    expect(screen.getByRole('heading', { level: 2, name: 'Steps at home' })).toHaveAttribute('id', 'steps-heading');
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((item) => item.id)).toEqual(['step-2026-02-10', 'step-2026-02-23']);
    expect(items[0]).toHaveTextContent('10 February 2026: The parliament (Milli Majlis) adopts the law approving the Convention');
    expect(items[0].querySelector('time')).toHaveAttribute('dateTime', '2026-02-10');
    expect(within(items[1]).getByRole('link', { name: 'trend.az' })).toHaveAttribute('href', 'https://www.trend.az/azerbaijan/politics/4156490.html');
  });

  it('says the steps are not a deposit with the UN and are not counted', () => {
    render(<DomesticSteps code="AZ" steps={steps} lang="en" />);
    expect(screen.getByText(/^Steps taken in Azerbaijan itself toward joining\. They are not a deposit with the United Nations/)).toBeInTheDocument();
  });

  it('writes “the” where English needs it, and speaks Vietnamese', () => {
    const { unmount } = render(<DomesticSteps code="PH" steps={steps} lang="en" />);
    expect(screen.getByText(/^Steps taken in the Philippines itself/)).toBeInTheDocument();
    unmount();
    const { container } = render(<DomesticSteps code="AZ" steps={steps} lang="vi" />);
    expect(screen.getByRole('heading', { name: 'Các bước trong nước' })).toBeInTheDocument();
    expect(container).toHaveTextContent('10 tháng 2 năm 2026: Quốc hội (Milli Majlis) thông qua luật phê chuẩn Công ước theo thủ tục trong nước');
    expect(container).toHaveTextContent('Đây chưa phải là việc nộp lưu chiểu cho Liên Hợp Quốc');
  });
});
