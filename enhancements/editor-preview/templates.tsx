import type { ReactNode } from 'react';
import { ArticleText } from '@/components/article-text';
import { Glossary } from '@/components/glossary';
import { KeyFacts } from '@/components/key-facts';
import { StatusSummary } from '@/components/status-summary';
import { StatusTable } from '@/components/status-table';
import { Timeline } from '@/components/timeline';
import { articleFrom } from '@/lib/content/article';
import { checkFields, type FieldProblem } from '@/lib/content/fields';
import { renderMarkdown } from '@/lib/content/markdown';
import { asOn } from '@/lib/content/on-day';
import { languages, t, type Lang } from '@/lib/i18n';
import { localizeKeyFacts } from '@/lib/key-facts';
import { articleFrontMatterSchema, glossaryFileSchema, keyFactsFileSchema, pageFrontMatterSchema, statusFileSchema } from '@/lib/schema';
import { sortByName } from '@/lib/states/names';
import { statusOverview } from '@/lib/status/rules';
import { buildTimeline } from '@/lib/timeline/entries';

/*
 * The editor's preview pane: each entry of the form drawn with the site's own components, checked
 * by the schema's own rules, as its page will show it. While a field is still wrong, the pane says
 * which, in the loader's words, and shows what it can.
 */

/** An entry as the form holds it: its fields, and for articles and page texts its markdown as `body`. */
export type EntryFields = Record<string, unknown>;

export type EntryPreviewProps = {
  fields: EntryFields;
  /** The entry's language; none for the files that hold both (key facts, glossary, status). */
  lang?: Lang;
  /** The entry's file name without .md (an article's address); empty until its first save. */
  slug: string;
  /** `YYYY-MM-DD`: the day the site is built for (siteToday), which decides drafts, schedules and dated text. */
  today: string;
};

/** The fields still wrong, as `field: message`, under a heading in the entry's language. */
function Problems({ problems, lang }: { problems: FieldProblem[]; lang: Lang }) {
  return (
    <div role="note" className="mb-6 rounded border-2 border-ink bg-highlight px-4 py-3">
      <p className="font-semibold">{t(lang).previewProblems}</p>
      <ul className="mt-2 list-disc ps-5 text-sm">
        {problems.map(({ field, message }) => (
          <li key={`${field}: ${message}`}>{field ? `${field}: ${message}` : message}</li>
        ))}
      </ul>
    </div>
  );
}

/** The pane's page: the site's width and spacing, in the entry's language. */
function Frame({ lang, children }: { lang: Lang; children: ReactNode }) {
  return (
    <div lang={lang} className="mx-auto max-w-3xl px-4 py-8">
      {children}
    </div>
  );
}

/** A title, summary and text as a page shows them, for an entry whose fields do not all pass yet. */
function RoughText({ fields, lang }: { fields: EntryFields; lang: Lang }) {
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return (
    <>
      <h1 className="text-3xl font-bold sm:text-4xl">{text(fields.title)}</h1>
      <p className="mt-3 text-lg">{text(fields.summary)}</p>
      <div className="prose mt-8 sm:prose-lg" dangerouslySetInnerHTML={{ __html: renderMarkdown(text(fields.body)).html }} />
    </>
  );
}

/** An article as its page shows it (ArticleText), with its events on a timeline as the page's side does. */
export function ArticlePreview({ fields, lang = 'en', slug, today }: EntryPreviewProps) {
  const { body, ...frontMatter } = fields;
  const checked = checkFields(articleFrontMatterSchema, frontMatter);
  if (checked.problems) {
    return (
      <Frame lang={lang}>
        <Problems problems={checked.problems} lang={lang} />
        <RoughText fields={fields} lang={lang} />
      </Frame>
    );
  }
  const article = articleFrom(checked.data, { slug, lang, html: renderMarkdown(typeof body === 'string' ? body : '').html, today });
  return (
    <Frame lang={lang}>
      <article>
        <ArticleText article={article} />
      </article>
      {article.events.length > 0 && (
        <div className="mt-10">
          <Timeline events={buildTimeline([article])} lang={lang} currentArticle={slug} />
        </div>
      )}
    </Frame>
  );
}

/** The home page's introduction or the About page: title, summary and text. */
export function PagePreview({ fields, lang = 'en' }: EntryPreviewProps) {
  const { body, ...frontMatter } = fields;
  const checked = checkFields(pageFrontMatterSchema, frontMatter);
  return (
    <Frame lang={lang}>
      {checked.problems && <Problems problems={checked.problems} lang={lang} />}
      <RoughText fields={fields} lang={lang} />
    </Frame>
  );
}

/** A file that holds both languages, drawn in each, one after the other (the ids of its parts in each are the language's own). */
function InEveryLanguage({ problems, children }: { problems?: FieldProblem[]; children: (lang: Lang) => ReactNode }) {
  return languages.map((lang) => (
    <Frame key={lang} lang={lang}>
      {problems ? <Problems problems={problems} lang={lang} /> : children(lang)}
    </Frame>
  ));
}

/** The key facts box in each language, each fact as it reads today. */
export function KeyFactsPreview({ fields, today }: EntryPreviewProps) {
  const checked = checkFields(keyFactsFileSchema, fields);
  const facts = checked.data?.facts.map((fact) => asOn(fact, today)) ?? [];
  return <InEveryLanguage problems={checked.problems}>{(lang) => <KeyFacts facts={localizeKeyFacts(facts, lang)} lang={lang} id={`key-facts-${lang}`} />}</InEveryLanguage>;
}

/** The glossary in each language under the title of its page, each term as it reads today. */
export function GlossaryPreview({ fields, today }: EntryPreviewProps) {
  const checked = checkFields(glossaryFileSchema, fields);
  const terms = checked.data?.terms.map((term) => asOn(term, today)) ?? [];
  return (
    <InEveryLanguage problems={checked.problems}>
      {(lang) => (
        <>
          <h2 className="text-2xl font-semibold">{t(lang).glossaryTitle}</h2>
          <Glossary terms={terms} lang={lang} />
        </>
      )}
    </InEveryLanguage>
  );
}

/** The status at a glance and the table of participants, in each language. */
export function StatusPreview({ fields, today }: EntryPreviewProps) {
  const checked = checkFields(statusFileSchema, fields);
  const status = checked.data;
  const overview = status && statusOverview(status, today);
  return (
    <InEveryLanguage problems={checked.problems}>
      {(lang) =>
        status &&
        overview && (
          <div className="space-y-10">
            <StatusSummary overview={overview} lang={lang} id={`status-summary-${lang}`} />
            <StatusTable participants={sortByName(status.participants, lang)} namedAtHanoi={overview.namedAtHanoi} signatoriesAtHanoi={overview.hanoiSignatories.count} evidence={overview} lang={lang} id={`status-table-${lang}`} />
          </div>
        )
      }
    </InEveryLanguage>
  );
}
