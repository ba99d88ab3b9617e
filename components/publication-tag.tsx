import { t, type Lang } from '@/lib/i18n';
import type { Publication } from '@/lib/schema';

export type PublicationTagProps = { publication: Publication; lang: Lang };

/** "Draft" or "Scheduled" beside an unpublished article in the preview; nothing for a published one. */
export function PublicationTag({ publication, lang }: PublicationTagProps) {
  if (publication === 'published') return null;
  return <strong className="ms-2 rounded border border-ink px-1.5 py-0.5 align-middle text-xs font-semibold uppercase">{t(lang)[publication]}</strong>;
}
