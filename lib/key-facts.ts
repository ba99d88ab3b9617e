import type { Lang } from './i18n';
import type { KeyFactEntry } from './schema';

/** A key fact in one language, ready to show. */
export type KeyFact = Omit<KeyFactEntry, 'label' | 'value' | 'detail'> & {
  label: string;
  value?: string;
  detail?: string;
};

/** Picks one language's text from each bilingual key fact; dates stay ISO for formatting at the edge. */
export function localizeKeyFacts(entries: KeyFactEntry[], lang: Lang): KeyFact[] {
  return entries.map(({ label, value, detail, ...rest }) => ({
    ...rest,
    label: label[lang],
    value: value?.[lang],
    detail: detail?.[lang],
  }));
}
