import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { paths } from '@/lib/web/paths';
import '../globals.css';

export const metadata: Metadata = { icons: { icon: paths.favicon() } };

/** Root layout of the language-choice page at `/`. Its Vietnamese parts carry their own `lang`. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
