import type { Lang } from '@/lib/i18n';
import { t } from '@/lib/i18n';
import type { GlossaryTerm } from '@/lib/schema';
import { SourceLink } from './source-link';

export type GlossaryProps = {
  terms: GlossaryTerm[];
  lang: Lang;
};

/** Terms and their definitions as a description list; each term is an anchor articles link to. */
export function Glossary({ terms, lang }: GlossaryProps) {
  const text = t(lang);
  const sorted = [...terms].sort((a, b) => a.term[lang].localeCompare(b.term[lang], lang));
  return (
    <dl className="divide-y divide-line">
      {sorted.map((term) => (
        <div key={term.id} id={term.id} className="scroll-mt-4 py-4 target:bg-highlight">
          <dt className="text-lg font-semibold">{term.term[lang]}</dt>
          <dd className="mt-1">
            {term.definition[lang]}
            <span className="mt-1 block text-sm text-muted">
              <SourceLink url={term.source} lang={lang} />
            </span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
