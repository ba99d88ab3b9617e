import type { Metadata } from 'next';
import { Glossary } from '@/components/glossary';
import { SectionPage } from '@/components/section-page';
import { sectionMetadata } from '@/lib/web/metadata';
import { langParam } from '@/lib/web/routes';
import { getGlossary } from '@/lib/site';

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langParam(params);
  return sectionMetadata('glossary', lang);
}

export default async function GlossaryPage({ params }: Props) {
  const lang = await langParam(params);
  return (
    <SectionPage lang={lang} section="glossary" indexed>
      <div className="mt-6 max-w-3xl">
        <Glossary terms={getGlossary()} lang={lang} />
      </div>
    </SectionPage>
  );
}
