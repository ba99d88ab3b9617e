import type { ReactNode } from 'react';

export type MainWithAsideProps = {
  /** The page's main column. */
  children: ReactNode;
  /** The narrower column beside it on wide screens, after it on phones. */
  aside: ReactNode;
  /** Render the side column as `<aside>` (complementary content) or as a plain `<div>` (part of the page's own content). */
  asideElement?: 'aside' | 'div';
  className?: string;
};

/**
 * Two columns on wide screens, one on phones. Both tracks are `minmax(0, …)` and both columns
 * `min-w-0`: a grid item's default minimum width is its content's, so a single long URL, identifier
 * or `<pre>` would otherwise widen the column past the screen and make the whole page scroll sideways.
 */
export function MainWithAside({ children, aside, asideElement: Aside = 'div', className = '' }: MainWithAsideProps) {
  return (
    <div className={`grid grid-cols-1 gap-10 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)] ${className}`}>
      <div className="min-w-0">{children}</div>
      <Aside className="min-w-0 space-y-10">{aside}</Aside>
    </div>
  );
}
