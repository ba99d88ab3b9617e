import type { MetadataRoute } from 'next';
import { absoluteUrl, paths } from '@/lib/web/paths';

export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return { rules: [{ userAgent: '*', allow: '/' }], sitemap: absoluteUrl(paths.sitemap()) };
}
