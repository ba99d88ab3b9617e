import type { Metadata } from 'next';
import { PageShell } from '@/components/page-shell';
import { otherLang } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { inEveryLang, paths } from '@/lib/paths';
import { langParam } from '@/lib/route-params';
import { getPage } from '@/lib/site';
import { breadcrumbJsonLd } from '@/lib/structured-data';

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langParam(params);
  const page = getPage(lang, 'about');
  return pageMetadata({ title: page.title, description: page.summary, lang, pathByLang: inEveryLang(paths.about) });
}

export default async function AboutPage({ params }: Props) {
  const lang = await langParam(params);
  const page = getPage(lang, 'about');
  return (
    <PageShell
      lang={lang}
      section="about"
      alternateHref={paths.about(otherLang(lang))}
      jsonLd={breadcrumbJsonLd(lang, [{ name: page.title, path: paths.about(lang) }])}
    >
      <h1 className="text-3xl font-bold">{page.title}</h1>
      <div className="prose mt-6 sm:prose-lg" dangerouslySetInnerHTML={{ __html: page.html }} />
    </PageShell>
  );
}
