import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StatusSummary } from '@/components/status-summary';
import { overviews } from './status-examples';

describe('StatusSummary', () => {
  it('is a section named by its heading, with the one count of signatures and its basis, and its source', () => {
    render(<StatusSummary overview={overviews.signaturesOnly} lang="en" />);
    const section = screen.getByRole('region', { name: 'Signatures and ratifications' });
    const signatories = section.querySelector('dl > div:first-child') as HTMLElement;
    expect(signatories).toHaveTextContent(/^Signatories4 known: 3 States and the European Union72 at Hanoi: 71 States and the EU, 25–26 October 2025Source: treaties.un.org$/);
    expect(within(signatories).getByRole('link', { name: 'treaties.un.org' })).toHaveAttribute('href', 'https://treaties.un.org/status');
  });

  it('with no instrument: "None recorded", not in force with its basis, the rule in plain words, and no date of entry into force', () => {
    const { container } = render(<StatusSummary overview={overviews.signaturesOnly} lang="en" />);
    expect(container).toHaveTextContent('Parties (ratification, acceptance, approval or accession)None recorded');
    expect(container).toHaveTextContent('Entry into forceNot in forceNo instrument is recorded by the UN Treaty Collection as of 16 November 2025. On the 90th day after the 40th instrument');
    // The ceremony's two days, the end of signature, and the two dates of the evidence.
    expect([...container.querySelectorAll('time')].map((time) => time.dateTime)).toEqual(['2025-10-25', '2025-10-26', '2026-12-31', '2025-11-16', '2025-11-16', '2025-11-19']);
  });

  it('dates the status to its evidence: the UNTC status, signatures known from other sources, and the last comparison that found no change', () => {
    const { container } = render(<StatusSummary overview={overviews.signaturesOnly} lang="en" />);
    expect(container).toHaveTextContent('Status as recorded by the UN Treaty Collection on 16 November 2025.');
    expect(container).toHaveTextContent('Signatures made since are known to this site up to 19 November 2025, from other sources; later ones are not.');
    // No comparison with UNTC has found the rows unchanged yet: the box does not claim one.
    expect(container).not.toHaveTextContent('Compared with');
    const { container: compared } = render(<StatusSummary overview={overviews.someInstruments} lang="en" />);
    expect(compared).toHaveTextContent('later ones are not. Compared with the UN Treaty Collection on 1 October 2026: no change.');
    const { container: vi } = render(<StatusSummary overview={overviews.someInstruments} lang="vi" />);
    expect(vi).toHaveTextContent('Đã đối chiếu với UNTC ngày 1 tháng 10 năm 2026: không có thay đổi.');
  });

  it('says signature is open on 31 December 2026 and closed, with accession still possible, from 1 January 2027', () => {
    const { container: open } = render(<StatusSummary overview={overviews.signaturesOnly} lang="en" />);
    expect(open.querySelector('[id="signature-period"]')).toHaveTextContent(/^SignatureOpen at UN Headquarters, New York, until 31 December 2026 \(Article 64\)$/);
    const { container: closed } = render(<StatusSummary overview={overviews.signatureClosed} lang="en" />);
    expect(closed.querySelector('[id="signature-period"]')).toHaveTextContent(
      /^SignatureClosed on 31 December 2026 \(Article 64\)A State that has not signed can still join by accession\.$/,
    );
    expect(closed).not.toHaveTextContent('Open at UN Headquarters');
    const { container: vi } = render(<StatusSummary overview={overviews.signatureClosed} lang="vi" />);
    expect(vi.querySelector('[id="signature-period"]')).toHaveTextContent('Thời hạn ký đã kết thúc ngày 31 tháng 12 năm 2026');
  });

  it('counts the instruments against the 40, and names the EU as not counted', () => {
    const { container } = render(<StatusSummary overview={overviews.someInstruments} lang="en" />);
    expect(container).toHaveTextContent('2 of the 40 needed');
    expect(container).toHaveTextContent('European Union: also a Party, not counted toward the 40 (Article 65(1))');
    expect(container).toHaveTextContent('Not in force');
  });

  it('gives the date of entry into force once the 40th instrument is in', () => {
    const { container } = render(<StatusSummary overview={overviews.inForce} lang="en" />);
    expect(container).toHaveTextContent('40 of the 40 needed');
    expect(container.querySelector('time[datetime="2027-09-29"]')).toHaveTextContent('29 September 2027');
    expect(container).toHaveTextContent('The 90th day after the 40th instrument, deposited by Viet Nam on 1 July 2027');
    expect(container).not.toHaveTextContent('Not in force');
  });

  it('links to the status page when given, and always to the live status at UNTC', () => {
    render(<StatusSummary overview={overviews.signaturesOnly} lang="vi" statusHref="/vi/status/" />);
    expect(screen.getByRole('link', { name: 'Chi tiết về tình hình ký và phê chuẩn' })).toHaveAttribute('href', '/vi/status/');
    expect(screen.getByRole('link', { name: 'Tình trạng mới nhất của Công ước: Cơ sở dữ liệu Điều ước của Liên Hợp Quốc (UNTC)' })).toHaveAttribute(
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
    expect(container).toHaveTextContent('Chưa ghi nhận thành viên nào');
    expect(container).toHaveTextContent('Chưa có hiệu lựcTính đến ngày 16 tháng 11 năm 2025, UNTC chưa ghi nhận văn kiện nào.');
    expect(container).toHaveTextContent('4 bên được biết: 3 quốc gia và Liên minh châu Âu');
    expect(container).toHaveTextContent('Tình trạng do Cơ sở dữ liệu Điều ước của Liên Hợp Quốc (UNTC) ghi nhận ngày 16 tháng 11 năm 2025.');
  });

  it('takes a heading text, level and id', () => {
    render(<StatusSummary overview={overviews.signaturesOnly} lang="en" heading="At a glance" headingLevel={3} id="glance" />);
    expect(screen.getByRole('heading', { level: 3, name: 'At a glance' })).toHaveAttribute('id', 'glance');
    expect(screen.getByRole('region', { name: 'At a glance' })).toBeInTheDocument();
  });
});
