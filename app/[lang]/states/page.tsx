import type { Metadata } from 'next';
import { FilledText } from '@/components/filled-text';
import { FormattedDate } from '@/components/formatted-date';
import { SectionPage } from '@/components/section-page';
import { StateFinder } from '@/components/state-finder';
import { StateIndex } from '@/components/state-index';
import { t } from '@/lib/i18n';
import { getStateRecords, getStatus } from '@/lib/site';
import { evidenceDate } from '@/lib/status/rules';
import { aToZ } from '@/lib/states/a-to-z';
import { participantName } from '@/lib/states/names';
import { sectionMetadata } from '@/lib/web/metadata';
import { paths } from '@/lib/web/paths';
import { langParam } from '@/lib/web/routes';

type Props = { params: Promise<{ lang: string }> };

/** The host of the signing ceremony, one tap from the top of the index in both languages. */
const HOST = 'VN';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return sectionMetadata('states', await langParam(params));
}

export default async function StatesPage({ params }: Props) {
  const lang = await langParam(params);
  const text = t(lang);
  const records = [...getStateRecords().values()];
  const count = (standing: string) => records.filter((record) => record.standing === standing).length;
  return (
    <SectionPage lang={lang} section="states" indexed>
      <p className="mt-4 max-w-3xl">
        <FilledText
          template={text.statesCounts}
          slots={{ date: <FormattedDate date={evidenceDate(getStatus())} lang={lang} />, parties: count('party'), signatories: count('signatory'), others: count('not-signed') }}
        />
      </p>
      <p className="mt-2">
        <a href={paths.state(lang, HOST)} className="font-medium">
          {participantName(HOST, lang)}
        </a>{' '}
        <span className="text-sm text-muted">({text.statesHostShortcut})</span>
      </p>
      <div className="mt-6 max-w-3xl">
        <StateFinder lang={lang} dataHref={paths.dataFile(lang, 'states.json')} headingLevel={2} />
      </div>
      <StateIndex groups={aToZ(records, lang)} lang={lang} />
    </SectionPage>
  );
}
