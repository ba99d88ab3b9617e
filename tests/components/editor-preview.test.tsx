import fs from 'node:fs';
import path from 'node:path';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ArticlePreview, GlossaryPreview, KeyFactsPreview, PagePreview, StatusPreview } from '@/enhancements/editor-preview/templates';
import { readContent } from '@/lib/content';
import { parseFrontMatter } from '@/lib/content/front-matter';
import { isoDay } from '@/lib/schema';
import { contentDirWith } from '../lib/content-dir';

/*
 * The editing form's preview pane: each entry as the form holds it (its fields, and its markdown as
 * body), drawn with the site's components. The browser test (tests/e2e/cms.test.ts) shows it in Decap.
 */

const TODAY = '2026-12-01';

const article = {
  title: 'The form’s own preview',
  summary: 'What the pane shows.',
  date: '2026-11-20',
  updated: null,
  changes: [{ date: '2026-11-25', note: 'A source added.' }],
  events: [{ id: 'pane-event', date: '2026-11-20', title: 'The pane shows an event', source: 'https://example.org/event', key: false }],
  sources: [{ title: 'An example source', url: 'https://example.org/source' }],
  draft: false,
  body: '## What it does\n\nIt draws the article.<script>alert(1)</script>',
};

describe('ArticlePreview', () => {
  it('draws an article as its page does: title, summary, change history, text, sources and its events', () => {
    const { container } = render(<ArticlePreview fields={article} lang="en" slug="form-preview" today={TODAY} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('The form’s own preview');
    expect(container).toHaveTextContent('What the pane shows.');
    expect(container).toHaveTextContent('Published 20 November 2026 · Last updated 25 November 2026');
    expect(container.querySelector('.prose h2#what-it-does')).toHaveTextContent('What it does');
    expect(screen.getByRole('link', { name: 'An example source' })).toHaveAttribute('href', 'https://example.org/source');
    expect(screen.getByRole('heading', { name: 'Key dates' })).toBeInTheDocument();
    expect(container).toHaveTextContent('The pane shows an event');
  });

  it('drops raw HTML from the text, as the site does', () => {
    const { container } = render(<ArticlePreview fields={article} lang="en" slug="form-preview" today={TODAY} />);
    expect(container.querySelector('script')).toBeNull();
    expect(container.innerHTML).not.toContain('<script');
  });

  it('speaks the language of the entry, and marks a draft and a scheduled article as their page does', () => {
    const { container } = render(<ArticlePreview fields={{ ...article, draft: true }} lang="vi" slug="form-preview" today={TODAY} />);
    expect(container.firstElementChild).toHaveAttribute('lang', 'vi');
    expect(container).toHaveTextContent('Bản nháp: chưa đăng.');
    expect(screen.getByRole('heading', { name: 'Nguồn' })).toBeInTheDocument();
    render(<ArticlePreview fields={{ ...article, date: '2026-12-24', changes: [] }} lang="en" slug="form-preview" today={TODAY} />);
    expect(screen.getByText(/Scheduled: not published until/)).toBeInTheDocument();
  });

  it('names each field still wrong in the loader’s words, and still shows the title and text', () => {
    const { container } = render(<ArticlePreview fields={{ ...article, date: '20/11/2026', sources: [{ title: 'No address' }] }} lang="en" slug="" today={TODAY} />);
    const note = screen.getByRole('note');
    expect(note).toHaveTextContent('The page cannot be shown as readers will see it until these fields are fixed:');
    expect(within(note).getByText(`date: ${isoDay.safeParse('20/11/2026').error!.issues[0].message}`)).toBeInTheDocument();
    expect(within(note).getByText(/^sources\[0\]\.url: is missing/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('The form’s own preview');
    expect(container.querySelector('.prose h2')).toHaveTextContent('What it does');
  });

  it('takes a field left empty in the form as a field not given, as the loader does', () => {
    render(<ArticlePreview fields={{ ...article, changes: [], updated: null }} lang="en" slug="form-preview" today={TODAY} />);
    expect(screen.queryByRole('note')).toBeNull();
  });
});

describe('the previews of the other entries', () => {
  const dir = contentDirWith({});
  const content = readContent(dir, { today: TODAY });
  /** A file's fields as the form holds them: as written, before the loader's defaults. */
  const fieldsOf = (file: string) => parseFrontMatter(fs.readFileSync(path.join(dir, file), 'utf8')).data as Record<string, unknown>;

  it('draws a page text with its title, summary and text', () => {
    render(<PagePreview fields={{ title: 'About', summary: 'Who we are.', body: 'We **write**.' }} lang="en" slug="about" today={TODAY} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('About');
    expect(screen.getByText('write').tagName).toBe('STRONG');
  });

  it('draws the key facts box, the glossary and the status in each language', () => {
    const [fact] = content.keyFacts;
    const keyFacts = render(<KeyFactsPreview fields={fieldsOf('key-facts.md')} slug="keyFacts" today={TODAY} />);
    expect(keyFacts.getAllByRole('heading', { name: /^(Key facts|Thông tin chính)$/ }).map((heading) => heading.closest('[lang]')?.getAttribute('lang'))).toEqual(['en', 'vi']);
    expect(keyFacts.container).toHaveTextContent(fact.label.en);
    expect(keyFacts.container).toHaveTextContent(fact.label.vi);
    keyFacts.unmount();
    const [term] = content.glossary;
    const glossary = render(<GlossaryPreview fields={fieldsOf('glossary.md')} slug="glossary" today={TODAY} />);
    expect(glossary.container).toHaveTextContent(term.definition.en);
    expect(glossary.container).toHaveTextContent(term.definition.vi);
    // Under the page's title in each language, which the form's pane shows first.
    expect(glossary.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(['Glossary', 'Thuật ngữ']);
    glossary.unmount();
    const status = render(<StatusPreview fields={fieldsOf('status.md')} slug="status" today={TODAY} />);
    expect(status.getByRole('heading', { name: 'Signatures and ratifications' })).toBeInTheDocument();
    expect(status.getAllByRole('table')).toHaveLength(2);
  });

  it('gives each language’s sections ids of their own, so each is named by its own heading', () => {
    for (const preview of [<KeyFactsPreview key="k" fields={fieldsOf('key-facts.md')} slug="keyFacts" today={TODAY} />, <StatusPreview key="s" fields={fieldsOf('status.md')} slug="status" today={TODAY} />]) {
      const { container, unmount } = render(preview);
      const ids = [...container.querySelectorAll('[aria-labelledby]')].map((section) => section.getAttribute('aria-labelledby'));
      expect(ids.length).toBeGreaterThan(1);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(container.querySelectorAll(`[id="${id}"]`)).toHaveLength(1);
      unmount();
    }
  });

  it('says what is wrong with a file that does not pass, in each language', () => {
    render(<KeyFactsPreview fields={{ facts: [] }} slug="keyFacts" today={TODAY} />);
    expect(screen.getAllByRole('note').map((note) => note.textContent)).toEqual([
      expect.stringContaining('facts: is empty (expected at least one key fact)'),
      expect.stringContaining('Cần sửa các trường sau'),
    ]);
  });
});
