import type { MetadataRoute } from 'next';
import { absoluteUrl, sitePath } from '@/lib/paths';

export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return { rules: [{ userAgent: '*', allow: '/' }], sitemap: absoluteUrl(sitePath('/sitemap.xml')) };
}
