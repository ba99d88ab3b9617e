import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/site-footer';
import { languages, t } from '@/lib/i18n';
import { sitePath } from '@/lib/paths';
import { langParam } from '@/lib/route-params';
import '../globals.css';

type Props = { children: ReactNode; params: Promise<{ lang: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return languages.map((lang) => ({ lang }));
}

export async function generateMetadata({ params }: Omit<Props, 'children'>): Promise<Metadata> {
  const name = t(await langParam(params)).siteName;
  return { title: { template: `%s | ${name}`, default: name }, icons: { icon: sitePath('/favicon.svg') } };
}

/** Root layout of every page in one language: sets `<html lang>` for the whole page. */
export default async function LanguageLayout({ children, params }: Props) {
  const lang = await langParam(params);
  return (
    <html lang={lang}>
      <body className="flex min-h-screen flex-col">
        {children}
        <SiteFooter lang={lang} />
      </body>
    </html>
  );
}
