import type { ReactNode } from 'react';

export type HeadingLevel = 2 | 3 | 4;

export type HeadingProps = { level: HeadingLevel; id?: string; className?: string; children: ReactNode };

/** A heading whose level the caller picks, so a component fits any page outline. */
export function Heading({ level, id, className, children }: HeadingProps) {
  const Tag = `h${level}` as const;
  return (
    <Tag id={id} className={className}>
      {children}
    </Tag>
  );
}
