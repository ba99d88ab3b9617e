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
