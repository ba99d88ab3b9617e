/*
 * A step of `npm run build`: every article's social card (components/social-card.tsx), drawn by
 * satori into SVG and by sharp into a 32-colour PNG, then copied to out/<lang>/articles/<slug>/social.png.
 * A card changes only when what it shows does, so each is kept in a cache keyed by its text and by
 * the drawing itself (the card's component, the font, the libraries' versions): a build draws only
 * new or changed cards and copies the rest. The cache is in Next's cache folder, which hosts' build
 * caches keep (docs/deploying.md); it holds the cards of the last build only.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import satori from 'satori';
import sharp from 'sharp';
import { SocialCard } from '../components/social-card';
import type { SocialImage } from '../lib/outputs/social-images';
import { SOCIAL_IMAGE } from '../lib/web/metadata';
import { SOCIAL_CACHE_DIR, type DrawnSocialImages } from './social-card-cache';


const require = createRequire(import.meta.url);

/** An installed package's version, from the package.json above its entry point (neither library exports it). */
function versionOf(name: string): string {
  for (let dir = path.dirname(require.resolve(name)); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (!fs.existsSync(file)) continue;
    const found = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (found.name === name) return found.version;
  }
  throw new Error(`no package.json found for ${name}`);
}

// Geist, the font next/og draws with, from Next's own copy: the cards look as they always have.
const FONT_FILE = path.join(path.dirname(require.resolve('next/package.json')), 'dist', 'compiled', '@vercel', 'og', 'Geist-Regular.ttf');

// Flat colours and anti-aliased text: 16 colours look the same as the full PNG at under half its size
// (about 11 KB against 29 KB), and the quickest quantising (effort 1) halves sharp's time for it.
const PNG = { palette: true, colours: 16, effort: 1 } as const;

const CONCURRENCY = 4;

/** Everything but the text that decides how a card looks: a change to any of it draws every card again. */
function drawingKey(font: Buffer): string {
  const component = fs.readFileSync(path.join(import.meta.dirname, '..', 'components', 'social-card.tsx'));
  return createHash('sha256')
    .update(component)
    .update(font)
    .update(JSON.stringify({ satori: versionOf('satori'), sharp: versionOf('sharp'), size: SOCIAL_IMAGE, png: PNG }))
    .digest('hex');
}

/**
 * Makes sure the cache in `cacheDir` holds every card of `images`, drawing only those it lacks, and
 * leaves in it only these cards. Four cards are in flight at a time: satori lays one out while
 * sharp rasterises others on its own threads, so both cores work.
 */
export async function drawSocialImages(images: SocialImage[], cacheDir = SOCIAL_CACHE_DIR): Promise<DrawnSocialImages> {
  const font = fs.readFileSync(FONT_FILE);
  const fonts = [{ name: 'Geist', data: font, weight: 400 as const, style: 'normal' as const }];
  const drawing = drawingKey(font);
  fs.mkdirSync(cacheDir, { recursive: true });
  const result: DrawnSocialImages = { drawn: 0, reused: 0, cards: [] };

  const draw = async ({ file, card }: SocialImage) => {
    const cached = path.join(cacheDir, `${createHash('sha256').update(drawing).update(JSON.stringify(card)).digest('hex')}.png`);
    result.cards.push({ file, cached });
    if (fs.existsSync(cached)) {
      result.reused++;
      return;
    }
    const svg = await satori(SocialCard(card), { ...SOCIAL_IMAGE, fonts });
    const png = await sharp(Buffer.from(svg)).png(PNG).toBuffer();
    // Written whole under another name first, so an interrupted build never leaves half a card in the cache.
    fs.writeFileSync(`${cached}.tmp`, png);
    fs.renameSync(`${cached}.tmp`, cached);
    result.drawn++;
  };

  const queue = [...images];
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let image = queue.shift(); image; image = queue.shift()) await draw(image);
    }),
  );
  const kept = new Set(result.cards.map(({ cached }) => path.basename(cached)));
  for (const file of fs.readdirSync(cacheDir)) if (!kept.has(file)) fs.rmSync(path.join(cacheDir, file));
  return result;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [cardsFile, drawnFile] = process.argv.slice(2);
  const start = performance.now();
  const drawn = await drawSocialImages(JSON.parse(fs.readFileSync(cardsFile, 'utf8')) as SocialImage[]);
  fs.writeFileSync(drawnFile, JSON.stringify(drawn));
  console.log(`✓ Social images: ${drawn.drawn} drawn in ${((performance.now() - start) / 1000).toFixed(1)} s, ${drawn.reused} unchanged from the cache (${SOCIAL_CACHE_DIR}).`);
}
