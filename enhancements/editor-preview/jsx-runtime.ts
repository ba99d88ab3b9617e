/*
 * The JSX runtime the preview pane's components are compiled against (scripts/build-admin.ts):
 * React elements made with the createElement that Decap CMS puts on the editor's page as window.h,
 * so the editor runs one React, Decap's own, and the pane needs none of its own.
 */

type CreateElement = (type: unknown, props: Record<string, unknown> | null) => unknown;

declare global {
  interface Window {
    /** React's createElement, from Decap CMS's bundle. */
    h: CreateElement;
  }
}

/** React's fragment type: the same symbol in every React since 16. */
export const Fragment = Symbol.for('react.fragment');

export function jsx(type: unknown, props: Record<string, unknown>, key?: string): unknown {
  return window.h(type, key === undefined ? props : { ...props, key });
}

export const jsxs = jsx;
