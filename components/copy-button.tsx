export type CopyButtonProps = {
  /** Id of the element whose text is copied. */
  targetId: string;
  /** Visible label, e.g. "Copy". */
  label: string;
  /** Completes the label for screen readers, e.g. "APA citation". */
  context: string;
  /** Announced after copying. */
  copiedMessage: string;
  /** Announced when the browser refuses the clipboard. */
  failedMessage: string;
};

/**
 * Copies the text of another element. The button is rendered `hidden` and shown by the site's
 * enhancement module (enhancements/copy-buttons.ts), so readers without JavaScript never meet a
 * button that does nothing; they select the text instead.
 */
export function CopyButton({ targetId, label, context, copiedMessage, failedMessage }: CopyButtonProps) {
  return (
    <span className="inline-flex items-center gap-2 print:hidden">
      <button
        type="button"
        hidden
        data-copy={targetId}
        data-copied={copiedMessage}
        data-copy-failed={failedMessage}
        className="rounded border border-accent px-2 py-0.5 text-sm font-medium text-accent hover:bg-surface"
      >
        {label} <span className="sr-only">{context}</span>
      </button>
      <span role="status" className="text-sm text-muted" />
    </span>
  );
}
