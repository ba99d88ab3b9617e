import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StatusChart } from '@/components/status-chart';
import { statusChart } from '@/lib/status/chart';
import { chartStatuses } from './status-examples';

const noInstrumentsYet = (lang: 'en' | 'vi' = 'en') => <StatusChart chart={statusChart(chartStatuses.noInstrumentsYet, lang)} lang={lang} />;
const fortyInstruments = (lang: 'en' | 'vi' = 'en') => <StatusChart chart={statusChart(chartStatuses.fortyInstruments, lang)} lang={lang} />;

/** The table's body rows as [date, signatures, instruments]. */
const rows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.children].map((cell) => cell.textContent));

describe('StatusChart', () => {
  it('is a section named by its heading, with one image named by its <title> and described by its <desc>', () => {
    const { container } = render(noInstrumentsYet());
    const section = screen.getByRole('region', { name: 'Signatures and instruments over time' });
    const image = within(section).getByRole('img', { name: 'Chart of the signatures, and of the instruments counted toward entry into force, by date' });
    expect(image.tagName).toBe('svg');
    expect(image).toHaveAttribute('aria-labelledby', container.querySelector('svg > title')!.id);
    expect(image).toHaveAccessibleDescription(
      'Running totals from 25 October 2025 to 19 November 2025: 4 signatures, and 0 instruments counted toward the 40 that bring the Convention into force, which a dotted line marks. The table after the chart gives the totals on each date.',
    );
    expect(image.getAttribute('viewBox')).toBe('0 0 320 236');
    expect(image).toHaveClass('w-full');
  });

  it('has as its text alternative a table with one row per date a total changed, interval signatures on the last day', () => {
    render(noInstrumentsYet());
    const table = screen.getByRole('table', { name: /^Running totals on each date a figure changed/ });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Date', 'Signatures so far', 'Instruments counted so far']);
    expect(rows(table)).toEqual([
      ['25 October 2025', '1', '0'],
      ['26 October 2025', '3', '0'],
      ['19 November 2025', '4', '0'],
    ]);
    expect(table.querySelector('caption')).toHaveTextContent(
      'Signatures whose day is known only as 25–26 October 2025 are counted on 26 October 2025, the last of those days.',
    );
    expect(table.closest('.scroll-box')).toHaveAttribute('tabindex', '0');
  });

  it('says, right under the chart, the dates of its evidence: the UNTC status and the signatures known since', () => {
    render(noInstrumentsYet());
    const evidence = screen.getByText(/^Status as recorded by the UN Treaty Collection on/);
    expect(evidence).toHaveTextContent('Status as recorded by the UN Treaty Collection on 16 November 2025. Signatures made since are known to this site up to 19 November 2025');
    expect([...evidence.querySelectorAll('time')].map((time) => time.dateTime)).toEqual(['2025-11-16', '2025-11-19']);
  });

  it('labels the line of the 40 and both series on the chart, the instruments even at 0', () => {
    const { container } = render(noInstrumentsYet());
    const labels = [...container.querySelectorAll('svg[role="img"] > text')].map((text) => text.textContent);
    expect(labels).toContain('40 instruments:entry into force 90 days later');
    expect(labels).toContain('Signatures: 4');
    expect(labels).toContain('Instruments counted: 0');
    expect(labels).toEqual(expect.arrayContaining(['25 Oct 2025', '19 Nov', 'Running total', 'Date of signature or deposit']));
  });

  it('tells the lines apart without colour: solid, dashed and dotted, with a legend drawn the same way', () => {
    const { container } = render(noInstrumentsYet());
    const [signatures, instruments] = container.querySelectorAll('svg[role="img"] > path');
    expect(signatures).not.toHaveAttribute('stroke-dasharray');
    expect(instruments).toHaveAttribute('stroke-dasharray', '7 4');
    const threshold = container.querySelector('svg[role="img"] > line');
    expect(threshold).toHaveAttribute('stroke-dasharray', '1.5 3.5');
    const legend = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(legend.map((li) => li.textContent)).toEqual([
      'Signatures (solid line)',
      'Instruments of ratification, acceptance, approval or accession by States, which count toward entry into force (dashed line)',
      'The 40 instruments that bring the Convention into force (dotted line)',
    ]);
    expect(legend[1].querySelector('line')).toHaveAttribute('stroke-dasharray', '7 4');
    expect(legend[2].querySelector('line')).toHaveAttribute('stroke-dasharray', '1.5 3.5');
  });

  it('with forty instruments: counts the 40th, not the EU’s, and says that the list of signatories is partial', () => {
    const { container } = render(fortyInstruments());
    const table = screen.getByRole('table');
    expect(rows(table)).toEqual([
      ['25 October 2025', '1', '0'],
      ['26 October 2025', '41', '0'],
      ['2 March 2026', '41', '20'],
      ['20 November 2026', '41', '39'],
      ['1 July 2027', '41', '40'],
    ]);
    expect(table.querySelector('caption')).toHaveTextContent('The chart counts only the signatories our sources name: 41 of the 72 who signed at Hanoi.');
    expect(screen.getByRole('img')).toHaveAccessibleDescription(/^Running totals from 25 October 2025 to 15 July 2027: 41 signatures, and 40 instruments/);
    expect(container).toHaveTextContent('Status as recorded by the UN Treaty Collection on 15 July 2027.');
  });

  it('leaves out the interval note when every signature has its day', () => {
    const status = { ...chartStatuses.noInstrumentsYet, participants: chartStatuses.noInstrumentsYet.participants.filter(({ signed }) => !signed?.endDate) };
    render(<StatusChart chart={statusChart(status, 'en')} lang="en" />);
    const caption = screen.getByRole('table').querySelector('caption');
    expect(caption).toHaveTextContent(/^Running totals on each date a figure changed/);
    expect(caption).not.toHaveTextContent('known only as');
  });

  it('speaks Vietnamese', () => {
    const { container } = render(noInstrumentsYet('vi'));
    expect(screen.getByRole('region', { name: 'Số bên ký và số văn kiện theo thời gian' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Biểu đồ số bên ký và số văn kiện được tính để Công ước có hiệu lực, theo ngày' })).toBeInTheDocument();
    expect(rows(screen.getByRole('table'))[1]).toEqual(['26 tháng 10 năm 2025', '3', '0']);
    expect(container).toHaveTextContent('Tình trạng do Cơ sở dữ liệu Điều ước của Liên Hợp Quốc (UNTC) ghi nhận ngày 16 tháng 11 năm 2025.');
    expect(container).toHaveTextContent('Các lượt ký mà nguồn chỉ cho biết diễn ra trong khoảng 25–26 tháng 10 năm 2025 được tính vào ngày 26 tháng 10 năm 2025');
    const labels = [...container.querySelectorAll('svg[role="img"] > text')].map((text) => text.textContent);
    expect(labels).toEqual(expect.arrayContaining(['40 văn kiện:Công ước có hiệu lực sau 90 ngày', 'Bên ký: 4', 'Văn kiện được tính: 0', '25/10/2025']));
  });

  it('takes its heading, level and ids from the options', () => {
    const { container } = render(<StatusChart chart={statusChart(chartStatuses.noInstrumentsYet, 'en')} lang="en" heading="Over time" headingLevel={3} id="chart" />);
    expect(screen.getByRole('heading', { level: 3, name: 'Over time' })).toHaveAttribute('id', 'chart');
    expect(container.querySelector('svg')).toHaveAttribute('aria-labelledby', 'chart-title');
    expect(container.querySelector('svg')).toHaveAttribute('aria-describedby', 'chart-desc');
  });
});
