/**
 * Copy buttons: `<button hidden data-copy="ID" data-copied="…" data-copy-failed="…">`, followed by a
 * `role="status"` element. The button is in the HTML hidden, so readers without JavaScript never
 * meet a control that does nothing; this shows it and copies the text of element ID on click,
 * announcing the outcome in the status element.
 */
export function enableCopyButtons(root: Document, clipboard: Pick<Clipboard, 'writeText'> = navigator.clipboard): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const status = button.nextElementSibling;
    button.hidden = false;
    button.addEventListener('click', async () => {
      // Cleared first, so a second copy is announced again.
      if (status) status.textContent = '';
      let message = button.dataset.copied;
      try {
        await clipboard.writeText(root.getElementById(button.dataset.copy!)?.textContent ?? '');
      } catch {
        message = button.dataset.copyFailed;
      }
      if (status) status.textContent = message ?? '';
    });
  }
}
