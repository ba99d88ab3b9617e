import { datasets, type Dataset } from '@/lib/outputs/datasets';
import { t, type Lang } from '@/lib/i18n';
import { paths } from '@/lib/web/paths';

export type DownloadLinksProps = {
  /** Id of a dataset in `lib/outputs/datasets.ts`. */
  dataset: Dataset['id'];
  lang: Lang;
};

/** One line of download links for a dataset, and a link to the Data page that documents it. */
export function DownloadLinks({ dataset, lang }: DownloadLinksProps) {
  const text = t(lang);
  const files = datasets.find((d) => d.id === dataset)?.files ?? [];
  return (
    <p className="mb-8 mt-3 text-sm">
      <span className="font-semibold">{text.downloads}:</span>{' '}
      {files.map((file) => (
        <span key={file.format}>
          <a href={file.path(lang)} download>
            {file.format}
          </a>
          {' · '}
        </span>
      ))}
      <a href={`${paths.data(lang)}#${dataset}`}>{text.dataTitle}</a>
    </p>
  );
}
