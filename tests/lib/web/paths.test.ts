import { afterEach, describe, expect, it, vi } from 'vitest';

// SITE_URL is read when lib/paths loads, as in a build: each case loads the module afresh.
async function pathsWith(siteUrl: string | undefined) {
  vi.stubEnv('SITE_URL', siteUrl as string);
  vi.resetModules();
  return import('@/lib/web/paths');
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('site addresses', () => {
  it('default to localhost at the root', async () => {
    const { paths, absoluteUrl, BASE_PATH } = await pathsWith(undefined);
    expect(BASE_PATH).toBe('');
    expect(paths.article('vi', 'adoption')).toBe('/vi/articles/adoption/');
    expect(absoluteUrl(paths.event('en', 'x'))).toBe('http://localhost:3000/en/timeline/#x');
  });

  it('follow SITE_URL, including a sub-path to host the site under', async () => {
    const { paths, absoluteUrl, BASE_PATH } = await pathsWith('https://example.org/hanoi/');
    expect(BASE_PATH).toBe('/hanoi');
    expect(paths.timeline('en')).toBe('/hanoi/en/timeline/');
    expect(absoluteUrl(paths.root())).toBe('https://example.org/hanoi/');
  });

  it('put the sub-path on links editors write in markdown', async () => {
    vi.stubEnv('SITE_URL', 'https://example.org/hanoi');
    vi.resetModules();
    const { renderMarkdown } = await import('@/lib/content/markdown');
    expect(renderMarkdown('[a](/en/articles/adoption/) [b](https://un.org/x) [c](#top)').html).toBe(
      '<p><a href="/hanoi/en/articles/adoption/">a</a> <a href="https://un.org/x" rel="noopener noreferrer">b</a> <a href="#top">c</a></p>',
    );
  });
});

describe('the States’ addresses', () => {
  it('give each State and the EU a page under the status, its code in lower case, with its Atom feed', async () => {
    const { paths, absoluteUrl } = await pathsWith(undefined);
    expect(paths.state('en', 'VN')).toBe('/en/status/vn/');
    expect(paths.state('vi', 'EU')).toBe('/vi/status/eu/');
    expect(paths.stateFeed('en', 'DE')).toBe('/en/status/de/atom.xml');
    expect(absoluteUrl(paths.stateFeed('vi', 'VN'))).toBe('http://localhost:3000/vi/status/vn/atom.xml');
  });

  it('put the A–Z index and the shared base map where the site is hosted', async () => {
    const { paths } = await pathsWith('https://example.org/hanoi');
    expect(paths.states('vi')).toBe('/hanoi/vi/states/');
    expect(paths.state('en', 'TR')).toBe('/hanoi/en/status/tr/');
    expect(paths.stateFeed('en', 'TR')).toBe('/hanoi/en/status/tr/atom.xml');
    expect(paths.worldBaseMap()).toBe('/hanoi/world-map.svg');
  });
});

describe('linkRel', () => {
  it('is noopener noreferrer for absolute http(s) links to another origin only', async () => {
    const { linkRel } = await pathsWith('https://example.org/hanoi');
    expect(linkRel('https://treaties.un.org/status')).toBe('noopener noreferrer');
    expect(linkRel('HTTP://press.un.org/')).toBe('noopener noreferrer');
    expect(linkRel('http://example.org/hanoi/en/')).toBe('noopener noreferrer');
    expect([linkRel('https://example.org/hanoi/en/'), linkRel('/hanoi/en/'), linkRel('#main'), linkRel('mailto:a@example.org')]).toEqual([undefined, undefined, undefined, undefined]);
  });
});
