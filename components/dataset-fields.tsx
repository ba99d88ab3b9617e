import type { Dataset } from '@/lib/outputs/datasets';
import { t, type Lang } from '@/lib/i18n';

export type DatasetFieldsProps = {
  /** A dataset of lib/outputs/datasets.ts: its title and its fields with their meanings. */
  dataset: Pick<Dataset, 'title' | 'fields'>;
  lang: Lang;
};

/** The fields of a download and what each means, as a table that scrolls in its own box on a phone. */
export function DatasetFields({ dataset, lang }: DatasetFieldsProps) {
  const text = t(lang);
  return (
    <div className="scroll-box mt-4" tabIndex={0}>
      <table className="w-full border-collapse text-start text-sm">
        <caption className="mb-2 text-start font-semibold">
          {text.dataFields}: {dataset.title[lang]}
        </caption>
        <thead>
          <tr className="border-b-2 border-line">
            <th scope="col" className="py-2 pe-4">
              {text.dataField}
            </th>
            <th scope="col" className="py-2">
              {text.dataMeaning}
            </th>
          </tr>
        </thead>
        <tbody>
          {dataset.fields.map((field) => (
            <tr key={field.name} className="border-b border-line align-top">
              <th scope="row" className="py-2 pe-4 font-mono font-normal">
                {field.name}
              </th>
              <td className="py-2">{field.meaning[lang]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
