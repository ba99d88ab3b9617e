/*
 * Where the social cards are kept between builds and how the build puts them into out/: apart from
 * scripts/build-social-images.ts, which draws them, so that the build script does not load satori
 * and sharp (about 50 MB) for a copy.
 */
import fs from 'node:fs';
import path from 'node:path';

/** In Next's cache folder, which hosts' build caches keep (docs/deploying.md, "The build cache"). */
export const SOCIAL_CACHE_DIR = path.join('.next', 'cache', 'social-images');

export type DrawnSocialImages = {
  drawn: number;
  reused: number;
  /** Where each card is in the cache, for copySocialImages. */
  cards: { file: string; cached: string }[];
};

/** Copies the cards from the cache to their addresses in `outDir`; returns their bytes. */
export function copySocialImages(outDir: string, { cards }: DrawnSocialImages): number {
  let bytes = 0;
  for (const { file, cached } of cards) {
    const target = path.join(outDir, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(cached, target);
    bytes += fs.statSync(target).size;
  }
  return bytes;
}

