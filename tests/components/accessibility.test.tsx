import { render } from '@testing-library/react';
import axe from 'axe-core';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { ArticleList } from '@/components/article-list';
import { Citations } from '@/components/citations';
import { ConventionContents } from '@/components/convention-contents';
import { DatasetFields } from '@/components/dataset-fields';
import { DomesticSteps } from '@/components/domestic-steps';
import { EntryIntoForce } from '@/components/entry-into-force';
import { EuMembership } from '@/components/eu-membership';
import { EuOverview } from '@/components/eu-overview';
import { EventCitations } from '@/components/event-citations';
import { InstrumentList } from '@/components/instrument-list';
import { KeyFacts } from '@/components/key-facts';
import { LocatorMap } from '@/components/locator-map';
import { Pagination } from '@/components/pagination';
import { PublisherNote } from '@/components/publisher-note';
import { SectionPage } from '@/components/section-page';
import { SiteSearch } from '@/components/site-search';
import { StandingTag } from '@/components/standing-tag';
import { StateAnswer } from '@/components/state-answer';
import { StateFinder } from '@/components/state-finder';
import { StateIndex } from '@/components/state-index';
import { StateNextSteps } from '@/components/state-next-steps';
import { StateRecordList } from '@/components/state-record-list';
import { StateRelated } from '@/components/state-related';
import { StatusChart } from '@/components/status-chart';
import { StatusFigures } from '@/components/status-figures';
import { StatusSummary } from '@/components/status-summary';
import { StatusTable } from '@/components/status-table';
import { Timeline } from '@/components/timeline';
import { TimelineYears } from '@/components/timeline-years';
import { WorldMap } from '@/components/world-map';
import { datasets } from '@/lib/outputs/datasets';
import { aToZ } from '@/lib/states/a-to-z';
import { EU_MEMBER_STATES, EU_MEMBERS_SOURCE, sortByName } from '@/lib/states/names';
import { articlesConcerning, stateAnswer, stateRecord, stateRecords } from '@/lib/states/record';
import { statusChart } from '@/lib/status/chart';
import { timelineYears } from '@/lib/timeline/entries';
import { BASE_MAP_ID, locatorMap, worldMap } from '@/lib/status/world-map';
import { convention, keyFacts, publishers, timeline } from './examples';
import { records, stateOverviews, stateStatus, vietNamEvents } from './state-examples';
import { chartStatuses, figures, instruments, overviews, signaturesOnly, someInstruments } from './status-examples';

/*
 * axe-core over every named example of the components, GOV.UK style, in both languages: a fault in a
 * component shows here, on its own, before any page is built. The built pages are checked in the
 * browser too (tests/e2e/accessibility.test.ts), where colour contrast can be measured.
 */

const work = { key: 'k', title: 'The adoption', siteName: 'Hanoi Convention Guide', url: 'https://example.org/en/articles/adoption/', published: '2026-11-22', lang: 'en' as const };

const examples = (lang: 'en' | 'vi'): [string, ReactElement][] => [
  ['KeyFacts', <KeyFacts facts={keyFacts} lang={lang} />],
  ['KeyFacts, compact', <KeyFacts facts={keyFacts} lang={lang} compact />],
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
  ...Object.entries(figures).map(([name, shown]): [string, ReactElement] => [
    `StatusFigures, ${name}`,
    <StatusFigures figures={shown} lang={lang} explained={{ signatories: `/${lang}/status/#status-table`, instruments: `/${lang}/status/#entry-into-force-heading`, signature: `/${lang}/status/#signature-period` }} />,
  ]),
  ['WorldMap', <WorldMap map={worldMap(signaturesOnly.participants)} lang={lang} tableId="status-table" knownTo="2025-11-19" />],
  ['DatasetFields', <DatasetFields dataset={datasets[0]} lang={lang} />],
  ['SectionPage', <SectionPage lang={lang} section="glossary"><p>…</p></SectionPage>],
  ['SiteSearch', <SiteSearch lang={lang} />],
  ...Object.entries(publishers).map(([name, publisher]): [string, ReactElement] => [`PublisherNote, ${name}`, <PublisherNote publisher={publisher} lang={lang} />]),
  ...Object.entries(records).flatMap(([name, record]): [string, ReactElement][] => [
    [`StateAnswer, ${name}`, <StateAnswer answer={stateAnswer(record, stateStatus, lang)} evidence={stateStatus} lang={lang} />],
    [`StateRecordList, ${name}`, <StateRecordList record={record} lang={lang} pageUrl={`https://example.org/${lang}/status/${record.code.toLowerCase()}/`} knownTo="2025-11-19" />],
  ]),
  ['DomesticSteps', <DomesticSteps code="AZ" steps={records.withSteps.steps} lang={lang} />],
  ...(['ratify', 'sign-or-accede', 'accede', 'party'] as const).map((next): [string, ReactElement] => [`StateNextSteps, ${next}`, <StateNextSteps code="DE" next={next} overview={stateOverviews.beforeForty} lang={lang} />]),
  ['StateNextSteps, in force', <StateNextSteps code="DE" next="accede" overview={stateOverviews.afterForty} lang={lang} />],
  ['EuMembership', <EuMembership code="DE" euSignature={records.eu.signature} lang={lang} />],
  ['EuOverview', <EuOverview members={sortByName(EU_MEMBER_STATES.map((code) => stateRecord(code, stateStatus)), lang)} membersSource={EU_MEMBERS_SOURCE} lang={lang} />],
  ['StateRelated', <StateRelated code="VN" events={vietNamEvents} articles={articlesConcerning(vietNamEvents)} lang={lang} />],
  ['StateRelated, none', <StateRelated code="DE" events={[]} articles={[]} lang={lang} />],
  ['LocatorMap', <LocatorMap map={locatorMap(['LU'])} baseMap="/world-map.svg" groupId={BASE_MAP_ID} label="Luxembourg on the world map" />],
  ['StandingTag', <StandingTag standing="signatory" lang={lang} />],
  ['StateIndex', <StateIndex groups={aToZ(stateRecords(stateStatus), lang)} lang={lang} />],
  ['StateFinder', <StateFinder lang={lang} dataHref={`/${lang}/data/states.json`} />],
  ['ConventionContents', <ConventionContents {...convention} lang={lang} />],
];

// jsdom has no layout: colour contrast is measured in the browser tests instead. A component shown
// on its own is not inside the page's landmarks, which only a whole page can have.
const rules = { 'color-contrast': { enabled: false }, region: { enabled: false } };

// axe over the world map's and the A–Z index's two hundred links takes seconds on a loaded two-core
// machine, more than the default 5 s; one run that times out would also fail every later one ("Axe
// is already running").
const AXE_TIMEOUT_MS = 30_000;

describe.each(['en', 'vi'] as const)('axe-core on every named component example in %s', (lang) => {
  it.each(examples(lang))('%s', async (_name, element) => {
    const { container } = render(<div lang={lang}>{element}</div>);
    const { violations } = await axe.run(container, { rules });
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }, AXE_TIMEOUT_MS);
});
