import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DatasetFields } from '@/components/dataset-fields';
import { datasets } from '@/lib/outputs/datasets';

describe('DatasetFields', () => {
  it('lists every field of a dataset with its meaning, in the page’s language', () => {
    const timeline = datasets.find((dataset) => dataset.id === 'timeline')!;
    render(<DatasetFields dataset={timeline} lang="vi" />);
    const table = screen.getByRole('table', { name: /Các trường/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(timeline.fields.map((field) => field.name));
    expect(within(rows[0]).getByRole('cell')).toHaveTextContent(timeline.fields[0].meaning.vi);
  });

  it('scrolls in its own focusable box, so a phone page never widens', () => {
    const { container } = render(<DatasetFields dataset={datasets[0]} lang="en" />);
    expect(container.firstElementChild).toHaveClass('scroll-box');
    expect(container.firstElementChild).toHaveAttribute('tabindex', '0');
  });
});
