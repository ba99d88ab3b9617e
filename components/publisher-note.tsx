import { fill, t, type Lang } from '@/lib/i18n';
import { PAGE_IDS } from '@/lib/web/page-ids';
import { linkRel } from '@/lib/web/paths';
import type { Publisher } from '@/lib/web/publisher';

export type PublisherNoteProps = {
  /** Who publishes the site and where to report a mistake (see `publisherFrom`): build settings. */
  publisher: Publisher;
  lang: Lang;
};

/** On the About page: who publishes the site, and how to report a mistake; what the build's settings do not say is left out. */
export function PublisherNote({ publisher, lang }: PublisherNoteProps) {
  const text = t(lang);
  if (!publisher.name && !publisher.contact) return null;
  return (
    <section aria-labelledby={PAGE_IDS.reportMistake} className="mt-10 max-w-3xl">
      <h2 id={PAGE_IDS.reportMistake} className="text-2xl font-semibold">
        {text.publisherHeading}
      </h2>
      {publisher.name && <p className="mt-2">{fill(text.publishedBy, { name: publisher.name })}</p>}
      {publisher.contact && (
        <p className="mt-2">
          {text.reportMistake}{' '}
          <a href={publisher.contact.href} rel={linkRel(publisher.contact.href)}>
            {publisher.contact.text}
          </a>
        </p>
      )}
    </section>
  );
}
