import os from 'node:os';
import type { NextConfig } from 'next';
import { BASE_PATH } from './lib/web/paths';

const nextConfig: NextConfig = {
  // The whole site is plain files in out/: no server, any static host.
  output: 'export',
  // Hosting under a sub-path comes from SITE_URL (see lib/web/paths.ts), the one setting for addresses.
  basePath: BASE_PATH,
  // /en/timeline/ → out/en/timeline/index.html, so static hosts serve clean URLs.
  trailingSlash: true,
  images: { unoptimized: true },
  // npm test type-checks first (npm run typecheck). Next's own check would run tsc beside the build's
  // other processes, which made its peak memory, and would repeat the same work.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // One bilingual 404 for the whole site: there are two root layouts (`/` and `/[lang]`).
    globalNotFound: true,
    // Worker threads instead of child processes, for static generation and for Turbopack's PostCSS:
    // one Node.js process rather than three, which took the build's peak memory from 1.54 GB to
    // 1.26 GB (npm run bench) and made it a little faster.
    workerThreads: true,
    // Next's default is one worker fewer than the cores: one on a two-core machine, which leaves a
    // core idle through page generation. With two, `next build` at N = 1,000 took 106 s instead of
    // 127 s (medians of three runs in turn); the build script caps each thread's heap, so that two
    // workers fit in less memory than one took (1.04 GB against 1.09 GB).
    cpus: Math.max(2, os.availableParallelism() - 1),
    turbopackPluginRuntimeStrategy: 'workerThreads',
  },
};

export default nextConfig;
