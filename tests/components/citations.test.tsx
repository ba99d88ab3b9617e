import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Citations } from '@/components/citations';
import { fillAccessDates } from '@/enhancements/access-dates';
import { enableCopyButtons } from '@/enhancements/copy-buttons';
import type { CitableWork } from '@/lib/citations/cite';

const work: CitableWork = {
  key: 'k',
  title: 'The Hanoi signing ceremony',
  siteName: 'Hanoi Convention Guide',
  url: 'https://example.org/en/articles/hanoi-signing-ceremony/',
  published: '2026-11-22',
  lang: 'en',
};

describe('Citations', () => {
  it('shows the four styles, each as text on the page', () => {
    const { container } = render(<Citations work={work} lang="en" idPrefix="cite" />);
    expect([...container.querySelectorAll('dt')].map((dt) => dt.firstChild?.textContent)).toEqual(['APA', 'MLA', 'Chicago', 'BibTeX']);
    expect(container.querySelector('#cite-mla')).toHaveTextContent(/^“The Hanoi signing ceremony\.” Hanoi Convention Guide, 22 Nov\. 2026/);
    expect(container.querySelector('#cite-bibtex')?.tagName).toBe('PRE');
  });

  it('without JavaScript: a placeholder for the access date and no button that does nothing', () => {
    const { container } = render(<Citations work={work} lang="en" idPrefix="cite" />);
    expect(container.querySelector('#cite-chicago')).toHaveTextContent('Accessed [date accessed].');
    expect(screen.queryAllByRole('button')).toEqual([]);
  });
});

describe('Citations: one style shown, the others a tap away', () => {
  it('shows APA and folds MLA, Chicago and BibTeX in a <details> whose summary names them', () => {
    const { container } = render(<Citations work={work} lang="en" idPrefix="cite" />);
    const details = container.querySelector('details')!;
    expect(details.querySelector(':scope > summary')).toHaveTextContent(/^Other styles: MLA, Chicago, BibTeX$/);
    expect([...details.querySelectorAll('dt')].map((dt) => dt.firstChild?.textContent)).toEqual(['MLA', 'Chicago', 'BibTeX']);
    expect([...container.querySelectorAll('dt')].filter((dt) => !dt.closest('details')).map((dt) => dt.firstChild?.textContent)).toEqual(['APA']);
    expect(details.hasAttribute('open')).toBe(false);
  });

  it('names the other styles in Vietnamese on a Vietnamese page', () => {
    const { container } = render(<Citations work={work} lang="vi" idPrefix="cite" />);
    expect(container.querySelector('summary')).toHaveTextContent(/^Các kiểu trích dẫn khác: MLA, Chicago, BibTeX$/);
  });

  it('points every copy button, folded or not, at the text of its own style', () => {
    const { container } = render(<Citations work={work} lang="en" idPrefix="cite" />);
    const buttons = screen.getAllByRole('button', { hidden: true });
    expect(buttons.map((button) => button.dataset.copy)).toEqual(['cite-apa', 'cite-mla', 'cite-chicago', 'cite-bibtex']);
    for (const button of buttons) {
      const style = button.textContent!.replace(/^Copy (\w+):.*$/, '$1');
      const text = container.querySelector(`#${button.dataset.copy}`)!;
      expect(text.closest('div'), style).toBe(button.closest('dt')!.parentElement);
      expect(text.closest('dl')!.previousElementSibling?.tagName === 'SUMMARY', style).toBe(style !== 'APA');
    }
  });
});

describe('Citations on a Vietnamese page', () => {
  const vi: CitableWork = { ...work, title: 'Lễ mở ký tại Hà Nội', siteName: 'Cẩm nang Công ước Hà Nội', url: 'https://example.org/vi/articles/hanoi-signing-ceremony/', lang: 'vi' };

  it('writes every style in Vietnamese, with a Vietnamese placeholder until the date is filled in', () => {
    const { container } = render(<Citations work={vi} lang="vi" idPrefix="cite" />);
    expect(container.querySelector('#cite-apa')).toHaveTextContent(/^Cẩm nang Công ước Hà Nội\. \(2026, ngày 22 tháng 11\)\. Lễ mở ký tại Hà Nội\. Truy xuất \[ngày truy cập\], từ https:/);
    expect(container.querySelector('#cite-chicago')).toHaveTextContent('Đăng ngày 22 tháng 11 năm 2026. Truy cập [ngày truy cập].');
  });

  it('gets the reader’s access date in the page’s language', () => {
    const { container } = render(
      <div lang="vi">
        <Citations work={vi} lang="vi" idPrefix="cite" />
      </div>,
    );
    fillAccessDates(document, new Date(2027, 2, 9));
    expect(container.querySelector('#cite-apa')).toHaveTextContent('Truy xuất ngày 9 tháng 3 năm 2027, từ https://example.org/vi/');
    expect(container.querySelector('#cite-mla')).toHaveTextContent(/Truy cập ngày 9 tháng 3 năm 2027\.$/);
    expect(container.querySelector('#cite-bibtex')).toHaveTextContent('urldate = {2027-03-09}');
  });
});

describe('Citations with the enhancement module', () => {
  it('fills in the reader’s access date in each style’s form', () => {
    const { container } = render(<Citations work={work} lang="en" idPrefix="cite" />);
    fillAccessDates(document, new Date(2027, 2, 9));
    expect(container.querySelector('#cite-mla')).toHaveTextContent('Accessed 9 Mar. 2027.');
    expect(container.querySelector('#cite-chicago')).toHaveTextContent('Accessed March 9, 2027.');
    expect(container.querySelector('#cite-bibtex')).toHaveTextContent('urldate = {2027-03-09}');
  });

  it('copies a citation and says so', async () => {
    const clipboard = { writeText: vi.fn().mockResolvedValue(undefined) };
    const { container } = render(<Citations work={work} lang="vi" idPrefix="cite" />);
    enableCopyButtons(document, clipboard);
    const apa = container.querySelector('#cite-apa')!.closest('div')!;
    await act(async () => {
      fireEvent.click(within(apa).getByRole('button', { name: 'Sao chép APA: The Hanoi signing ceremony' }));
    });
    expect(clipboard.writeText).toHaveBeenCalledWith(container.querySelector('#cite-apa')?.textContent);
    expect(within(apa).getByRole('status')).toHaveTextContent('Đã sao chép');
  });

  it('copies a style folded in the details as well', async () => {
    const clipboard = { writeText: vi.fn().mockResolvedValue(undefined) };
    const { container } = render(<Citations work={work} lang="en" idPrefix="cite" />);
    enableCopyButtons(document, clipboard);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copy BibTeX: The Hanoi signing ceremony' }));
    });
    expect(clipboard.writeText).toHaveBeenCalledWith(container.querySelector('#cite-bibtex')?.textContent);
  });

  it('tells the reader to copy by hand when the clipboard is refused', async () => {
    render(<Citations work={work} lang="en" idPrefix="cite" />);
    enableCopyButtons(document, { writeText: vi.fn().mockRejectedValue(new Error('denied')) });
    await act(async () => {
      fireEvent.click(screen.getAllByRole('button')[0]);
    });
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('Select the text and copy it');
  });
});
