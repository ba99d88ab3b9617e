import { act, fireEvent, screen, within } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SiteSearch } from '@/components/site-search';
import type { Pagefind, PagefindPage } from '@/enhancements/search/pagefind';
import { enableSearch, MAX_RESULTS, TYPING_PAUSE_MS } from '@/enhancements/search/site-search';

const article: PagefindPage = {
  url: '/vi/articles/article-64/',
  excerpt: 'Công ước có <mark>hiệu</mark> <mark>lực</mark>',
  meta: { title: 'Điều 64 và Điều 65', date: '22 tháng 11 năm 2026' },
  sub_results: [
    { title: 'Điều 64 và Điều 65', url: '/vi/articles/article-64/', excerpt: 'Hai điều khoản', locations: [1, 2, 3, 4] },
    { title: 'Điều 64 quy định gì', url: '/vi/articles/article-64/#điều-64', excerpt: '<mark>Điều</mark> 64 &amp; <img src=x onerror="alert(1)">mở ký', locations: [9] },
  ],
};
const glossary: PagefindPage = { url: '/vi/glossary/', excerpt: 'Thuật ngữ <mark>đi</mark>', meta: { title: 'Thuật ngữ' }, sub_results: [] };

/** A Pagefind that finds `pages` for the queries given, and remembers every query it was asked. */
function fakePagefind(found: Record<string, { page: PagefindPage; score: number }[]>) {
  const pagefind = {
    options: vi.fn().mockResolvedValue(undefined),
    init: vi.fn().mockResolvedValue(undefined),
    search: vi.fn(async (query: string) => ({
      results: (found[query] ?? []).map(({ page, score }) => ({ id: page.url, score, data: async () => page })),
    })),
  } satisfies Pagefind;
  return pagefind;
}

const box = () => document.querySelector<HTMLElement>('[data-search]')!;

/** The server's HTML, parsed as a browser parses the built page: React's DOM rendering would leave `<template>` without content. */
function render(element: React.ReactElement) {
  document.body.innerHTML = renderToStaticMarkup(element);
}

async function renderSearch(lang: 'en' | 'vi', pagefind: Pagefind | Error) {
  document.documentElement.lang = lang;
  render(<SiteSearch lang={lang} />);
  await act(() => enableSearch(box(), async () => (pagefind instanceof Error ? Promise.reject(pagefind) : pagefind)));
}

async function submit(query: string) {
  fireEvent.change(screen.getByRole('searchbox'), { target: { value: query } });
  await act(async () => {
    fireEvent.submit(screen.getByRole('search'));
  });
}

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.lang = '';
  window.history.replaceState(null, '', '/');
  vi.useRealTimers();
});

