import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StatusSummary } from '@/components/status-summary';
import { overviews } from './status-examples';

describe('StatusSummary', () => {
  it('is a section named by its heading, with the signatories at Hanoi and their source', () => {
    render(<StatusSummary overview={overviews.signaturesOnly} lang="en" />);
    const section = screen.getByRole('region', { name: 'Signatures and ratifications' });
    const signatories = section.querySelector('dl > div:first-child') as HTMLElement;
    expect(signatories).toHaveTextContent(/^Signatories at Hanoi7225–26 October 2025Source: treaties.un.org$/);
    expect(within(signatories).getByRole('link', { name: 'treaties.un.org' })).toHaveAttribute('href', 'https://treaties.un.org/status');
  });

  it('with no instrument: "None verified", not in force, the rule in plain words, and no date', () => {
    const { container } = render(<StatusSummary overview={overviews.signaturesOnly} lang="en" />);
    expect(container).toHaveTextContent('Parties (ratification, acceptance, approval or accession)None verified');
    expect(container).toHaveTextContent('Entry into forceNot in force by our sourcesOn the 90th day after the 40th instrument');
    expect(container).toHaveTextContent('Status as of November 2026');
    expect(container.querySelectorAll('time')).toHaveLength(3);
  });

  it('counts the instruments against the 40, and names the EU as not counted', () => {
    const { container } = render(<StatusSummary overview={overviews.someInstruments} lang="en" />);
    expect(container).toHaveTextContent('2 of the 40 needed');
    expect(container).toHaveTextContent('European Union: also a Party, not counted toward the 40 (Article 65(1))');
    expect(container).toHaveTextContent('Not in force by our sources');
  });

  it('gives the date of entry into force once the 40th instrument is in', () => {
    const { container } = render(<StatusSummary overview={overviews.inForce} lang="en" />);
    expect(container).toHaveTextContent('40 of the 40 needed');
    expect(container.querySelector('time[datetime="2027-09-29"]')).toHaveTextContent('29 September 2027');
    expect(container).toHaveTextContent('The 90th day after the 40th instrument, deposited by Viet Nam on 1 July 2027');
    expect(container).not.toHaveTextContent('Not in force by our sources');
  });

  it('links to the status page when given, and always to the live status at UNTC', () => {
    render(<StatusSummary overview={overviews.signaturesOnly} lang="vi" statusHref="/vi/status/" />);
    expect(screen.getByRole('link', { name: 'Chi tiết về tình hình ký và phê chuẩn' })).toHaveAttribute('href', '/vi/status/');
    expect(screen.getByRole('link', { name: 'Tình trạng mới nhất của Công ước: Bộ sưu tập Điều ước Liên Hợp Quốc (UNTC)' })).toHaveAttribute(
      'href',
      'https://treaties.un.org/doc/Publication/MTDSG/Volume%20II/Chapter%20XVIII/XVIII-16.en.xml',
    );
  });

  it('has no link to the status page on the status page itself', () => {
    render(<StatusSummary overview={overviews.signaturesOnly} lang="en" />);
    expect(screen.queryByRole('link', { name: 'Signatures and ratifications in detail' })).toBeNull();
  });

  it('speaks Vietnamese', () => {
    const { container } = render(<StatusSummary overview={overviews.signaturesOnly} lang="vi" />);
    expect(container).toHaveTextContent('Chưa có bên nào được xác minh');
    expect(container).toHaveTextContent('Chưa có hiệu lực');
    expect(container).toHaveTextContent('Tình hình tính đến tháng 11 năm 2026');
  });

  it('takes a heading text, level and id', () => {
    render(<StatusSummary overview={overviews.signaturesOnly} lang="en" heading="At a glance" headingLevel={3} id="glance" />);
    expect(screen.getByRole('heading', { level: 3, name: 'At a glance' })).toHaveAttribute('id', 'glance');
    expect(screen.getByRole('region', { name: 'At a glance' })).toBeInTheDocument();
  });
});
