import { Fragment } from 'react';
import { t, type Lang } from '@/lib/i18n';
import { linkRel } from '@/lib/web/paths';
import { sourceName } from '@/lib/web/sources';

export type SourceLinksProps = {
  /** Where what it stands beside is verified, in the order to show them. */
  urls: string[];
  lang: Lang;
};

/** "Sources: antoanthongtin.vn, vietnamnet.vn", each linking to the page that verifies what it stands beside. */
export function SourceLinks({ urls, lang }: SourceLinksProps) {
  const text = t(lang);
  return (
    <>
      {urls.length === 1 ? text.source : text.sources}:{' '}
      {urls.map((url, index) => (
        <Fragment key={url}>
          {index > 0 && ', '}
          <a href={url} rel={linkRel(url)}>
            {sourceName(url)}
          </a>
        </Fragment>
      ))}
    </>
  );
}
