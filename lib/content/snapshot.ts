/**
 * Set by `npm run build` for `next build`: a file holding the site's content as the build read it
 * (see scripts/build-site.ts), so Next's worker processes parse that instead of every markdown file.
 * A module of its own, so the build script can name it without loading the loader (or the
 * dictionaries and date formats, which its process would then hold while Next runs).
 */
export const CONTENT_SNAPSHOT_ENV = 'CONTENT_SNAPSHOT';

/** Where the content check writes the cards beside the content snapshot it writes for a build. */
export function socialImagesFile(snapshot: string): string {
  return snapshot.replace(/(\.json)?$/, '.social-images.json');
}
