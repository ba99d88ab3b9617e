import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { InstrumentProgress } from '@/components/instrument-progress';
import { StatusSummary } from '@/components/status-summary';
import { overviews } from './status-examples';

describe('InstrumentProgress', () => {
  it('draws the instruments counted against the 40 and says the figure in words', () => {
    const { container } = render(<InstrumentProgress counted={12} needed={40} lang="en" />);
    const [track, bar] = container.querySelectorAll('rect');
    expect([track.getAttribute('width'), bar.getAttribute('width')]).toEqual(['40', '12']);
    expect(container.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByText('12 of the 40 instruments that bring the Convention into force')).toBeInTheDocument();
  });

  it('never draws past the end once more than 40 count', () => {
    const { container } = render(<InstrumentProgress counted={45} needed={40} lang="vi" />);
    expect(container.querySelectorAll('rect')[1]).toHaveAttribute('width', '40');
    expect(screen.getByText('45 trong số 40 văn kiện cần thiết để Công ước có hiệu lực')).toBeInTheDocument();
  });

  it('leaves the figure in words to the caller with hideText, and still draws the bar', () => {
    const { container } = render(<InstrumentProgress counted={12} needed={40} lang="en" hideText />);
    expect([...container.querySelectorAll('rect')].map((rect) => rect.getAttribute('width'))).toEqual(['40', '12']);
    expect(container).toHaveTextContent(/^$/);
  });

  it('is in the status summary, from the overview', () => {
    render(<StatusSummary overview={overviews.someInstruments} lang="en" />);
    expect(screen.getByText('2 of the 40 instruments that bring the Convention into force')).toBeInTheDocument();
  });
});
