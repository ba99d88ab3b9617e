import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CopyButton } from '@/components/copy-button';
import { enableCopyButtons } from '@/enhancements/copy-buttons';

const example = (
  <>
    <p id="quote">Hanoi Convention. (2026, November 22).</p>
    <CopyButton targetId="quote" label="Copy" context="APA: The adoption" copiedMessage="Copied" failedMessage="Select the text and copy it" />
  </>
);

describe('CopyButton with enhancements/copy-buttons.ts', () => {
  it('is in the HTML hidden, so without JavaScript there is no button that does nothing', () => {
    render(example);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('shows itself once enhanced, copies its target’s text and announces it, again on a second click', async () => {
    const clipboard = { writeText: vi.fn().mockResolvedValue(undefined) };
    render(example);
    enableCopyButtons(document, clipboard);
    const button = screen.getByRole('button', { name: 'Copy APA: The adoption' });
    for (let click = 0; click < 2; click++) {
      await act(async () => {
        fireEvent.click(button);
      });
      expect(screen.getByRole('status')).toHaveTextContent('Copied');
    }
    expect(clipboard.writeText).toHaveBeenCalledTimes(2);
    expect(clipboard.writeText).toHaveBeenCalledWith('Hanoi Convention. (2026, November 22).');
  });
});
