import type { SocialCardText } from '@/lib/outputs/social-images';
import { SOCIAL_IMAGE } from '@/lib/web/metadata';

export type SocialCardProps = SocialCardText;

/**
 * An article's social card (800 × 420, SOCIAL_IMAGE), as satori draws it into a PNG after the export
 * (scripts/build-social-images.ts): the site's name, the title, the publication date and that the
 * site is independent. Inline styles and flex layout only, which is what satori reads; the title is
 * smaller when it is long so it fits in three lines.
 */
export function SocialCard({ siteName, title, date, independence }: SocialCardProps) {
  return (
    <div style={{ ...SOCIAL_IMAGE, boxSizing: 'border-box', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: 48, background: '#0a5c70', color: '#ffffff' }}>
      <div style={{ fontSize: 24, opacity: 0.9 }}>{siteName}</div>
      <div style={{ fontSize: title.length > 70 ? 37 : 45, lineHeight: 1.15 }}>{title}</div>
      <div style={{ display: 'flex', flexDirection: 'column', fontSize: 20, opacity: 0.9 }}>
        <div>{date}</div>
        <div style={{ fontSize: 18 }}>{independence}</div>
      </div>
    </div>
  );
}
