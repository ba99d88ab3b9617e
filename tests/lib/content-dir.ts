import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const FIXTURE_DIR = path.join(import.meta.dirname, '..', 'fixtures', 'content');

/**
 * A copy of the valid fixture folder with some files replaced (string), added, or removed (null),
 * so each test states only what it breaks.
 */
export function contentDirWith(changes: Record<string, string | Buffer | null>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-'));
  fs.cpSync(FIXTURE_DIR, dir, { recursive: true });
  for (const [file, body] of Object.entries(changes)) {
    const target = path.join(dir, file);
    if (body === null) fs.rmSync(target);
    else fs.writeFileSync(target, body);
  }
  return dir;
}

/** A minimal valid article with the given extra front matter lines. */
export function article(frontMatter: string, body = 'Body.'): string {
  return `---\ntitle: "T"\nsummary: "S"\ndate: 2025-01-01\n${frontMatter}\n---\n${body}\n`;
}
