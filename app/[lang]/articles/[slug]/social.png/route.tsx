import { ImageResponse } from 'next/og';
import { formatDate } from '@/lib/dates';
import { t } from '@/lib/i18n';
import { SOCIAL_IMAGE } from '@/lib/web/metadata';
import { articleParam, articleParams } from '../article-param';

// A route rather than the opengraph-image convention, so the exported file ends in .png and any
// static host serves it with the right type.
export const dynamic = 'force-static';

export const generateStaticParams = articleParams;

/**
 * The article's social card, drawn once at build time: site name, title, publication date, and that
 * the site is independent: a card is seen away from the site's own header and footer.
 * 800 × 420, the 1.91:1 of OpenGraph cards above the platforms' minimum (600 × 315): about 29 KB,
 * no more than the page it belongs to, where 1200 × 630 was 49 KB and 77 MB for 2,000 articles.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ lang: string; slug: string }> }) {
  const article = await articleParam(params);
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: 48, background: '#0a5c70', color: '#ffffff' }}>
        <div style={{ fontSize: 24, opacity: 0.9 }}>{t(article.lang).siteName}</div>
        <div style={{ fontSize: article.title.length > 70 ? 37 : 45, lineHeight: 1.15 }}>{article.title}</div>
        <div style={{ display: 'flex', flexDirection: 'column', fontSize: 20, opacity: 0.9 }}>
          <div>{formatDate(article.date, article.lang)}</div>
          <div style={{ fontSize: 18 }}>{t(article.lang).independentShort}</div>
        </div>
      </div>
    ),
    { width: SOCIAL_IMAGE.width, height: SOCIAL_IMAGE.height },
  );
}
