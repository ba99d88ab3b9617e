import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ConventionContents } from '@/components/convention-contents';
import { convention } from './examples';

const UNODC = 'https://www.unodc.org/unodc/en/cybercrime/convention/home.html';

describe('ConventionContents', () => {
  it('answers how many chapters and articles, with the sources of the count', () => {
    render(<ConventionContents {...convention} lang="en" />);
    const count = screen.getByRole('region', { name: 'How many chapters and articles does it have?' });
    expect(count).toHaveTextContent('A preamble, then 4 chapters with 68 articles in all.');
    expect(count).toHaveTextContent('Sources: antoanthongtin.vn, unodc.org');
  });

  it('lists the preamble, then every chapter by number and title with its articles and their sources; chapters of an unverified boundary share them', () => {
    render(<ConventionContents {...convention} lang="en" />);
    const table = screen.getByRole('table', { name: 'The chapters and the articles in each' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Chapter', 'Articles']);
    expect(within(table).getAllByRole('rowheader').map((th) => th.textContent)).toEqual(['Preamble', 'I General provisions', 'II Criminalization', 'III Jurisdiction', 'IV Final provisions']);
    const [, preamble, first, second, third, last] = within(table).getAllByRole('row');
    expect(preamble).toHaveTextContent(/^PreambleBefore Article 1$/);
    expect(first).toHaveTextContent(/^I General provisionsChapters I and II, Articles 1–21Where Chapter II begins is not verified.*Sources: antoanthongtin\.vn, vietnamnet\.vn$/);
    expect(first.querySelector('td[rowspan="2"]')).not.toBeNull();
    expect(second).toHaveTextContent(/^II Criminalization$/);
    expect(third).toHaveTextContent(/^III JurisdictionArticle 22Source: antoanthongtin\.vn$/);
    expect(last).toHaveTextContent(/^IV Final provisionsArticles 23–68Source: treaties\.un\.org$/);
    expect(within(first).getByRole('link', { name: 'vietnamnet.vn' })).toHaveAttribute('href', 'https://vietnamnet.vn/b');
  });

  it('says where Articles 64 and 65 are and links to their explainer, then to more explainers, glossary terms and the official text', () => {
    render(<ConventionContents {...convention} lang="en" />);
    const explained = screen.getByRole('region', { name: 'Where Articles 64 and 65 are' });
    expect(explained).toHaveTextContent('Articles 64 and 65 are in Chapter IV, Final provisions (Articles 23–68): Article 64 on signature, Article 65 on entry into force.');
    expect(within(explained).getByRole('link', { name: 'Articles 64 and 65' })).toHaveAttribute('href', '/en/articles/article-64/');
    const reading = screen.getByRole('region', { name: 'Read more on this site' });
    expect(within(reading).getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(['/en/articles/article-64/', '/en/articles/scope-and-debate/', '/en/glossary/#instrument']);
    expect(screen.getByRole('region', { name: 'Interpretative notes' })).toHaveTextContent('Notes come with it.Source: vietnamnet.vn');
    expect(screen.getByRole('link', { name: 'The Convention at UNODC' })).toHaveAttribute('href', UNODC);
  });

  it('is in Vietnamese on Vietnamese pages, the chapter titles marked as an unofficial translation', () => {
    render(<ConventionContents {...convention} lang="vi" />);
    expect(screen.getByRole('region', { name: 'Công ước có bao nhiêu chương, bao nhiêu điều?' })).toHaveTextContent('Lời nói đầu, tiếp theo là 4 chương với tổng cộng 68 điều.');
    expect(screen.getAllByRole('row')[2]).toHaveTextContent(/^I Quy định chungChương I và II, Điều 1–21Chưa xác minh được Chương II bắt đầu từ điều nào/);
    expect(screen.getByText(/Tên các chương là bản dịch không chính thức/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Điều 64 và Điều 65 nằm ở đâu' })).toHaveTextContent('Điều 64 và Điều 65 thuộc Chương IV – Điều khoản cuối cùng (Điều 23–68)');
  });

  it('keeps the sources out of the site search', () => {
    const { container } = render(<ConventionContents {...convention} lang="en" />);
    const links = [...container.querySelectorAll('a[href^="https://"]')].filter((a) => a.getAttribute('href') !== UNODC);
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((a) => a.closest('[data-pagefind-ignore]'))).toBe(true);
  });
});
