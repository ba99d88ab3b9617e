import type { Metadata } from 'next';
import { DownloadLinks } from '@/components/download-links';
import { EntryIntoForce } from '@/components/entry-into-force';
import { InstrumentList } from '@/components/instrument-list';
import { MainWithAside } from '@/components/main-with-aside';
import { SectionPage } from '@/components/section-page';
import { StatusChart } from '@/components/status-chart';
import { StatusSummary } from '@/components/status-summary';
import { StatusTable } from '@/components/status-table';
import { StateFinder } from '@/components/state-finder';
import { WorldMap } from '@/components/world-map';
import { sortByName } from '@/lib/states/names';
import { t } from '@/lib/i18n';
import { sectionMetadata } from '@/lib/web/metadata';
import { langParam } from '@/lib/web/routes';
import { paths } from '@/lib/web/paths';
import { getStatus, getToday } from '@/lib/site';
import { evidenceDate, instrumentsInOrder, statusOverview } from '@/lib/status/rules';
import { statusChart } from '@/lib/status/chart';
import { worldMap } from '@/lib/status/world-map';

type Props = { params: Promise<{ lang: string }> };

const TABLE_ID = 'status-table';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langParam(params);
  return sectionMetadata('status', lang);
}

export default async function StatusPage({ params }: Props) {
  const lang = await langParam(params);
  const text = t(lang);
  const status = getStatus();
  const overview = statusOverview(status, getToday());
  return (
    <SectionPage lang={lang} section="status" indexed>
      <DownloadLinks dataset="status" lang={lang} />
      <div className="mt-6 max-w-3xl">
        <StateFinder lang={lang} dataHref={paths.dataFile(lang, 'states.json')} />
      </div>
      <MainWithAside className="mt-8" aside={<StatusSummary overview={overview} lang={lang} heading={text.atAGlance} />}>
        <div className="space-y-10">
          <EntryIntoForce overview={overview} lang={lang} />
          <WorldMap map={worldMap(status.participants)} lang={lang} tableId={TABLE_ID} knownTo={evidenceDate(status)} />
        </div>
      </MainWithAside>
      <div className="mt-10 space-y-10">
        <StatusChart chart={statusChart(status, lang)} lang={lang} />
        <StatusTable
          participants={sortByName(status.participants, lang)}
          namedAtHanoi={overview.namedAtHanoi}
          signatoriesAtHanoi={overview.hanoiSignatories.count}
          evidence={overview}
          lang={lang}
          id={TABLE_ID}
        />
        <InstrumentList instruments={instrumentsInOrder(status.participants)} asOf={overview.asOf} lang={lang} />
      </div>
    </SectionPage>
  );
}
