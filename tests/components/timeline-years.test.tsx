import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EventCitations } from '@/components/event-citations';
import { TimelineYears } from '@/components/timeline-years';
import { YearIndex } from '@/components/year-index';
import { timelineYears } from '@/lib/timeline/entries';
import { timeline } from './examples';

const years = timelineYears(timeline);

describe('TimelineYears', () => {
  it('gives each year its own heading and list, linked from an index with the counts', () => {
    render(<TimelineYears years={years} lang="en" />);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Years', '2019', '2024', '2025']);
    const index = screen.getByRole('navigation', { name: 'Years' });
    expect(within(index).getByRole('link', { name: '2024' })).toHaveAttribute('href', '#year-2024');
    expect(within(index).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['2019 (1 event)', '2024 (1 event)', '2025 (1 event)']);
    expect(document.getElementById('year-2025')?.textContent).toBe('2025');
  });
});

describe('YearIndex', () => {
  it('marks the year shown and links each year where asked', () => {
    render(<YearIndex years={years} lang="vi" yearHref={(year) => `/vi/timeline/${year}/`} current="2024" />);
    expect(screen.getByRole('link', { name: '2024' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: '2019' })).toHaveAttribute('href', '/vi/timeline/2019/');
    expect(screen.getByRole('navigation', { name: 'Các năm' })).toBeInTheDocument();
  });
});

describe('EventCitations', () => {
  it('cites one event in the four styles under an anchor the timeline’s Cite link targets', () => {
    const { container } = render(<EventCitations event={timeline[2]} lang="en" />);
    const section = container.querySelector('section#cite-ceremony') as HTMLElement;
    expect(within(section).getByRole('heading', { level: 2 })).toHaveTextContent('Signing ceremony in Hanoi');
    expect(within(section).getByRole('link', { name: 'Back to the event' })).toHaveAttribute('href', '/en/timeline/#ceremony');
    expect(['apa', 'mla', 'chicago', 'bibtex'].map((style) => Boolean(section.querySelector(`#cite-ceremony-${style}`)))).toEqual([true, true, true, true]);
    expect(section.querySelector('#cite-ceremony-apa')).toHaveTextContent('http://localhost:3000/en/timeline/#ceremony');
  });
});