describe('SiteSearch without JavaScript', () => {
  it('shows no search box, but links to the pages that list everything, in the page’s language', () => {
    render(<SiteSearch lang="vi" />);
    expect(screen.queryByRole('search')).toBeNull();
    expect(screen.queryByRole('searchbox')).toBeNull();
    expect(screen.getByText(/cần JavaScript/)).toBeVisible();
    expect(screen.getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(['/vi/articles/', '/vi/timeline/', '/vi/glossary/', '/vi/states/']);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('points the module at Pagefind’s bundle and the site’s base, from lib/web/paths.ts', () => {
    render(<SiteSearch lang="en" />);
    expect(box().dataset).toMatchObject({ searchBundle: '/pagefind/', searchBase: '/' });
  });
});

describe('SiteSearch with enhancements/search/', () => {
  it('shows a labelled search box in a search landmark and hides the links, once Pagefind has loaded', async () => {
    const pagefind = fakePagefind({});
    await renderSearch('en', pagefind);
    expect(within(screen.getByRole('search')).getByRole('searchbox', { name: 'Words to find' })).toBeVisible();
    expect(screen.getByText(/works only with JavaScript/)).not.toBeVisible();
    expect(pagefind.options).toHaveBeenCalledWith({ baseUrl: '/' });
    expect(pagefind.init).toHaveBeenCalled();
  });

  it('keeps the links, saying why, when Pagefind cannot load', async () => {
    await renderSearch('vi', new Error('blocked'));
    expect(screen.queryByRole('search')).toBeNull();
    expect(screen.getByText(/Không tải được chức năng tìm kiếm/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Tất cả bài viết' })).toBeVisible();
  });

  it('searches every reading of a Vietnamese query typed without đ, and lists each page once, best first', async () => {
    const pagefind = fakePagefind({ 'dieu 64': [{ page: glossary, score: 1 }], 'đieu 64': [{ page: article, score: 5 }, { page: glossary, score: 0.5 }] });
    await renderSearch('vi', pagefind);
    await submit('  dieu   64 ');
    expect(pagefind.search.mock.calls.map(([query]) => query)).toEqual(['dieu 64', 'đieu 64']);
    expect(screen.getByRole('status')).toHaveTextContent('2 kết quả cho “dieu 64”');
    const items = screen.getAllByRole('heading', { level: 2 });
    expect(items.map((heading) => heading.textContent)).toEqual(['Điều 64 và Điều 65', 'Thuật ngữ']);
  });

  it('links a result to its page, with its date, and to the section under the heading the words were found in', async () => {
    await renderSearch('vi', fakePagefind({ 'hieu luc': [{ page: article, score: 1 }] }));
    await submit('hieu luc');
    expect(screen.getByRole('link', { name: 'Điều 64 và Điều 65' })).toHaveAttribute('href', '/vi/articles/article-64/');
    expect(screen.getByText('22 tháng 11 năm 2026')).toBeInTheDocument();
    // The part before the first heading is the page itself, not a section.
    const section = screen.getByRole('link', { name: 'Điều 64 quy định gì' });
    expect(section).toHaveAttribute('href', '/vi/articles/article-64/#điều-64');
    expect(screen.getByRole('status')).toHaveTextContent('1 kết quả cho “hieu luc”');
  });

  it('shows the words found as marks and nothing else of an excerpt’s markup', async () => {
    await renderSearch('vi', fakePagefind({ 'dieu 64': [{ page: article, score: 1 }] }));
    await submit('dieu 64');
    const excerpt = screen.getByText(/mở ký/);
    expect(excerpt.textContent).toBe('Điều 64 & mở ký');
    expect(excerpt.querySelector('mark')).toHaveTextContent('Điều');
    expect(box().querySelector('[data-search-results] img')).toBeNull();
  });

  it('shows a page without sections with its excerpt, and no date line when it has no date', async () => {
    await renderSearch('en', fakePagefind({ term: [{ page: glossary, score: 1 }] }));
    await submit('term');
    const item = screen.getByRole('heading', { level: 2 }).closest('li')!;
    expect(item.querySelector('mark')).toHaveTextContent('đi');
    expect(item.querySelectorAll('p')).toHaveLength(1);
    expect(item.querySelector('ul')).toBeNull();
  });

  it(`says when nothing is found, and lists at most ${MAX_RESULTS} results while counting all`, async () => {
    const many = Array.from({ length: MAX_RESULTS + 5 }, (_, n) => ({ page: { ...glossary, url: `/en/p${n}/` }, score: n }));
    await renderSearch('en', fakePagefind({ treaty: many }));
    await submit('nothing here');
    expect(screen.getByRole('status')).toHaveTextContent('No results for “nothing here”. Try fewer words, or other ones.');
    await submit('treaty');
    expect(screen.getByRole('status')).toHaveTextContent(`${MAX_RESULTS + 5} results for “treaty” The first ${MAX_RESULTS} are listed.`);
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(MAX_RESULTS);
  });

  it('searches when typing pauses, and keeps the query in the address', async () => {
    vi.useFakeTimers();
    const pagefind = fakePagefind({ treaty: [{ page: glossary, score: 1 }] });
    await renderSearch('en', pagefind);
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'treaty' } });
    expect(pagefind.search).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(TYPING_PAUSE_MS));
    expect(pagefind.search).toHaveBeenCalledWith('treaty');
    expect(window.location.search).toBe('?q=treaty');
  });

  it('for a query typed with marks, lists the pages that have them as typed first, then resets the option', async () => {
    const us = { ...glossary, url: '/vi/status/us/', meta: { title: 'Hoa Kỳ và Công ước' } };
    const signing = { ...glossary, url: '/vi/articles/signing/', meta: { title: 'Lễ ký' } };
    // Pagefind's options are global: what a search finds depends on the last options given.
    let exact = false;
    const pagefind = fakePagefind({});
    pagefind.options.mockImplementation(async (options: { exactDiacritics?: boolean }) => {
      if (options.exactDiacritics !== undefined) exact = options.exactDiacritics;
    });
    pagefind.search.mockImplementation(async () => ({
      results: (exact ? [{ page: us, score: 1 }] : [{ page: signing, score: 9 }, { page: us, score: 2 }]).map(({ page, score }) => ({ id: page.url, score, data: async () => page })),
    }));
    await renderSearch('vi', pagefind);
    await submit('Hoa Kỳ');
    expect(pagefind.options.mock.calls.map(([options]) => options)).toEqual([{ baseUrl: '/' }, { exactDiacritics: true }, { exactDiacritics: false }]);
    expect(pagefind.search.mock.calls.map(([query]) => query)).toEqual(['Hoa Kỳ', 'Hoa Kỳ']);
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(['Hoa Kỳ và Công ước', 'Lễ ký']);
    expect(screen.getByRole('status')).toHaveTextContent('2 kết quả cho “Hoa Kỳ”');
    expect(exact).toBe(false);
  });

  it('runs no exact search for a query typed without marks', async () => {
    const pagefind = fakePagefind({ 'hoa ky': [{ page: glossary, score: 1 }] });
    await renderSearch('vi', pagefind);
    await submit('hoa ky');
    expect(pagefind.options.mock.calls.map(([options]) => options)).toEqual([{ baseUrl: '/' }]);
    expect(pagefind.search.mock.calls.map(([query]) => query)).toEqual(['hoa ky']);
  });

  it('runs the search given in the address', async () => {
    window.history.replaceState(null, '', '/en/search/?q=treaty');
    await renderSearch('en', fakePagefind({ treaty: [{ page: glossary, score: 1 }] }));
    expect(screen.getByRole('searchbox')).toHaveValue('treaty');
    expect(screen.getByRole('status')).toHaveTextContent('1 result for “treaty”');
  });
});
