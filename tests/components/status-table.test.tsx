import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StatusTable } from '@/components/status-table';
import { sortByName } from '@/lib/states/names';
import { signaturesOnly, someInstruments } from './status-examples';

const UNTC_STATUS = 'https://treaties.un.org/doc/Publication/MTDSG/Volume%20II/Chapter%20XVIII/XVIII-16.en.xml';

describe('StatusTable', () => {
  it('is a table with a caption, one row per participant named in its row header', () => {
    render(<StatusTable participants={sortByName(signaturesOnly.participants, 'en')} namedAtHanoi={3} signatoriesAtHanoi={72} evidence={signaturesOnly} lang="en" />);
    const table = screen.getByRole('table', { name: 'Signatories and Parties by name' });
    const rowHeaders = within(table).getAllByRole('rowheader');
    expect(rowHeaders.map((th) => th.textContent)).toEqual(['European UnionRegional economic integration organization', 'Mauritius', 'Saudi Arabia', 'Viet Nam']);
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'State or organization',
      'Signed',
      'Ratification, acceptance, approval or accession',
    ]);
  });

  it('links each participant’s name to its own page, in the table’s language', () => {
    const { unmount } = render(<StatusTable participants={sortByName(signaturesOnly.participants, 'en')} namedAtHanoi={3} signatoriesAtHanoi={72} evidence={signaturesOnly} lang="en" />);
    const links = screen.getAllByRole('rowheader').map((th) => within(th).getByRole('link'));
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['European Union', '/en/status/eu/'],
      ['Mauritius', '/en/status/mu/'],
      ['Saudi Arabia', '/en/status/sa/'],
      ['Viet Nam', '/en/status/vn/'],
    ]);
    unmount();
    render(<StatusTable participants={signaturesOnly.participants} namedAtHanoi={3} signatoriesAtHanoi={72} evidence={signaturesOnly} lang="vi" />);
    expect(screen.getByRole('link', { name: 'Việt Nam' })).toHaveAttribute('href', '/vi/status/vn/');
  });

  it('shows a known day as a day and "at the ceremony" as its two days, each with its source', () => {
    render(<StatusTable participants={signaturesOnly.participants} namedAtHanoi={3} signatoriesAtHanoi={72} evidence={signaturesOnly} lang="en" />);
    const [vietNam, eu] = screen.getAllByRole('row').slice(1);
    expect(vietNam).toHaveTextContent(/^Viet Nam25 October 2025Source: verdragen.nlNone recorded$/);
    expect(eu.querySelectorAll('time')).toHaveLength(2);
    expect(eu).toHaveTextContent('25–26 October 2025');
    expect(screen.getByText(/Where two days are given/)).toBeInTheDocument();
  });

  it('says how many of the Hanoi signatories it names and how recent it is, and links to the full list at UNTC', () => {
    const { container } = render(<StatusTable participants={signaturesOnly.participants} namedAtHanoi={68} signatoriesAtHanoi={72} evidence={signaturesOnly} lang="en" />);
    expect(screen.getByText(/This list names 68 of the 72 signatories at Hanoi, and every later signature our sources record\./)).toBeInTheDocument();
    expect(container).toHaveTextContent('Status as recorded by the UN Treaty Collection on 16 November 2025. Signatures made since are known to this site up to 19 November 2025');
    expect(screen.getByRole('link', { name: 'Live treaty status: UN Treaty Collection' })).toHaveAttribute('href', UNTC_STATUS);
  });

  it('says so when it names every signatory at Hanoi, rather than "72 of the 72"', () => {
    const { container } = render(<StatusTable participants={signaturesOnly.participants} namedAtHanoi={72} signatoriesAtHanoi={72} evidence={signaturesOnly} lang="vi" />);
    expect(container).toHaveTextContent('Danh sách này nêu tên đủ 72 bên đã ký tại Hà Nội');
    expect(container).not.toHaveTextContent('72 trong số 72');
  });

  it('shows instruments with their kind, date and source, and a State that joined without signing', () => {
    render(<StatusTable participants={sortByName(someInstruments.participants, 'en')} namedAtHanoi={3} signatoriesAtHanoi={72} evidence={signaturesOnly} lang="en" />);
    const row = (name: string) => screen.getByRole('rowheader', { name: new RegExp(`^${name}`) }).closest('tr') as HTMLElement;
    expect(row('Sweden')).toHaveTextContent('Approval, 2 June 2026Source: treaties.un.org');
    expect(row('Norway')).toHaveTextContent(/^NorwayDid not signAccession, 30 September 2026Source: treaties.un.org$/);
    expect(row('Chile')).toHaveTextContent('None recorded');
  });

  it('speaks Vietnamese, names sorted the Vietnamese way', () => {
    render(<StatusTable participants={sortByName(signaturesOnly.participants, 'vi')} namedAtHanoi={3} signatoriesAtHanoi={72} evidence={signaturesOnly} lang="vi" />);
    expect(screen.getAllByRole('rowheader').map((th) => th.firstChild?.textContent)).toEqual(['Ả Rập Xê Út', 'Liên minh châu Âu', 'Mauritius', 'Việt Nam']);
    expect(screen.getByRole('table', { name: 'Các bên ký và thành viên theo tên' })).toBeInTheDocument();
    expect(screen.getByText(/Danh sách này nêu tên 3 trong số 72/)).toBeInTheDocument();
  });

  it('gives its section an id for a map to point to, and takes a heading level', () => {
    const { container } = render(
      <StatusTable participants={[]} namedAtHanoi={0} signatoriesAtHanoi={72} evidence={signaturesOnly} lang="en" id="table" headingLevel={3} />,
    );
    expect(container.querySelector('section#table')).toBe(screen.getByRole('region', { name: 'Who has signed, who has joined' }));
    expect(screen.getByRole('heading', { level: 3 })).toHaveAttribute('id', 'table-heading');
  });
});
