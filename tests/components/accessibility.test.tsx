import { render } from '@testing-library/react';
import axe from 'axe-core';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { ArticleList } from '@/components/article-list';
import { Citations } from '@/components/citations';
import { ConventionContents } from '@/components/convention-contents';
import { DatasetFields } from '@/components/dataset-fields';
import { EntryIntoForce } from '@/components/entry-into-force';
import { EventCitations } from '@/components/event-citations';
import { InstrumentList } from '@/components/instrument-list';
import { KeyFacts } from '@/components/key-facts';
import { Pagination } from '@/components/pagination';
import { SectionPage } from '@/components/section-page';
import { SiteSearch } from '@/components/site-search';
import { StatusChart } from '@/components/status-chart';
import { StatusSummary } from '@/components/status-summary';
import { StatusTable } from '@/components/status-table';
import { Timeline } from '@/components/timeline';
import { TimelineYears } from '@/components/timeline-years';
import { WorldMap } from '@/components/world-map';
import { datasets } from '@/lib/outputs/datasets';
import { statusChart } from '@/lib/status/chart';
import { timelineYears } from '@/lib/timeline/entries';
import { worldMap } from '@/lib/status/world-map';
import { convention, keyFacts, timeline } from './examples';
import { chartStatuses, instruments, overviews, signaturesOnly, someInstruments } from './status-examples';

/*
 * axe-core over every named example of the components, GOV.UK style, in both languages: a fault in a
 * component shows here, on its own, before any page is built. The built pages are checked in the
 * browser too (tests/e2e/accessibility.test.ts), where colour contrast can be measured.
 */

const work = { key: 'k', title: 'The adoption', siteName: 'Hanoi Convention Guide', url: 'https://example.org/en/articles/adoption/', published: '2026-11-22', lang: 'en' as const };

const examples = (lang: 'en' | 'vi'): [string, ReactElement][] => [
  ['KeyFacts', <KeyFacts facts={keyFacts} lang={lang} />],
  ['Timeline, compact', <Timeline events={timeline} lang={lang} currentArticle="adoption" />],
  ['Timeline, full', <Timeline events={timeline} lang={lang} variant="full" />],
  ['TimelineYears', <TimelineYears years={timelineYears(timeline)} lang={lang} />],
  ['EventCitations', <EventCitations event={timeline[2]} lang={lang} />],
  ['Citations', <Citations work={work} lang={lang} idPrefix="cite" />],
  ['ArticleList', <ArticleList articles={[{ slug: 'adoption', title: 'The adoption', summary: 'S', date: '2026-11-22', publication: 'draft' }]} lang={lang} />],
  ['Pagination', <Pagination current={2} count={9} lang={lang} href={(n) => `/${lang}/articles/page/${n}/`} />],
  ...Object.entries(overviews).flatMap(([name, overview]): [string, ReactElement][] => [
    [`StatusSummary, ${name}`, <StatusSummary overview={overview} lang={lang} statusHref={`/${lang}/status/`} />],
    [`EntryIntoForce, ${name}`, <EntryIntoForce overview={overview} lang={lang} />],
  ]),
  ['InstrumentList, none', <InstrumentList instruments={instruments.none} asOf="2025-11-16" lang={lang} />],
  ['InstrumentList, some', <InstrumentList instruments={instruments.some} asOf="2025-11-16" lang={lang} />],
  ['StatusTable', <StatusTable participants={someInstruments.participants} namedAtHanoi={3} signatoriesAtHanoi={72} evidence={overviews.someInstruments} lang={lang} />],
  ...Object.entries(chartStatuses).map(([name, status]): [string, ReactElement] => [`StatusChart, ${name}`, <StatusChart chart={statusChart(status, lang)} lang={lang} />]),
  ['WorldMap', <WorldMap map={worldMap(signaturesOnly.participants)} lang={lang} tableId="status-table" knownTo="2025-11-19" />],
  ['DatasetFields', <DatasetFields dataset={datasets[0]} lang={lang} />],
  ['SectionPage', <SectionPage lang={lang} section="glossary"><p>…</p></SectionPage>],
  ['SiteSearch', <SiteSearch lang={lang} />],
  ['ConventionContents', <ConventionContents {...convention} lang={lang} />],
];

// jsdom has no layout: colour contrast is measured in the browser tests instead. A component shown
// on its own is not inside the page's landmarks, which only a whole page can have.
const rules = { 'color-contrast': { enabled: false }, region: { enabled: false } };

describe.each(['en', 'vi'] as const)('axe-core on every named component example in %s', (lang) => {
  it.each(examples(lang))('%s', async (_name, element) => {
    const { container } = render(<div lang={lang}>{element}</div>);
    const { violations } = await axe.run(container, { rules });
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
