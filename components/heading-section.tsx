import type { ReactNode } from 'react';
import { Heading, type HeadingLevel } from './heading';

/** The options every component that is a section of a page shares. */
export type HeadingSectionOptions = {
  /** The section's heading; each component has its own default in the page's language. */
  heading?: string;
  /** Level of the heading in the page outline; 2 by default. */
  headingLevel?: HeadingLevel;
  /** Id of the heading, which labels the section; unique on the page. */
  id?: string;
};

export type HeadingSectionProps = Required<Pick<HeadingSectionOptions, 'heading' | 'id'>> &
  Pick<HeadingSectionOptions, 'headingLevel'> & {
    /** An anchor on the section itself, for links to it. */
    anchor?: string;
    /** Leave the section out of the site search (a form, or boilerplate that would answer searches meant for other pages). */
    pagefindIgnore?: boolean;
    className?: string;
    children: ReactNode;
  };

/** A `<section>` labelled by its own heading, at the level the page needs. */
export function HeadingSection({ heading, headingLevel = 2, id, anchor, className, pagefindIgnore, children }: HeadingSectionProps) {
  return (
    <section id={anchor} aria-labelledby={id} className={className} data-pagefind-ignore={pagefindIgnore ? '' : undefined}>
      <Heading level={headingLevel} id={id} className="text-lg font-semibold">
        {heading}
      </Heading>
      {children}
    </section>
  );
}
