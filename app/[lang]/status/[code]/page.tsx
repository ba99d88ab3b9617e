import type { Metadata } from 'next';
import { Citations } from '@/components/citations';
import { DomesticSteps } from '@/components/domestic-steps';
import { EuMembership } from '@/components/eu-membership';
import { EuOverview } from '@/components/eu-overview';
import { HeadingSection } from '@/components/heading-section';
import { LocatorMap } from '@/components/locator-map';
import { PageShell } from '@/components/page-shell';
import { StateAnswer } from '@/components/state-answer';
import { StateNextSteps } from '@/components/state-next-steps';
import { StateRecordList } from '@/components/state-record-list';
import { StateRelated } from '@/components/state-related';
import { citableState } from '@/lib/citations/cite';
import { fill, otherLang, t } from '@/lib/i18n';
import { breadcrumbJsonLd } from '@/lib/outputs/structured-data';
import { getStateRecords, getStatus, getTimeline, getToday } from '@/lib/site';
import { EU_MEMBER_STATES, EU_MEMBERS_SOURCE, listNames, nameFor, participantName, searchableNames, sortByName } from '@/lib/states/names';
import { articlesConcerning, eventsConcerning, nextStep, recordDate, stateAnswer, stateAnswerPlain } from '@/lib/states/record';
import { evidenceDate, statusOverview } from '@/lib/status/rules';
import { BASE_MAP_ID, locatorMap } from '@/lib/status/world-map';
import { pageMetadata } from '@/lib/web/metadata';
import { PAGE_IDS } from '@/lib/web/page-ids';
import { absoluteUrl, inEveryLang, paths } from '@/lib/web/paths';
import { stateParam, stateParams } from './state-param';

type Props = { params: Promise<{ lang: string; code: string }> };

export const dynamicParams = false;

export const generateStaticParams = stateParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, code } = await stateParam(params);
  const status = getStatus();
  return pageMetadata({
    title: fill(t(lang).stateTitle, { name: nameFor(t(lang).stateTitle, code, lang) }),
    description: stateAnswerPlain(stateAnswer(getStateRecords().get(code)!, status, lang), lang),
    lang,
    pathByLang: inEveryLang((l) => paths.state(l, code)),
    ownFeed: { url: paths.stateFeed(lang, code), title: fill(t(lang).stateFeedTitle, { name: nameFor(t(lang).stateFeedTitle, code, lang) }) },
  });
}

/**
 * A State's (or the EU's) own page: the answer in one sentence, the record, what happens next,
 * steps at home, the EU's part, what else the site has on it, where it is, and how to follow and
 * cite it. Everything is static HTML; only the citations' copy buttons use the site's small module.
 */
export default async function StatePage({ params }: Props) {
  const { lang, code } = await stateParam(params);
  const text = t(lang);
  const status = getStatus();
  const records = getStateRecords();
  const record = records.get(code)!;
  const name = participantName(code, lang);
  const overview = statusOverview(status, getToday());
  const events = eventsConcerning(getTimeline(lang), code);
  const isEu = code === 'EU';
  const marked = isEu ? EU_MEMBER_STATES : [code];
  const map = locatorMap(marked);
  const alsoWritten = searchableNames(code, lang);
  return (
    <PageShell
      lang={lang}
      section="states"
      withinSection
      alternateHref={paths.state(otherLang(lang), code)}
      jsonLd={[
        breadcrumbJsonLd(lang, [
          { name: text.statesTitle, path: paths.states(lang) },
          { name, path: paths.state(lang, code) },
        ]),
      ]}
    >
      <div data-pagefind-body className="max-w-3xl space-y-10">
        <div>
          <h1 className="text-3xl font-bold sm:text-4xl" data-pagefind-weight="10">
            {name}
          </h1>
          {alsoWritten.length > 0 && (
            <p className="mt-1 text-sm text-muted" data-pagefind-weight="10">
              {fill(text.stateOtherNames, { names: alsoWritten.join(', ') })}
            </p>
          )}
          {/* What every State's page says in the same words stays out of the site search: only the
              names, the steps at home and the EU's own text are the page's to answer for. */}
          <div data-pagefind-ignore>
            <StateAnswer answer={stateAnswer(record, status, lang)} evidence={status} lang={lang} />
            {EU_MEMBER_STATES.includes(code) && <EuMembership code={code} euSignature={records.get('EU')?.signature} lang={lang} />}
          </div>
        </div>
        <div data-pagefind-ignore>
          <StateRecordList record={record} lang={lang} pageUrl={absoluteUrl(paths.state(lang, code))} knownTo={evidenceDate(status)} />
        </div>
        {record.steps.length > 0 && <DomesticSteps code={code} steps={record.steps} lang={lang} />}
        <div data-pagefind-ignore>
          <StateNextSteps code={code} next={nextStep(record, getToday())} overview={overview} lang={lang} />
        </div>
        {isEu && (
          <EuOverview
            members={sortByName(
              EU_MEMBER_STATES.map((member) => records.get(member)!),
              lang,
            )}
            membersSource={EU_MEMBERS_SOURCE}
            lang={lang}
          />
        )}
        <div data-pagefind-ignore className="space-y-10">
          <StateRelated code={code} events={events} articles={articlesConcerning(events)} lang={lang} />
          <HeadingSection heading={text.stateMapHeading} id="map-heading">
          {map.marked.length > 0 && (
            <div className="mt-3">
              <LocatorMap map={map} baseMap={paths.worldBaseMap()} groupId={BASE_MAP_ID} label={isEu ? text.stateMapEu : fill(text.stateMapLabel, { name: nameFor(text.stateMapLabel, code, lang) })} />
            </div>
          )}
          {map.notDrawn.length > 0 && (
            <p className="mt-2 text-sm text-muted">{isEu ? fill(text.mapNotDrawn, { names: listNames(map.notDrawn, lang) }) : fill(text.stateMapTooSmall, { name: nameFor(text.stateMapTooSmall, code, lang) })}</p>
          )}
          </HeadingSection>
        </div>
        <section aria-labelledby={PAGE_IDS.citeThisPage} className="border-t border-line pt-6" data-pagefind-ignore>
          <h2 id={PAGE_IDS.citeThisPage} className="text-lg font-semibold">
            {text.stateFollowHeading}
          </h2>
          <ul className="mt-2 space-y-1">
            <li>
              <a href={paths.stateFeed(lang, code)} type="application/atom+xml">
                {fill(text.stateFeedLink, { name: nameFor(text.stateFeedLink, code, lang) })}
              </a>
            </li>
            <li>
              <a href={paths.status(lang)}>{text.statePageStatus}</a>
            </li>
            <li>
              <a href={paths.data(lang)}>{text.stateDataLink}</a>
            </li>
          </ul>
          <h3 className="mt-4 font-semibold">{text.citeThisPage}</h3>
          <p className="mt-1 text-sm text-muted">{text.citeIntro}</p>
          <Citations work={citableState(code, lang, recordDate(record, status))} lang={lang} idPrefix="cite" />
        </section>
      </div>
    </PageShell>
  );
}
