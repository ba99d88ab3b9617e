'use client';

import { useEffect, useState } from 'react';

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
 * Copies the text of another element. It appears only once JavaScript runs, so readers without
 * it never meet a button that does nothing; they select the text instead.
 */
export function CopyButton({ targetId, label, context, copiedMessage, failedMessage }: CopyButtonProps) {
  const [ready, setReady] = useState(false);
  const [message, setMessage] = useState('');
  useEffect(() => setReady(true), []);

  async function copy() {
    // Cleared first, so a second copy is announced again.
    setMessage('');
    try {
      await navigator.clipboard.writeText(document.getElementById(targetId)?.textContent ?? '');
      setMessage(copiedMessage);
    } catch {
      setMessage(failedMessage);
    }
  }

  return (
    <span className="inline-flex items-center gap-2 print:hidden">
      {ready && (
        <button type="button" onClick={copy} className="rounded border border-accent px-2 py-0.5 text-sm font-medium text-accent hover:bg-surface">
          {label}{' '}
          <span className="sr-only">{context}</span>
        </button>
      )}
      <span role="status" className="text-sm text-muted">
        {message}
      </span>
    </span>
  );
}
