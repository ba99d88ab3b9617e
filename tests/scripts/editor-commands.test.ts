import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content';
import { articleFile } from '@/lib/content/articles';
import { contentDirWith } from '../lib/content-dir';
import { ROOT, runScript } from './run';

const INVALID = path.join(ROOT, 'tests', 'fixtures', 'invalid');
const broken = () =>
  contentDirWith({
    'articles/en/bad-date.md': fs.readFileSync(path.join(INVALID, 'bad-date.md')),
    'articles/vi/unknown-field.md': fs.readFileSync(path.join(INVALID, 'unknown-field.md')),
  });

describe('npm run check', () => {
  it('passes valid content and reports translations and unpublished articles', () => {
    const { code, stdout } = runScript('check-content.ts', [], { env: { CONTENT_DIR: contentDirWith({}) } });
    expect(code).toBe(0);
    expect(stdout).toMatch(/work-in-progress\.md \(draft: true\)/);
    expect(stdout).toMatch(/en\/coming-soon\.md: has no Vietnamese translation/);
    expect(stdout).toContain('✓ Content is valid');
  });

  it('lists every error with file and field and exits 1', () => {
    const dir = broken();
    const { code, stderr } = runScript('check-content.ts', [], { env: { CONTENT_DIR: dir } });
    expect(code).toBe(1);
    expect(stderr).toContain(`${path.relative(ROOT, articleFile(dir, 'en', 'bad-date'))}: events[2].date: "2025-13-01" is not a date`);
    expect(stderr).toContain(`${path.relative(ROOT, path.join(dir, 'articles', 'vi', 'unknown-field.md'))}: tittle: is not a known field`);
    expect(stderr).toContain('✗ 2 errors in content');
  });
});

describe('npm run build with a mistake in content', () => {
  it('stops before building and leaves out/ exactly as it was', () => {
    const out = path.join(ROOT, 'out');
    const state = () => (fs.existsSync(out) ? fs.readdirSync(out, { recursive: true }).map((f) => `${f}:${fs.statSync(path.join(out, String(f))).mtimeMs}`).sort() : 'no out/');
    const before = state();
    const result = spawnSync('npm', ['run', 'build', '--', '--test'], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: broken() }, encoding: 'utf8' });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('events[2].date');
    expect(state()).toEqual(before);
  });
});

describe('npm run build for publishing', () => {
  it('stops under CI when SITE_URL is unset or local, before anything is built, and says what to set', () => {
    const out = path.join(ROOT, 'out');
    const before = fs.existsSync(out) ? fs.statSync(out).mtimeMs : undefined;
    for (const siteUrl of [undefined, 'http://localhost:3000', 'http://127.0.0.1:8080/hanoi']) {
      const env = { ...process.env, CI: 'true', SITE_URL: siteUrl ?? '' };
      const { code, stderr } = runScript('build-site.ts', [], { env });
      expect(code, siteUrl).toBe(1);
      expect(stderr, siteUrl).toContain('this is a build for publishing (CI=true)');
      expect(stderr, siteUrl).toContain('npm run build -- --test');
    }
    expect(fs.existsSync(out) ? fs.statSync(out).mtimeMs : undefined).toBe(before);
  });
});

describe('npm run build when Next.js fails', () => {
  it('puts the previous out/ back', () => {
    // A stand-in `next` that writes part of a site and fails, run by the real build script.
    const project = fs.mkdtempSync(path.join(os.tmpdir(), 'project-'));
    const bin = path.join(project, 'bin');
    fs.mkdirSync(bin);
    fs.writeFileSync(path.join(bin, 'next'), '#!/bin/sh\nmkdir -p out && echo partial > out/index.html\nexit 1\n', { mode: 0o755 });
    fs.mkdirSync(path.join(project, 'out'));
    fs.writeFileSync(path.join(project, 'out', 'index.html'), 'previous');
    const { code, stderr } = runScript('build-site.ts', ['--test'], { cwd: project, env: { PATH: `${bin}:${process.env.PATH}`, CONTENT_DIR: contentDirWith({}) } });
    expect(code).toBe(1);
    expect(stderr).toContain('out/ still holds the previous build');
    expect(fs.readFileSync(path.join(project, 'out', 'index.html'), 'utf8')).toBe('previous');
  });
});

describe('npm run new', () => {
  it('writes a valid draft article with today’s date, then refuses to overwrite it', () => {
    const dir = contentDirWith({});
    const args = ['--lang', 'vi', '--slug', 'viet-nam-news', '--title', 'Tin mới: "Hà Nội"'];
    const first = runScript('new-article.ts', args, { env: { CONTENT_DIR: dir } });
    expect(first.code).toBe(0);
    const file = path.join(dir, 'articles', 'vi', 'viet-nam-news.md');
    const written = fs.readFileSync(file, 'utf8');
    const article = loadContent(dir, { includeUnpublished: true }).articles.vi.find((a) => a.slug === 'viet-nam-news');
    expect(article).toMatchObject({ title: 'Tin mới: "Hà Nội"', publication: 'draft' });
    expect(article?.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(written).toContain('# Required. The headline.');

    const again = runScript('new-article.ts', [...args.slice(0, 4), '--title', 'Other'], { env: { CONTENT_DIR: dir } });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists: nothing was changed');
    expect(fs.readFileSync(file, 'utf8')).toBe(written);
  });

  it('refuses a bad slug or language and says what is expected', () => {
    const dir = contentDirWith({});
    expect(runScript('new-article.ts', ['--lang', 'fr', '--slug', 'x', '--title', 'T'], { env: { CONTENT_DIR: dir } }).stderr).toContain('"fr" is not a language of the site (expected en or vi)');
    expect(runScript('new-article.ts', ['--lang', 'en', '--slug', 'Bad Slug', '--title', 'T'], { env: { CONTENT_DIR: dir } }).stderr).toContain('"Bad Slug" is not a valid slug');
    expect(runScript('new-article.ts', ['--lang', 'en'], { env: { CONTENT_DIR: dir } }).stderr).toContain('--slug is missing');
  });
});
