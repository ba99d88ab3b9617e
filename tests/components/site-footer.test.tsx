import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PublisherNote } from '@/components/publisher-note';
import { SiteFooter } from '@/components/site-footer';
import { publishers } from './examples';

const linksOf = (footer: HTMLElement) => Object.fromEntries(within(footer).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')]));

describe('SiteFooter', () => {
  it('links About, how to report a mistake, the three feeds and the calendar', () => {
    render(<SiteFooter lang="en" publisher={publishers.both} />);
    expect(linksOf(screen.getByRole('contentinfo'))).toMatchObject({
      About: '/en/about/',
      'Report a mistake': '/en/about/#report-a-mistake',
      RSS: '/en/feed.xml',
      Atom: '/en/atom.xml',
      'JSON Feed': '/en/feed.json',
      'Key dates (calendar)': '/en/data/timeline.ics',
    });
    expect(screen.getByRole('contentinfo')).toHaveTextContent('Follow: RSS · Atom · JSON Feed · Key dates (calendar)');
  });

  it('links the Vietnamese pages and feeds from a Vietnamese page', () => {
    render(<SiteFooter lang="vi" publisher={publishers.both} />);
    expect(linksOf(screen.getByRole('contentinfo'))).toMatchObject({
      'Giới thiệu': '/vi/about/',
      'Báo lỗi': '/vi/about/#report-a-mistake',
      RSS: '/vi/feed.xml',
      Atom: '/vi/atom.xml',
      'JSON Feed': '/vi/feed.json',
      'Các mốc thời gian (lịch)': '/vi/data/timeline.ics',
    });
    expect(screen.getByRole('contentinfo')).toHaveTextContent('Theo dõi: RSS');
  });

  it('offers no “Report a mistake” when the build names no contact: the About page would have no note to lead to', () => {
    for (const publisher of [{}, publishers.nameOnly]) {
      const { unmount } = render(<SiteFooter lang="en" publisher={publisher} />);
      expect(screen.queryByRole('link', { name: 'Report a mistake' })).toBeNull();
      unmount();
    }
  });

  it('leads “Report a mistake” to the About page’s note on it', () => {
    const { container } = render(
      <>
        <PublisherNote publisher={publishers.contactOnly} lang="en" />
        <SiteFooter lang="en" publisher={publishers.contactOnly} />
      </>,
    );
    const anchor = screen.getByRole('link', { name: 'Report a mistake' }).getAttribute('href')!.split('#')[1];
    expect(container.querySelector(`#${anchor}`)).toHaveTextContent('Who publishes this site, and how to report a mistake');
  });
});
