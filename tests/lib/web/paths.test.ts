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

describe('the address of a build for publishing', () => {
  it('knows this computer’s addresses from public ones', async () => {
    const { isLocalAddress } = await pathsWith(undefined);
    for (const url of ['http://localhost:3000', 'http://LOCALHOST', 'http://site.localhost/', 'http://127.0.0.1:8080/hanoi', 'http://[::1]:3000', 'http://0.0.0.0']) expect(isLocalAddress(url), url).toBe(true);
    for (const url of ['https://example.org', 'https://example.github.io/hanoi', 'http://localhost.example.org', 'https://10.0.0.1']) expect(isLocalAddress(url), url).toBe(false);
  });

  it('must be public under CI, unless the build is a test build', async () => {
    const { publishingAddressProblem } = await pathsWith(undefined);
    expect(publishingAddressProblem({ siteUrl: undefined, ci: 'true', testBuild: false })).toMatch(/^SITE_URL is not set, and this is a build for publishing \(CI=true\)/);
    expect(publishingAddressProblem({ siteUrl: 'http://localhost:3000', ci: 'true', testBuild: false })).toMatch(/^SITE_URL is http:\/\/localhost:3000, an address on this computer/);
    expect(publishingAddressProblem({ siteUrl: 'https://example.org/hanoi', ci: 'true', testBuild: false })).toBeUndefined();
    // A test build, and a build on a person's own machine, keep the local default.
    expect(publishingAddressProblem({ siteUrl: undefined, ci: 'true', testBuild: true })).toBeUndefined();
    for (const ci of [undefined, '', 'false', '0']) expect(publishingAddressProblem({ siteUrl: undefined, ci, testBuild: false }), String(ci)).toBeUndefined();
  });
});
