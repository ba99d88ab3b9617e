import type { Metadata } from 'next';
import { DatasetFields } from '@/components/dataset-fields';
import { SectionPage } from '@/components/section-page';
import { datasets } from '@/lib/outputs/datasets';
import { t } from '@/lib/i18n';
import { feedLinks, sectionMetadata } from '@/lib/web/metadata';
import { langParam } from '@/lib/web/routes';

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langParam(params);
  return sectionMetadata('data', lang);
}

export default async function DataPage({ params }: Props) {
  const lang = await langParam(params);
  const text = t(lang);
  return (
    <SectionPage lang={lang} section="data" indexed>
      {datasets.map((dataset) => (
        <section key={dataset.id} id={dataset.id} aria-labelledby={`${dataset.id}-heading`} className="mt-10 max-w-3xl">
          <h2 id={`${dataset.id}-heading`} className="text-2xl font-semibold">
            {dataset.title[lang]}
          </h2>
          <p className="mt-2">{dataset.description[lang]}</p>
          <h3 className="mt-4 font-semibold">{text.dataFiles}</h3>
          <ul className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
            {dataset.files.map((file) => (
              <li key={file.format}>
                <a href={file.path(lang)} download>
                  {dataset.title[lang]} ({file.format})
                </a>
              </li>
            ))}
          </ul>
          <DatasetFields dataset={dataset} lang={lang} />
        </section>
      ))}
      <section aria-labelledby="feeds-heading" className="mt-10 max-w-3xl">
        <h2 id="feeds-heading" className="text-2xl font-semibold">
          {text.dataFeeds}
        </h2>
        <p className="mt-2">{text.dataFeedsIntro}</p>
        <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-1">
          {Object.values(feedLinks(lang)).map(([feed]) => (
            <li key={feed.url}>
              <a href={feed.url}>{feed.title}</a>
            </li>
          ))}
        </ul>
      </section>
    </SectionPage>
  );
}
