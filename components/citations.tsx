import { cite, type CitableWork } from '@/lib/citations/cite';
import { citationStyles, styleNames, type CitationStyle } from '@/lib/citations/styles';
import { fill, t, type Lang } from '@/lib/i18n';
import { AccessDate } from './access-date';
import { CopyButton } from './copy-button';

export type CitationsProps = {
  work: CitableWork;
  lang: Lang;
  /** Prefix for the ids of the citation texts; unique on the page. */
  idPrefix: string;
};

function CitationText({ work, style, lang, id }: { work: CitableWork; style: CitationStyle; lang: Lang; id: string }) {
  const parts = cite(style, work).map((part, index) =>
    typeof part === 'string' ? part : 'italic' in part ? <i key={index}>{part.italic}</i> : <AccessDate key={index} style={style} placeholder={t(lang).accessDatePlaceholder} />,
  );
  return style === 'bibtex' ? (
    // Focusable, so keyboard users can scroll it when it is wider than a phone.
    <pre id={id} tabIndex={0} className="overflow-x-auto rounded bg-surface p-2 text-xs">
      <code>{parts}</code>
    </pre>
  ) : (
    <p id={id} className="break-words">
      {parts}
    </p>
  );
}

/**
 * The same work cited in APA, MLA, Chicago and BibTeX, each with a copy button: the first shown, the
 * others a tap away (`<details>`, so without JavaScript too), which keeps the page's own text first on
 * a phone. The text is on the page without JavaScript; the reader's browser fills in the access date
 * and enables copying.
 */
export function Citations({ work, lang, idPrefix }: CitationsProps) {
  const text = t(lang);
  const [first, ...others] = citationStyles;
  return (
    <>
      <CitationList work={work} lang={lang} idPrefix={idPrefix} styles={[first]} />
      <details className="mt-3">
        <summary className="cursor-pointer text-sm font-medium text-accent">{fill(text.citeOtherStyles, { styles: others.map((style) => styleNames[style]).join(', ') })}</summary>
        <CitationList work={work} lang={lang} idPrefix={idPrefix} styles={others} />
      </details>
    </>
  );
}

function CitationList({ work, lang, idPrefix, styles }: CitationsProps & { styles: readonly CitationStyle[] }) {
  const text = t(lang);
  return (
    <dl className="mt-3 space-y-4">
      {styles.map((style) => (
        <div key={style}>
          <dt className="flex items-center gap-3 text-sm font-semibold">
            {styleNames[style]}
            <CopyButton
              targetId={`${idPrefix}-${style}`}
              label={text.copy}
              context={`${styleNames[style]}: ${work.title}`}
              copiedMessage={text.copied}
              failedMessage={text.copyFailed}
            />
          </dt>
          <dd className="mt-1 text-sm">
            <CitationText work={work} style={style} lang={lang} id={`${idPrefix}-${style}`} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
