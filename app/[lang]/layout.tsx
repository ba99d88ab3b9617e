import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/site-footer';
import { t } from '@/lib/i18n';
import { paths } from '@/lib/web/paths';
import { PUBLISHER } from '@/lib/web/publisher';
import { langParam, languageParams } from '@/lib/web/routes';
import '../globals.css';

type Props = { children: ReactNode; params: Promise<{ lang: string }> };

export const dynamicParams = false;

export const generateStaticParams = languageParams;

export async function generateMetadata({ params }: Omit<Props, 'children'>): Promise<Metadata> {
  const name = t(await langParam(params)).siteName;
  return { title: { template: `%s | ${name}`, default: name }, icons: { icon: paths.favicon() } };
}

/** Root layout of every page in one language: sets `<html lang>` for the whole page. */
export default async function LanguageLayout({ children, params }: Props) {
  const lang = await langParam(params);
  return (
    <html lang={lang}>
      <body className="flex min-h-screen flex-col">
        {children}
        <SiteFooter lang={lang} publisher={PUBLISHER} />
      </body>
    </html>
  );
}
