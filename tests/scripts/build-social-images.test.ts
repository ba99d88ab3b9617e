import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { SocialImage } from '@/lib/outputs/social-images';
import { SOCIAL_IMAGE } from '@/lib/web/metadata';
import { drawSocialImages } from '@/scripts/build-social-images';
import { copySocialImages } from '@/scripts/social-card-cache';

/** What the build does: the cards drawn into the cache (only those it lacks), then copied into out/. */
async function buildSocialImages(out: string, images: SocialImage[], cache: string) {
  const drawn = await drawSocialImages(images, cache);
  copySocialImages(out, drawn);
  return drawn;
}

const card = (title: string, date = '24 December 2024'): SocialImage['card'] => ({
  siteName: 'Hanoi Convention Guide',
  title,
  date,
  independence: 'An independent guide, not an official UN or government site',
});

const images: SocialImage[] = [
  { file: 'en/articles/adoption/social.png', card: card('The General Assembly adopts the Convention') },
  { file: 'vi/articles/adoption/social.png', card: { ...card('Đại hội đồng thông qua Công ước', '24 tháng 12, 2024'), siteName: 'Hướng dẫn Công ước Hà Nội' } },
];

const temp = (name: string) => fs.mkdtempSync(path.join(os.tmpdir(), `social-${name}-`));
const read = (out: string) => images.map(({ file }) => fs.readFileSync(path.join(out, file)));

describe('drawSocialImages and copySocialImages', () => {
  it('draws every card at its address as an 800 × 420 palette PNG, far lighter than a full-colour one', async () => {
    const out = temp('out');
    expect(await buildSocialImages(out, images, temp('cache'))).toMatchObject({ drawn: 2, reused: 0 });
    for (const png of read(out)) {
      const { format, width, height } = await sharp(png).metadata();
      expect({ format, width, height }).toEqual({ format: 'png', ...SOCIAL_IMAGE });
      // The colour type in the PNG's header (IHDR): 3 is indexed colour, a palette.
      expect(png[25]).toBe(3);
      expect(png.length).toBeLessThan(20 * 1024);
    }
    // Not the same picture twice: each shows its own title.
    const [en, vi] = read(out);
    expect(en.equals(vi)).toBe(false);
  });

  it('draws nothing again for an unchanged card: a rebuild takes it from the cache, byte for byte', async () => {
    const cache = temp('cache');
    const first = temp('out');
    await buildSocialImages(first, images, cache);
    const second = temp('out');
    expect(await buildSocialImages(second, images, cache)).toMatchObject({ drawn: 0, reused: 2 });
    expect(read(second)).toEqual(read(first));
  });

  it('draws again only the card whose text changed, and keeps in the cache only the cards of the last build', async () => {
    const cache = temp('cache');
    await buildSocialImages(temp('out'), images, cache);
    const retitled = [images[0], { ...images[1], card: { ...images[1].card, title: 'Đại hội đồng Liên Hợp Quốc thông qua Công ước' } }];
    const out = temp('out');
    expect(await buildSocialImages(out, retitled, cache)).toMatchObject({ drawn: 1, reused: 1 });
    expect(fs.readdirSync(cache)).toHaveLength(2);
    expect(await buildSocialImages(temp('out'), [images[0]], cache)).toMatchObject({ drawn: 0, reused: 1 });
    expect(fs.readdirSync(cache)).toHaveLength(1);
  });
});
