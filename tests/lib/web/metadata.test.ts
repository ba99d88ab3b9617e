import { describe, expect, it } from 'vitest';
import { pageMetadata, sectionMetadata } from '@/lib/web/metadata';

describe('pageMetadata', () => {
  it('gives an article with a translation its canonical address, both hreflang alternates and x-default', () => {
    const metadata = pageMetadata({ title: 'T', description: 'D', lang: 'vi', pathByLang: { en: '/en/articles/a/', vi: '/vi/articles/a/' } });
    expect(metadata.alternates?.canonical).toBe('http://localhost:3000/vi/articles/a/');
    expect(metadata.alternates?.languages).toEqual({
      en: 'http://localhost:3000/en/articles/a/',
      vi: 'http://localhost:3000/vi/articles/a/',
      'x-default': 'http://localhost:3000/',
    });
  });

  it('lists only the language an untranslated article exists in', () => {
    const metadata = pageMetadata({ title: 'T', description: 'D', lang: 'en', pathByLang: { en: '/en/articles/only/' } });
    expect(Object.keys(metadata.alternates?.languages ?? {})).toEqual(['en', 'x-default']);
  });
});

describe('pageMetadata with a feed of the page’s own', () => {
  const feeds = (metadata: ReturnType<typeof pageMetadata>) => metadata.alternates?.types as Record<string, { url: string; title: string }[]>;

  it('offers a State’s Atom feed first among the Atom links, before the site’s, and keeps the others', () => {
    const own = pageMetadata({
      title: 'Germany and the Convention',
      description: 'D',
      lang: 'en',
      pathByLang: { en: '/en/status/de/', vi: '/vi/status/de/' },
      ownFeed: { url: '/en/status/de/atom.xml', title: 'Germany and the Convention: changes' },
    });
    expect(feeds(own)['application/atom+xml']).toEqual([
      { url: 'http://localhost:3000/en/status/de/atom.xml', title: 'Germany and the Convention: changes' },
      { url: 'http://localhost:3000/en/atom.xml', title: 'Hanoi Convention Guide (Atom)' },
    ]);
    const plain = pageMetadata({ title: 'T', description: 'D', lang: 'en', pathByLang: { en: '/en/status/de/' } });
    expect(feeds(own)['application/rss+xml']).toEqual(feeds(plain)['application/rss+xml']);
    expect(feeds(own)['application/feed+json']).toEqual(feeds(plain)['application/feed+json']);
  });

  it('offers only the site’s feeds on a page without one', () => {
    const plain = pageMetadata({ title: 'T', description: 'D', lang: 'vi', pathByLang: { vi: '/vi/status/' } });
    expect(feeds(plain)['application/atom+xml']).toEqual([{ url: 'http://localhost:3000/vi/atom.xml', title: 'Cẩm nang Công ước Hà Nội (Atom)' }]);
  });
});

describe('sectionMetadata', () => {
  it('titles a section page from the registry, in every language', () => {
    const metadata = sectionMetadata('status', 'vi');
    expect(metadata.title).toBe('Tình hình ký và phê chuẩn');
    expect(metadata.alternates?.canonical).toBe('http://localhost:3000/vi/status/');
    expect(Object.keys(metadata.alternates?.languages ?? {})).toEqual(['en', 'vi', 'x-default']);
  });

  it('keeps a page’s own title and description', () => {
    expect(sectionMetadata('about', 'en', { title: 'About us', description: 'Who we are' })).toMatchObject({ title: 'About us', description: 'Who we are' });
  });
});
