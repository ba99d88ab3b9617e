import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // The whole site is plain files in out/: no server, any static host.
  output: 'export',
  // /en/timeline/ → out/en/timeline/index.html, so static hosts serve clean URLs.
  trailingSlash: true,
  images: { unoptimized: true },
  // One bilingual 404 for the whole site: there are two root layouts (`/` and `/[lang]`).
  experimental: { globalNotFound: true },
};

export default nextConfig;
