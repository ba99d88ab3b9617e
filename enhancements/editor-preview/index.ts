/*
 * The editor's preview pane, registered with Decap CMS on the editor's page (/admin/), after Decap's
 * own script: the site's stylesheet in the pane, and a template per collection that draws the entry
 * with the site's components (templates.tsx), in the language of the entry. Editors load it; no
 * reader's page does.
 */
import { siteToday } from '@/lib/dates';
import { languages, type Lang } from '@/lib/i18n';
import { ArticlePreview, GlossaryPreview, KeyFactsPreview, PagePreview, StatusPreview, type EntryFields, type EntryPreviewProps } from './templates';

/** The parts of an entry the templates read: Decap hands them over as Immutable.js values. */
type DecapEntry = { get(key: 'data'): { toJS(): EntryFields } | undefined; get(key: 'slug'): string | undefined };

/** What Decap passes a preview template: the entry (in the language chosen in the form's left column) and that language. */
type DecapPreviewProps = { entry: DecapEntry; locale?: string };

type DecapCms = {
  registerPreviewStyle(url: string): void;
  registerPreviewTemplate(name: string, template: (props: DecapPreviewProps) => unknown): void;
};

declare global {
  interface Window {
    CMS: DecapCms;
  }
}

/** A template of templates.tsx, fed from what Decap passes. */
function template(Preview: (props: EntryPreviewProps) => unknown) {
  return ({ entry, locale }: DecapPreviewProps) =>
    window.h(Preview, {
      fields: entry.get('data')?.toJS() ?? {},
      lang: languages.find((lang: Lang) => lang === locale),
      slug: entry.get('slug') ?? '',
      today: siteToday(),
    });
}

// Beside this module: the stylesheet compiled from the site's own (app/globals.css).
window.CMS.registerPreviewStyle(new URL('site.css', import.meta.url).href);
// By collection for folders (lib/cms/config.ts), by file name for the files of the data collection.
window.CMS.registerPreviewTemplate('articles', template(ArticlePreview));
window.CMS.registerPreviewTemplate('pages', template(PagePreview));
window.CMS.registerPreviewTemplate('keyFacts', template(KeyFactsPreview));
window.CMS.registerPreviewTemplate('glossary', template(GlossaryPreview));
window.CMS.registerPreviewTemplate('status', template(StatusPreview));
