import type { NextConfig } from 'next';
import { BASE_PATH } from './lib/paths';

const nextConfig: NextConfig = {
  // The whole site is plain files in out/: no server, any static host.
  output: 'export',
  // Hosting under a sub-path comes from SITE_URL (see lib/paths.ts), the one setting for addresses.
  basePath: BASE_PATH,
  // /en/timeline/ → out/en/timeline/index.html, so static hosts serve clean URLs.
  trailingSlash: true,
  images: { unoptimized: true },
  // npm test type-checks first (npm run typecheck). Next's own check would run tsc beside the build's
  // other processes, which made its peak memory, and would repeat the same work.
  typescript: { ignoreBuildErrors: true },
  // One bilingual 404 for the whole site: there are two root layouts (`/` and `/[lang]`).
  experimental: { globalNotFound: true },
};

export default nextConfig;
