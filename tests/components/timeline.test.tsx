import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Timeline } from '@/components/timeline';
import { timeline } from './examples';

describe('Timeline', () => {
  it('lists the events in the order given, as an ordered list', () => {
    render(<Timeline events={timeline} lang="en" />);
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('time')?.getAttribute('datetime'))).toEqual(['2019-12-27', '2024-11', '2025-10-25']);
  });

  it('shows month-only dates and ranges in words', () => {
    render(<Timeline events={timeline} lang="en" />);
    expect(screen.getByText('November 2024')).toBeInTheDocument();
    const items = screen.getAllByRole('listitem');
    expect(items[2]).toHaveTextContent('25–26 October 2025');
  });

  it('starts a Vietnamese month-only date label with a capital, as a label of its own', () => {
    render(<Timeline events={timeline} lang="vi" />);
    expect(screen.getByText('Tháng 11 năm 2024')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')[2]).toHaveTextContent('25–26 tháng 10 năm 2025');
  });

  it('compact: links each event to its permalink on the timeline page, without anchors of its own', () => {
    const { container } = render(<Timeline events={timeline} lang="vi" />);
    expect(screen.getByRole('link', { name: 'Signing ceremony in Hanoi' })).toHaveAttribute('href', '/vi/timeline/#ceremony');
    expect(container.querySelector('li[id]')).toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: 'Các mốc chính' })).toBeInTheDocument();
  });

  it('full: gives every event its own anchor, a permalink, its article and its source', () => {
    const { container } = render(<Timeline events={timeline} lang="en" variant="full" />);
    const item = container.querySelector('li#ceremony') as HTMLElement;
    expect(item).not.toBeNull();
    expect(within(item).getByRole('link', { name: 'Link to this event: Signing ceremony in Hanoi' })).toHaveAttribute('href', '#ceremony');
    expect(within(item).getByRole('link', { name: 'The ceremony' })).toHaveAttribute('href', '/en/articles/ceremony/');
    expect(within(item).getByRole('link', { name: 'news.un.org' })).toHaveAttribute('href', 'https://news.un.org/en/story/2025/10/1166182');
  });

  it('full: links each event to its citations on its year’s citation page instead of repeating them', () => {
    const { container } = render(<Timeline events={timeline} lang="en" variant="full" />);
    const item = container.querySelector('li#ceremony') as HTMLElement;
    expect(within(item).getByRole('link', { name: 'Cite: Signing ceremony in Hanoi' })).toHaveAttribute('href', '/en/timeline/2025/cite/1/#cite-ceremony');
    expect(container.querySelector('[id^="cite-"]')).toBeNull();
  });

  it('compact: links to the year page once the timeline is split', () => {
    render(<Timeline events={timeline.map((event) => ({ ...event, permalinkYear: event.date.slice(0, 4) }))} lang="en" />);
    expect(screen.getByRole('link', { name: 'Signing ceremony in Hanoi' })).toHaveAttribute('href', '/en/timeline/2025/#ceremony');
  });

  it('marks the events of the current article in text, not colour alone', () => {
    render(<Timeline events={timeline} lang="en" currentArticle="adoption" />);
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.textContent?.includes('In this article'))).toEqual([true, true, false]);
  });

  it('every event carries its source', () => {
    render(<Timeline events={timeline} lang="en" />);
    for (const item of screen.getAllByRole('listitem')) {
      expect(within(item).getByText(/Source/)).toBeInTheDocument();
    }
  });
});

describe('Timeline in the preview', () => {
  it('tags the events of an unpublished article', () => {
    render(<Timeline events={timeline} lang="en" />);
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.textContent?.includes('Draft'))).toEqual([false, false, true]);
  });
});
