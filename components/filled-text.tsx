import { Fragment, type ReactNode } from 'react';

export type FilledTextProps = {
  /** An interface text with `{name}` slots, such as `text.stateAnswerParty`. */
  template: string;
  /** What goes in each slot: text, or markup such as a `<time>` or a link. A slot without a value stays as written. */
  slots: Record<string, ReactNode>;
};

/** An interface sentence with markup in its slots, wherever the language puts them. */
export function FilledText({ template, slots }: FilledTextProps) {
  return (
    <>
      {template.split(/(\{\w+\})/).map((part, index) => {
        const name = /^\{(\w+)\}$/.exec(part)?.[1];
        return <Fragment key={index}>{name && name in slots ? slots[name] : part}</Fragment>;
      })}
    </>
  );
}
