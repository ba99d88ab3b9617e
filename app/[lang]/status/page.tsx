import type { Metadata } from 'next';
import { DownloadLinks } from '@/components/download-links';
import { FormattedDate } from '@/components/formatted-date';
import { InstrumentList } from '@/components/instrument-list';
import { MainWithAside } from '@/components/main-with-aside';
import { SectionPage } from '@/components/section-page';
import { StatusSummary } from '@/components/status-summary';
import { StatusTable } from '@/components/status-table';
import { WorldMap } from '@/components/world-map';
import { participantName, sortByName } from '@/lib/countries';
import { formatDate } from '@/lib/dates';
import { fill, t } from '@/lib/i18n';
import { sectionMetadata } from '@/lib/metadata';
import { UNTC_STATUS_URL } from '@/lib/paths';
import { langParam } from '@/lib/route-params';
import { getStatus } from '@/lib/site';
import { INSTRUMENTS_NEEDED, instrumentsInOrder, statusOverview } from '@/lib/status';
import { worldMap } from '@/lib/world-map';

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
  const overview = statusOverview(status);
  const { entryIntoForce, counted, asOf } = overview;
  return (
    <SectionPage lang={lang} section="status">
      <DownloadLinks dataset="status" lang={lang} />
      <MainWithAside className="mt-8" aside={<StatusSummary overview={overview} lang={lang} heading={text.atAGlance} />}>
        <div className="space-y-10">
          <section aria-labelledby="entry-into-force-heading">
            <h2 id="entry-into-force-heading" className="text-lg font-semibold">
              {text.entryIntoForce}
            </h2>
            <p className="mt-2">
              {entryIntoForce ? (
                <>
                  <strong>
                    <FormattedDate date={entryIntoForce.date} lang={lang} />
                  </strong>
                  {': '}
                  {fill(text.entryIntoForceAfter, { name: participantName(entryIntoForce.fortieth.code, lang) })}{' '}
                  <FormattedDate date={entryIntoForce.fortieth.date} lang={lang} />.
                </>
              ) : (
                <>
                  <strong>{text.notYetInForce}.</strong>{' '}
                  {counted === 0 ? (
                    <>
                      {text.noInstruments} <time dateTime={asOf}>{formatDate(asOf, lang)}</time>.
                    </>
                  ) : (
                    `${text.parties}: ${fill(text.partiesOfNeeded, { count: counted, needed: INSTRUMENTS_NEEDED })}.`
                  )}
                </>
              )}
            </p>
            <figure className="mt-4 border-s-4 border-accent ps-4">
              {/* Only the English text is the treaty's own words; the Vietnamese is a paraphrase, never shown as a quotation. */}
              {lang === 'en' ? (
                <blockquote cite={UNTC_STATUS_URL}>
                  <p>{text.article65Text}</p>
                </blockquote>
              ) : (
                <p>{text.article65Text}</p>
              )}
              <figcaption className="mt-2 text-sm text-muted">
                {text.article65Caption}. <a href={UNTC_STATUS_URL}>{text.article65Source}</a>
              </figcaption>
            </figure>
          </section>
          <WorldMap map={worldMap(status.participants)} lang={lang} tableId={TABLE_ID} />
        </div>
      </MainWithAside>
      <div className="mt-10 space-y-10">
        <StatusTable
          participants={sortByName(status.participants, lang)}
          namedAtHanoi={overview.namedAtHanoi}
          signatoriesAtHanoi={overview.hanoiSignatories.count}
          asOf={asOf}
          lang={lang}
          id={TABLE_ID}
        />
        <InstrumentList instruments={instrumentsInOrder(status.participants)} asOf={asOf} lang={lang} />
      </div>
    </SectionPage>
  );
}
