import type { Metadata } from 'next';
import { SectionPage } from '@/components/section-page';
import { SiteSearch } from '@/components/site-search';
import { sectionMetadata } from '@/lib/web/metadata';
import { langParam } from '@/lib/web/routes';

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langParam(params);
  return sectionMetadata('search', lang);
}

/**
 * The search page: the only page that loads JavaScript beyond the citation module. Pagefind
 * compiles WebAssembly, so when the site gets a Content-Security-Policy this page (and only this
 * one) needs `'wasm-unsafe-eval'` in `script-src`; its scripts and worker are all `'self'`.
 */
export default async function SearchPage({ params }: Props) {
  const lang = await langParam(params);
  return (
    <SectionPage lang={lang} section="search">
      <SiteSearch lang={lang} />
    </SectionPage>
  );
}
