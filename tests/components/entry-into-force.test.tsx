import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EntryIntoForce } from '@/components/entry-into-force';
import { overviews } from './status-examples';

describe('EntryIntoForce', () => {
  it('with no instrument: not in force, and as of when', () => {
    render(<EntryIntoForce overview={overviews.signaturesOnly} lang="en" />);
    expect(screen.getByRole('heading', { level: 2, name: 'Entry into force' })).toBeInTheDocument();
    expect(screen.getByText(/No instrument is recorded by the UN Treaty Collection as of/)).toHaveTextContent('16 November 2025');
  });

  it('with some instruments: how many count of the 40, the EU’s not among them', () => {
    render(<EntryIntoForce overview={overviews.someInstruments} lang="en" />);
    expect(screen.getByText(/Parties \(ratification, acceptance, approval or accession\): 2 of the 40 needed\./)).toBeInTheDocument();
  });

  it('after the 40th: the date, 90 days after it, and who deposited it', () => {
    const { container } = render(<EntryIntoForce overview={overviews.inForce} lang="en" />);
    expect(container.querySelector('strong time')).toHaveAttribute('datetime', '2027-09-29');
    expect(container).toHaveTextContent('The 90th day after the 40th instrument, deposited by Viet Nam on 1 July 2027.');
  });

  it('quotes Article 65(1) in English only; the Vietnamese is a labelled paraphrase', () => {
    const { container, unmount } = render(<EntryIntoForce overview={overviews.signaturesOnly} lang="en" />);
    expect(container.querySelector('blockquote')).toHaveTextContent(/^This Convention shall enter into force/);
    unmount();
    const vi = render(<EntryIntoForce overview={overviews.signaturesOnly} lang="vi" />);
    expect(vi.container.querySelector('blockquote')).toBeNull();
    expect(vi.container.querySelector('figcaption')).toHaveTextContent('bản dịch không chính thức');
  });
});
