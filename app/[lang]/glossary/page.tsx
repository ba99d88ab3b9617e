import type { Metadata } from 'next';
import { FilledText } from '@/components/filled-text';
import { Glossary } from '@/components/glossary';
import { SectionPage } from '@/components/section-page';
import { t } from '@/lib/i18n';
import { sectionMetadata } from '@/lib/web/metadata';
import { paths } from '@/lib/web/paths';
import { langParam } from '@/lib/web/routes';
import { getGlossary } from '@/lib/site';

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langParam(params);
  return sectionMetadata('glossary', lang);
}

export default async function GlossaryPage({ params }: Props) {
  const lang = await langParam(params);
  const text = t(lang);
  return (
    <SectionPage lang={lang} section="glossary" indexed>
      <p className="mt-2 max-w-3xl">
        <FilledText template={text.conventionFromGlossary} slots={{ link: <a href={paths.convention(lang)}>{text.conventionTitle}</a> }} />
      </p>
      <div className="mt-6 max-w-3xl">
        <Glossary terms={getGlossary()} lang={lang} />
      </div>
    </SectionPage>
  );
}
