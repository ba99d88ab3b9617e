import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StateFinder } from '@/components/state-finder';
import { enableStateFinder } from '@/enhancements/state-finder';
import { stateRows, toJson } from '@/lib/outputs/data-export';
import { stateRecords } from '@/lib/states/record';
import { stateStatus } from './state-examples';

const DATA = '/en/data/states.json';

/** The States download as the build writes it (app/[lang]/data/states.json/). */
const download = (lang: 'en' | 'vi') => toJson('states', lang, stateRows(stateRecords(stateStatus), stateStatus, lang));

let fetchData: ReturnType<typeof vi.fn>;
let assign: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fetchData = vi.fn(async (url: string) => new Response(download(url.startsWith('/vi/') ? 'vi' : 'en')));
  assign = vi.fn();
  vi.stubGlobal('fetch', fetchData);
  vi.stubGlobal('location', { ...window.location, assign });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const form = () => screen.getByRole('search') as HTMLFormElement;
const field = () => screen.getByRole('searchbox');

function renderFinder(lang: 'en' | 'vi' = 'en') {
  render(<StateFinder lang={lang} dataHref={`/${lang}/data/states.json`} />);
  enableStateFinder(form());
}

async function type(value: string) {
  await act(async () => {
    fireEvent.input(field(), { target: { value } });
  });
}

describe('StateFinder without JavaScript', () => {
  it('is a search of the site: a labelled field named q, sent to the search page', () => {
    render(<StateFinder lang="en" dataHref={DATA} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Has your country signed?' })).toBeInTheDocument();
    expect(form()).toHaveAttribute('action', '/en/search/');
    expect(form()).toHaveAttribute('method', 'get');
    expect(within(form()).getByRole('searchbox', { name: 'Type a country’s name' })).toHaveAttribute('name', 'q');
    expect(field()).toHaveAttribute('placeholder', 'Germany, Vietnam, Turkey…');
    expect(within(form()).getByRole('button', { name: 'Find' })).toHaveAttribute('type', 'submit');
  });

  it('links to every country A–Z, and stays out of the site search', () => {
    const { container } = render(<StateFinder lang="vi" dataHref="/vi/data/states.json" />);
    expect(screen.getByRole('link', { name: 'Tất cả quốc gia, từ A đến Z' })).toHaveAttribute('href', '/vi/states/');
    expect(form()).toHaveAttribute('action', '/vi/search/');
    expect(container.querySelector('section')).toHaveAttribute('data-pagefind-ignore');
  });

  it('hands the module its data file and its words in the page’s language, in data- attributes', () => {
    render(<StateFinder lang="vi" dataHref="/vi/data/states.json" />);
    expect(form().dataset).toMatchObject({
      stateFinder: '/vi/data/states.json',
      party: 'Thành viên',
      signatory: 'Đã ký',
      notSigned: 'Chưa ký',
      one: 'Có 1 quốc gia khớp.',
      many: 'Có {count} quốc gia khớp.',
      none: 'Không có quốc gia nào khớp với “{query}”.',
    });
  });
});

describe('StateFinder with enhancements/state-finder.ts', () => {
  it('lists the matching States as one types, as links with their standing, and announces how many', async () => {
    renderFinder();
    await type('Turkey');
    const [result] = within(form()).getAllByRole('listitem');
    expect(result).toHaveTextContent('Türkiye · Not signed');
    // The download's addresses are the public site's; the finder links to the same path on the page's own host.
    expect(within(result).getByRole('link', { name: 'Türkiye' })).toHaveAttribute('href', '/en/status/tr/');
    expect(screen.getByRole('status')).toHaveTextContent('1 country matches.');
    await type('swe');
    expect(within(form()).getByRole('listitem')).toHaveTextContent('Sweden · Party');
    await type('repub');
    expect(screen.getByRole('status')).toHaveTextContent(`${within(form()).getAllByRole('listitem').length} countries match.`);
  });

  it('finds Vietnamese and English names on a Vietnamese page', async () => {
    renderFinder('vi');
    await type('Mỹ');
    expect(within(form()).getAllByRole('link')[0]).toHaveTextContent('Hoa Kỳ');
    await type('vietnam');
    expect(within(form()).getByRole('listitem')).toHaveTextContent('Việt Nam · Chưa ký');
    expect(screen.getByRole('status')).toHaveTextContent('Có 1 quốc gia khớp.');
  });

  it('says when no State matches, and says nothing for an empty field', async () => {
    renderFinder();
    await type('Atlantis');
    expect(within(form()).queryAllByRole('listitem')).toEqual([]);
    expect(screen.getByRole('status')).toHaveTextContent('No country matches “Atlantis”.');
    await type('  ');
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('opens the first match on Enter instead of searching the site', async () => {
    renderFinder();
    await type('viet');
    expect(fireEvent.submit(form())).toBe(false);
    expect(assign).toHaveBeenCalledWith('/en/status/vn/');
  });

  it('leaves Enter to the site search when nothing matches', async () => {
    renderFinder();
    await type('Atlantis');
    expect(fireEvent.submit(form())).toBe(true);
    expect(assign).not.toHaveBeenCalled();
  });

  it('moves to the first result with the down arrow', async () => {
    renderFinder();
    await type('guinea');
    fireEvent.keyDown(field(), { key: 'ArrowDown' });
    expect(document.activeElement).toBe(within(form()).getAllByRole('link')[0]);
    expect(document.activeElement).toHaveTextContent('Guinea');
  });

  it('fetches the data file once, on first use', async () => {
    renderFinder();
    expect(fetchData).not.toHaveBeenCalled();
    fireEvent.focus(field());
    await type('a');
    await type('ab');
    await type('abc');
    expect(fetchData).toHaveBeenCalledTimes(1);
    expect(fetchData).toHaveBeenCalledWith(DATA);
  });
});
