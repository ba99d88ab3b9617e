import { describe, expect, it } from 'vitest';
import type { Lang } from '@/lib/i18n';
import { socialImagesFile } from '@/lib/content/snapshot';
import { socialImages } from '@/lib/outputs/social-images';
import type { Article } from '@/lib/schema';

const article = (lang: Lang, slug: string, title: string, date: string) => ({ lang, slug, title, date }) as Article;

describe('socialImages', () => {
  it('gives every article a card at its og:image address, with its title and its date as its language writes it', () => {
    const images = socialImages({
      en: [article('en', 'adoption', 'The Convention is adopted', '2024-12-24')],
      vi: [article('vi', 'adoption', 'Công ước được thông qua', '2024-12-24'), article('vi', 'signing', 'Lễ mở ký', '2025-10-25')],
    });
    expect(images.map(({ file }) => file)).toEqual(['en/articles/adoption/social.png', 'vi/articles/adoption/social.png', 'vi/articles/signing/social.png']);
    expect(images[0].card).toMatchObject({ title: 'The Convention is adopted', date: '24 December 2024' });
    expect(images[0].card.independence).toMatch(/independent/i);
    expect(images[1].card).toMatchObject({ title: 'Công ước được thông qua', date: expect.stringContaining('2024') });
    expect(images[1].card.date).not.toBe(images[0].card.date);
  });
});

describe('socialImagesFile', () => {
  it('puts the cards beside the content snapshot, under a name of their own', () => {
    expect(socialImagesFile('/tmp/hanoi-content-x/content.json')).toBe('/tmp/hanoi-content-x/content.social-images.json');
  });
});
