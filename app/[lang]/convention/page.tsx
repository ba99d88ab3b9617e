import type { Metadata } from 'next';
import { ConventionContents, type PageLink } from '@/components/convention-contents';
import { SectionPage } from '@/components/section-page';
import { articleRanges } from '@/lib/convention/structure';
import type { Lang } from '@/lib/i18n';
import { getArticle, getConvention, getGlossary } from '@/lib/site';
import { sectionMetadata } from '@/lib/web/metadata';
import { paths } from '@/lib/web/paths';
import { langParam } from '@/lib/web/routes';

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return sectionMetadata('convention', await langParam(params));
}

/** An explainer by its file name: the loader has checked that it is published in every language. */
function explainerLink(lang: Lang, slug: string): PageLink {
  return { title: getArticle(lang, slug)!.title, href: paths.article(lang, slug) };
}

export default async function ConventionPage({ params }: Props) {
  const lang = await langParam(params);
  const convention = getConvention();
  // In the order convention.md lists them; the loader has checked that each is in the glossary.
  const glossary = new Map(getGlossary().map((term) => [term.id, term]));
  const terms = convention.terms.map((id) => glossary.get(id)!);
  return (
    <SectionPage lang={lang} section="convention" indexed>
      <ConventionContents
        ranges={articleRanges(convention.chapters)}
        sources={convention.sources}
        interpretativeNotes={convention.interpretativeNotes}
        explainer={explainerLink(lang, convention.explainer64And65)}
        explainers={convention.explainers.map((slug) => explainerLink(lang, slug))}
        terms={terms.map((term) => ({ title: term.term[lang], href: paths.glossaryTerm(lang, term.id) }))}
        lang={lang}
      />
    </SectionPage>
  );
}
