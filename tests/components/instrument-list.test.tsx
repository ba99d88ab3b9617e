import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { InstrumentList } from '@/components/instrument-list';
import { instrumentsInOrder } from '@/lib/status/rules';
import { inForce, instruments } from './status-examples';

describe('InstrumentList', () => {
  it('with no instrument, says none is verified as of the date', () => {
    const { container } = render(<InstrumentList instruments={instruments.none} asOf="2026-11" lang="en" />);
    expect(container).toHaveTextContent('No instrument of ratification, acceptance, approval or accession verified as of November 2026.');
    expect(container.querySelector('time')).toHaveAttribute('datetime', '2026-11');
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('lists instruments in order of deposit, the EU in its place but not counted', () => {
    render(<InstrumentList instruments={instruments.some} asOf="2026-11" lang="en" />);
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((li) => li.firstChild?.textContent)).toEqual(['Not counted toward the 40', '1st instrument', '2nd instrument']);
    expect(items[0]).toHaveTextContent('European Union: Approval, 1 June 2026');
    expect(items[0]).toHaveTextContent('Article 65(1) does not count an instrument of a regional economic integration organization');
    expect(items[2]).toHaveTextContent('Norway: Accession, 30 September 2026Source: treaties.un.org');
  });

  it('numbers in English ordinals up to the 40th', () => {
    render(<InstrumentList instruments={instrumentsInOrder(inForce.participants)} asOf="2026-11" lang="en" />);
    const labels = screen.getAllByRole('listitem').map((li) => li.firstChild?.textContent);
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 40].map((n) => labels[n - 1])).toEqual(
      ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '40th'].map((n) => `${n} instrument`),
    );
  });

  it('speaks Vietnamese', () => {
    render(<InstrumentList instruments={instruments.some} asOf="2026-11" lang="vi" />);
    const labels = screen.getAllByRole('listitem').map((li) => li.firstChild?.textContent);
    expect(labels).toEqual(['Không được tính vào 40 văn kiện', 'Văn kiện thứ 1', 'Văn kiện thứ 2']);
    expect(screen.getByRole('heading', { level: 2, name: 'Các văn kiện theo thứ tự nộp lưu chiểu' })).toBeInTheDocument();
  });
});
