import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PublisherNote } from '@/components/publisher-note';
import { publishers } from './examples';

describe('PublisherNote', () => {
  it('shows nothing when the build names neither a publisher nor a contact', () => {
    const { container } = render(<PublisherNote publisher={{}} lang="en" />);
    expect(container).toBeEmptyDOMElement();
  });

  it('names the publisher alone, with no link to nowhere', () => {
    render(<PublisherNote publisher={publishers.nameOnly} lang="en" />);
    expect(screen.getByRole('region', { name: 'Who publishes this site, and how to report a mistake' })).toHaveTextContent(
      /^Who publishes this site, and how to report a mistakeThis site is published by Example Newsroom\.$/,
    );
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('gives the contact alone, as a link, without a publisher’s sentence', () => {
    render(<PublisherNote publisher={publishers.contactOnly} lang="en" />);
    expect(screen.getByRole('link', { name: 'corrections@example.org' })).toHaveAttribute('href', 'mailto:corrections@example.org');
    expect(screen.getByRole('region')).not.toHaveTextContent('published by');
    expect(screen.getByRole('region')).toHaveTextContent('Found a mistake, or a fact that has changed? Tell us, with the page and your source: corrections@example.org');
  });

  it('opens a web address on another site without opener or referrer', () => {
    render(<PublisherNote publisher={publishers.both} lang="en" />);
    expect(screen.getByRole('link', { name: 'github.com/team/site/issues' })).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('is the heading the footer’s “Report a mistake” leads to, in Vietnamese too', () => {
    render(<PublisherNote publisher={publishers.both} lang="vi" />);
    const heading = screen.getByRole('heading', { level: 2, name: 'Đơn vị thực hiện và cách báo lỗi' });
    expect(heading).toHaveAttribute('id', 'report-a-mistake');
    expect(screen.getByText('Trang web này do Example Newsroom thực hiện.')).toBeInTheDocument();
  });
});
