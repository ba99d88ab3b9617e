import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StatusFigures } from '@/components/status-figures';
import type { Lang } from '@/lib/i18n';
import type { StatusFigures as Figures } from '@/lib/status/figures';
import { figures } from './status-examples';

const explained = { signatories: '/en/status/#status-table', instruments: '/en/status/#entry-into-force-heading', signature: '/en/articles/article-64/' };

function renderFigures(shown: Figures, lang: Lang = 'en') {
  return render(<StatusFigures figures={shown} lang={lang} explained={explained} />);
}

/** A figure by its label, the link to its explanation: its value (with the label) and what it rests on. */
function figure(label: string) {
  const box = screen.getByRole('link', { name: label }).closest('div')!;
  return { value: box.querySelector('dt')!, basis: box.querySelector('dd')! };
}

describe('StatusFigures', () => {
  it('is a section named for screen readers, with three figures', () => {
    const { container } = renderFigures(figures.daysLeft);
    expect(screen.getByRole('region', { name: 'Where the Convention stands' })).toBeInTheDocument();
    expect(container.querySelectorAll('dt')).toHaveLength(3);
  });

  it('links each figure’s label to where it is explained', () => {
    renderFigures(figures.daysLeft);
    expect(['Signatories known', 'Instruments deposited', 'Signature'].map((name) => screen.getByRole('link', { name }).getAttribute('href'))).toEqual([
      explained.signatories,
      explained.instruments,
      explained.signature,
    ]);
  });

  it('gives the signatories known with their basis, and the date the sources reach, in <time>', () => {
    renderFigures(figures.daysLeft);
    const { value, basis } = figure('Signatories known');
    expect(value).toHaveTextContent(/^4Signatories known$/);
    expect(basis).toHaveTextContent(/^3 States and the European Union; 72 at Hanoi: 71 States and the EU\. Sources to 19 November 2025\.$/);
    expect(basis.querySelector('time')).toHaveAttribute('datetime', '2025-11-19');
  });

  it('says “all States” when no organization signed', () => {
    renderFigures({ ...figures.daysLeft, signatories: { known: 3, knownStates: 3, atHanoi: 72, atHanoiStates: 72, knownTo: '2025-11-19' } });
    expect(figure('Signatories known').basis).toHaveTextContent(/^All States; 72 at Hanoi, all States\./);
  });

  it('gives the instruments as “0 of 40” with the rule, the UNTC day in <time>, and the bar without a second figure in words', () => {
    const { container } = renderFigures(figures.daysLeft);
    const { value, basis } = figure('Instruments deposited');
    expect(value).toHaveTextContent(/^0 of 40Instruments deposited$/);
    expect(basis).toHaveTextContent(/^In force 90 days after the 40th\. UN Treaty Collection, 16 November 2025\.$/);
    expect(basis.querySelector('time')).toHaveAttribute('datetime', '2025-11-16');
    expect([...container.querySelectorAll('rect')].map((rect) => rect.getAttribute('width'))).toEqual(['40', '0']);
  });

  it('gives the date of entry into force once the 40th instrument is in, true before that day as after it', () => {
    renderFigures(figures.fortyInstruments);
    const { value, basis } = figure('Instruments deposited');
    expect(value).toHaveTextContent(/^40 of 40/);
    expect(basis).toHaveTextContent(/^In force from 29 September 2027\. UN Treaty Collection, 15 July 2027\.$/);
    expect(basis.querySelector('time')).toHaveAttribute('datetime', '2027-09-29');
  });

  it('gives the date of entry into force in Vietnamese too', () => {
    renderFigures(figures.fortyInstruments, 'vi');
    expect(figure('Văn kiện đã nộp lưu chiểu').basis).toHaveTextContent(/^Có hiệu lực từ ngày 29 tháng 9 năm 2027\. UNTC, ngày 15 tháng 7 năm 2027\.$/);
  });

  it.each([
    ['2 December 2026', 'en', 'Open', 'Until 31 December 2026; 29 days left on 2 December 2026', figures.daysLeft],
    ['30 December 2026', 'en', 'Open', 'Until 31 December 2026; 1 day left on 30 December 2026', figures.oneDayLeft],
    ['31 December 2026', 'en', 'Open', 'Until 31 December 2026; the last day is today, 31 December 2026', figures.lastDay],
    ['1 January 2027', 'en', 'Closed', 'on 31 December 2026; a State can still join by accession', figures.closed],
    ['2 December 2026', 'vi', 'Đang mở', 'Đến hết ngày 31 tháng 12 năm 2026; còn 29 ngày (tính đến ngày 2 tháng 12 năm 2026)', figures.daysLeft],
    ['30 December 2026', 'vi', 'Đang mở', 'Đến hết ngày 31 tháng 12 năm 2026; còn 1 ngày (tính đến ngày 30 tháng 12 năm 2026)', figures.oneDayLeft],
    ['31 December 2026', 'vi', 'Đang mở', 'Đến hết ngày 31 tháng 12 năm 2026; hôm nay, ngày 31 tháng 12 năm 2026, là ngày cuối cùng', figures.lastDay],
    ['1 January 2027', 'vi', 'Đã kết thúc', 'ngày 31 tháng 12 năm 2026; quốc gia chưa ký vẫn có thể trở thành thành viên theo thủ tục gia nhập', figures.closed],
  ] as const)('on %s, in %s: signature %s, “%s”', (_day, lang, status, words, shown) => {
    renderFigures(shown, lang);
    const { value, basis } = figure(lang === 'en' ? 'Signature' : 'Thời hạn ký');
    expect(value.firstChild).toHaveTextContent(new RegExp(`^${status}$`));
    expect(basis.textContent).toBe(words);
  });

  it('says the day the days were counted on, in <time>, so that a page read later is still true', () => {
    renderFigures(figures.daysLeft);
    expect([...figure('Signature').basis.querySelectorAll('time')].map((time) => time.getAttribute('datetime'))).toEqual(['2026-12-31', '2026-12-02']);
  });

  it('speaks Vietnamese on a Vietnamese page', () => {
    renderFigures(figures.daysLeft, 'vi');
    expect(screen.getByRole('region', { name: 'Công ước đang ở đâu' })).toBeInTheDocument();
    expect(figure('Bên ký được biết').basis).toHaveTextContent(/^3 quốc gia và Liên minh châu Âu; 72 bên ký tại Hà Nội: 71 quốc gia và EU\. Nguồn cập nhật đến ngày 19 tháng 11 năm 2025\.$/);
    const instruments = figure('Văn kiện đã nộp lưu chiểu');
    expect(instruments.value).toHaveTextContent(/^0\/40/);
    expect(instruments.basis).toHaveTextContent(/^Có hiệu lực 90 ngày sau văn kiện thứ 40\. UNTC, ngày 16 tháng 11 năm 2025\.$/);
  });
});
