import type { Metadata } from 'next';
import { Glossary } from '@/components/glossary';
import { PageShell } from '@/components/page-shell';
import { otherLang, t } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { inEveryLang, paths } from '@/lib/paths';
import { langParam } from '@/lib/route-params';
import { getGlossary } from '@/lib/site';
import { breadcrumbJsonLd } from '@/lib/structured-data';

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langParam(params);
  const text = t(lang);
  return pageMetadata({ title: text.navGlossary, description: text.glossaryIntro, lang, pathByLang: inEveryLang(paths.glossary) });
}

export default async function GlossaryPage({ params }: Props) {
  const lang = await langParam(params);
  const text = t(lang);
  return (
    <PageShell
      lang={lang}
      section="glossary"
      alternateHref={paths.glossary(otherLang(lang))}
      jsonLd={breadcrumbJsonLd(lang, [{ name: text.navGlossary, path: paths.glossary(lang) }])}
    >
      <h1 className="text-3xl font-bold">{text.navGlossary}</h1>
      <p className="mb-6 mt-2 max-w-3xl text-muted">{text.glossaryIntro}</p>
      <div className="max-w-3xl">
        <Glossary terms={getGlossary()} lang={lang} />
      </div>
    </PageShell>
  );
}
