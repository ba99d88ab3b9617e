import type { Metadata } from 'next';
import { SectionPage } from '@/components/section-page';
import { sectionMetadata } from '@/lib/web/metadata';
import { langParam } from '@/lib/web/routes';
import { getPage } from '@/lib/site';
import { PUBLISHER } from '@/lib/web/publisher';
import { PublisherNote } from '@/components/publisher-note';

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langParam(params);
  const page = getPage(lang, 'about');
  return sectionMetadata('about', lang, { title: page.title, description: page.summary });
}

export default async function AboutPage({ params }: Props) {
  const lang = await langParam(params);
  const page = getPage(lang, 'about');
  return (
    <SectionPage lang={lang} section="about" title={page.title} indexed>
      <div className="prose mt-6 sm:prose-lg" dangerouslySetInnerHTML={{ __html: page.html }} />
      <PublisherNote publisher={PUBLISHER} lang={lang} />
    </SectionPage>
  );
}
