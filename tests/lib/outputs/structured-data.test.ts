import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content';
import { articleJsonLd, breadcrumbJsonLd, conventionJsonLd, eventJsonLd } from '@/lib/outputs/structured-data';
import { FIXTURE_DIR } from '../content-dir';

describe('JSON-LD', () => {
  const later = loadContent(FIXTURE_DIR, { today: '2025-08-01' }).articles.vi.find((a) => a.slug === 'later-news')!;

  it('describes an article as a NewsArticle with its dates and language', () => {
    expect(articleJsonLd(later)).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Tin mới hơn',
      datePublished: '2025-06-01',
      dateModified: '2025-06-01',
      inLanguage: 'vi',
      url: 'http://localhost:3000/vi/articles/later-news/',
      publisher: { '@type': 'Organization', name: 'Cẩm nang Công ước Hà Nội' },
    });
  });

  it('describes an attended event with its place and permalink', () => {
    const event = { id: 'ceremony', date: '2025-10-25', endDate: '2025-10-26', title: 'Ceremony', source: 'https://example.org', key: true, location: 'National Convention Centre, Hanoi' };
    expect(eventJsonLd(event, 'en')).toMatchObject({
      '@type': 'Event',
      startDate: '2025-10-25',
      endDate: '2025-10-26',
      location: { '@type': 'Place', name: 'National Convention Centre, Hanoi' },
      url: 'http://localhost:3000/en/timeline/#ceremony',
    });
  });

  it('describes the Convention as legislation adopted on 24 December 2024', () => {
    expect(conventionJsonLd('en')).toMatchObject({ '@type': 'Legislation', legislationDate: '2024-12-24', alternateName: ['UN Convention against Cybercrime', 'Hanoi Convention'] });
  });

  it('starts every breadcrumb trail at the home page of the language', () => {
    expect(breadcrumbJsonLd('vi', [{ name: 'Dòng thời gian', path: '/vi/timeline/' }]).itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Trang chủ', item: 'http://localhost:3000/vi/' },
      { '@type': 'ListItem', position: 2, name: 'Dòng thời gian', item: 'http://localhost:3000/vi/timeline/' },
    ]);
  });
});
