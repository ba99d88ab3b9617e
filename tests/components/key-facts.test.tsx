import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { KeyFacts } from '@/components/key-facts';
import { keyFacts } from './examples';

describe('KeyFacts', () => {
  it('is a section named by its heading, holding a description list', () => {
    render(<KeyFacts facts={keyFacts} lang="en" />);
    const section = screen.getByRole('region', { name: 'Key facts' });
    expect(within(section).getByRole('heading', { level: 2, name: 'Key facts' })).toBeInTheDocument();
    expect(section.querySelectorAll('dt')).toHaveLength(3);
  });

  it('formats dates in the page language inside <time>', () => {
    const { container } = render(<KeyFacts facts={keyFacts} lang="vi" />);
    const time = container.querySelector('time[datetime="2024-12-24"]');
    expect(time).toHaveTextContent('24 tháng 12 năm 2024');
    expect(screen.getAllByText('Nguồn', { exact: false })).toHaveLength(keyFacts.length);
  });

  it('shows a value together with a date range', () => {
    const { container } = render(<KeyFacts facts={keyFacts} lang="en" />);
    const dd = container.querySelector('#fact-ceremony dd');
    expect(dd).toHaveTextContent(/^Hanoi, 25–26 October 2025/);
    expect(dd?.querySelectorAll('time')).toHaveLength(2);
  });

  it('links every fact to its source', () => {
    render(<KeyFacts facts={keyFacts} lang="en" />);
    const links = screen.getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(keyFacts.map((f) => f.source));
    expect(links[0]).toHaveTextContent('press.un.org');
  });

  it('gives the links to the sources, on other sites, no opener and no referrer', () => {
    render(<KeyFacts facts={keyFacts} lang="en" />);
    expect(screen.getAllByRole('link').map((a) => a.getAttribute('rel'))).toEqual(keyFacts.map(() => 'noopener noreferrer'));
  });

  it('shows "as of" only on facts that can change', () => {
    const { container } = render(<KeyFacts facts={keyFacts} lang="en" />);
    expect(container.querySelector('#fact-parties')).toHaveTextContent('as of November 2026');
    expect(container.querySelector('#fact-adopted')).not.toHaveTextContent('as of');
  });

  it('takes a heading text, level and id', () => {
    render(<KeyFacts facts={keyFacts} lang="en" heading="At a glance" headingLevel={3} id="glance" />);
    const heading = screen.getByRole('heading', { level: 3, name: 'At a glance' });
    expect(heading).toHaveAttribute('id', 'glance');
    expect(screen.getByRole('region', { name: 'At a glance' })).toBeInTheDocument();
  });

  it('explains each fact in the full form', () => {
    const { container } = render(<KeyFacts facts={keyFacts} lang="en" />);
    expect(container.querySelector('#fact-adopted dd')).toHaveTextContent('Resolution 79/243, without a vote');
  });
});

describe('KeyFacts, compact (beside an article)', () => {
  it('folds under its heading: a <details> whose summary is the heading, with its id', () => {
    const { container } = render(<KeyFacts facts={keyFacts} lang="en" compact />);
    const details = container.querySelector('details')!;
    expect(details.parentElement).toBe(container);
    const summary = details.querySelector<HTMLElement>(':scope > summary')!;
    expect(within(summary).getByRole('heading', { level: 2, name: 'Key facts' })).toHaveAttribute('id', 'key-facts-heading');
    expect(summary).toHaveTextContent(/^Key facts$/);
    expect(details.querySelectorAll('dl > div')).toHaveLength(keyFacts.length);
  });

  it('leaves out the explanations and keeps each value, date, source and as-of date', () => {
    const { container } = render(<KeyFacts facts={keyFacts} lang="en" compact />);
    expect(container).not.toHaveTextContent('Resolution 79/243');
    expect(container.querySelector('#fact-adopted dd')).toHaveTextContent(/^24 December 2024Source: press\.un\.org/);
    expect(container.querySelector('#fact-parties')).toHaveTextContent('as of November 2026');
    expect(screen.getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(keyFacts.map((f) => f.source));
  });

  it('takes a heading level, and speaks Vietnamese', () => {
    const { container } = render(<KeyFacts facts={keyFacts} lang="vi" compact headingLevel={3} />);
    expect(within(container.querySelector('summary')!).getByRole('heading', { level: 3, name: 'Thông tin chính' })).toBeInTheDocument();
  });
});
