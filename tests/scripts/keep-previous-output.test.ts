import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { keepPreviousOutput } from '@/scripts/keep-previous-output';

function outDirWith(files: Record<string, string>): string {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'build-')), 'out');
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(out, name)), { recursive: true });
    fs.writeFileSync(path.join(out, name), text);
  }
  return out;
}

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    fs
      .readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => fs.statSync(path.join(dir, f)).isFile())
      .map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]),
  );
}

describe('keepPreviousOutput', () => {
  it('replaces the output when the build succeeds, leaving nothing aside', async () => {
    const out = outDirWith({ 'index.html': 'old', 'en/index.html': 'old en' });
    const code = await keepPreviousOutput(out, () => {
      fs.mkdirSync(out);
      fs.writeFileSync(path.join(out, 'index.html'), 'new');
      return 0;
    });
    expect(code).toBe(0);
    expect(snapshot(out)).toEqual({ 'index.html': 'new' });
    expect(fs.existsSync(`${out}.previous`)).toBe(false);
  });

  it('keeps the previous output untouched when the build fails half-way', async () => {
    const out = outDirWith({ 'index.html': 'old', 'en/index.html': 'old en' });
    const code = await keepPreviousOutput(out, () => {
      fs.mkdirSync(out);
      fs.writeFileSync(path.join(out, 'index.html'), 'half-written');
      return 1;
    });
    expect(code).toBe(1);
    expect(snapshot(out)).toEqual({ 'index.html': 'old', 'en/index.html': 'old en' });
  });

  it('treats a build that throws as failed', async () => {
    const out = outDirWith({ 'index.html': 'old' });
    expect(
      await keepPreviousOutput(out, () => {
        throw new Error('crash');
      }),
    ).toBe(1);
    expect(snapshot(out)).toEqual({ 'index.html': 'old' });
  });

  it('leaves no output when there was none and the build fails', async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'build-')), 'out');
    await keepPreviousOutput(out, () => {
      fs.mkdirSync(out);
      return 2;
    });
    expect(fs.existsSync(out)).toBe(false);
  });
});
