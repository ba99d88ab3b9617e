import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StateRelated } from '@/components/state-related';
import { articlesConcerning } from '@/lib/states/record';
import { vietNamEvents } from './state-examples';

describe('StateRelated', () => {
  it('links each event that concerns the State to its permalink, with its date, and each article that tells them', () => {
    const { container } = render(<StateRelated code="VN" events={vietNamEvents} articles={articlesConcerning(vietNamEvents)} lang="en" />);
    expect(screen.getByRole('heading', { level: 2, name: 'On this site' })).toBeInTheDocument();
    const [events, articles] = container.querySelectorAll('ul');
    expect([...events.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      '25–26 October 2025: Signing ceremony in Hanoi',
      '17 November 2025: Round table in New York on entry into force',
    ]);
    expect(screen.getByRole('link', { name: 'Signing ceremony in Hanoi' })).toHaveAttribute('href', '/en/timeline/#hanoi-signing-ceremony');
    expect([...articles.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['After Hanoi: the road to 40', '/en/articles/after-hanoi/'],
      ['The Hanoi signing ceremony', '/en/articles/hanoi-signing-ceremony/'],
    ]);
  });

  it('says so when nothing on the site concerns the State yet', () => {
    const { container } = render(<StateRelated code="EU" events={[]} articles={[]} lang="en" />);
    expect(container.querySelector('ul')).toBeNull();
    expect(container).toHaveTextContent('No article or timeline event on this site concerns the European Union in particular yet.');
  });

  it('speaks Vietnamese and links to the Vietnamese pages', () => {
    render(<StateRelated code="VN" events={vietNamEvents} articles={articlesConcerning(vietNamEvents)} lang="vi" />);
    expect(screen.getByRole('heading', { name: 'Trên trang web này' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Trên dòng thời gian' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Signing ceremony in Hanoi' })).toHaveAttribute('href', '/vi/timeline/#hanoi-signing-ceremony');
  });
});
