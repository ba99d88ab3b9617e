import type { CitationStyle } from '@/lib/citations/styles';

export type AccessDateProps = {
  style: CitationStyle;
  /** Shown for readers without JavaScript, and until the enhancement module fills in today's date. */
  placeholder: string;
};

/** The reader's own date of access inside a citation: the static page cannot know it (see enhancements/access-dates.ts). */
export function AccessDate({ style, placeholder }: AccessDateProps) {
  return <span data-access-date={style}>{placeholder}</span>;
}
