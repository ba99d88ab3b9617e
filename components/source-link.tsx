import { t, type Lang } from '@/lib/i18n';
import { linkRel } from '@/lib/web/paths';
import { sourceName } from '@/lib/web/sources';

export type SourceLinkProps = {
  /** Where the date or figure is verified. */
  url: string;
  lang: Lang;
};

/** "Source: press.un.org", linking to the page that verifies what it stands beside. */
export function SourceLink({ url, lang }: SourceLinkProps) {
  return (
    <>
      {t(lang).source}: <a href={url} rel={linkRel(url)}>{sourceName(url)}</a>
    </>
  );
}
