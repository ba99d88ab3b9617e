import typography from '@tailwindcss/typography';
import type { Config } from 'tailwindcss';
import plugin from 'tailwindcss/plugin';

/*
 * Design tokens. Each colour has a light and a dark value; pages use the token names only
 * (`bg-page`, `text-muted`, …) and the reader's `prefers-color-scheme` picks the set.
 * Every text/background pair here meets WCAG AA contrast (4.5:1) in both schemes.
 */
const palette = {
  light: {
    page: '#ffffff',
    surface: '#f5f7fa',
    ink: '#17202e',
    muted: '#4f586a',
    line: '#d5dae3',
    accent: '#0a5c70',
    highlight: '#fff1b0',
    focus: '#ffbf47',
  },
  dark: {
    page: '#0f141c',
    surface: '#171e2a',
    ink: '#e7ebf1',
    muted: '#a7b0c0',
    line: '#2e3747',
    accent: '#74d1e4',
    highlight: '#433a10',
    focus: '#ffbf47',
  },
};

type Token = keyof typeof palette.light;

const cssVariables = (colors: Record<Token, string>) =>
  Object.fromEntries(Object.entries(colors).map(([token, value]) => [`--color-${token}`, value]));

const colors = Object.fromEntries(Object.keys(palette.light).map((token) => [token, `var(--color-${token})`]));

export default {
  content: ['./app/**/*.{ts,tsx}', './components/**/*.{ts,tsx}'],
  theme: {
    extend: {
      colors,
      fontFamily: {
        // System fonts: no web font to download, and all carry Vietnamese diacritics.
        sans: ['system-ui', '-apple-system', '"Segoe UI"', 'Roboto', '"Noto Sans"', '"Helvetica Neue"', 'Arial', 'sans-serif'],
      },
      maxWidth: { page: '72rem' },
      typography: {
        DEFAULT: {
          css: {
            '--tw-prose-body': 'var(--color-ink)',
            '--tw-prose-headings': 'var(--color-ink)',
            '--tw-prose-lead': 'var(--color-ink)',
            '--tw-prose-links': 'var(--color-accent)',
            '--tw-prose-bold': 'var(--color-ink)',
            '--tw-prose-counters': 'var(--color-muted)',
            '--tw-prose-bullets': 'var(--color-muted)',
            '--tw-prose-hr': 'var(--color-line)',
            '--tw-prose-quotes': 'var(--color-ink)',
            '--tw-prose-quote-borders': 'var(--color-accent)',
            '--tw-prose-captions': 'var(--color-muted)',
            '--tw-prose-code': 'var(--color-ink)',
            '--tw-prose-th-borders': 'var(--color-line)',
            '--tw-prose-td-borders': 'var(--color-line)',
            // Quotations in the content carry their own quotation marks; the plugin would add a second pair.
            'blockquote p:first-of-type::before': { content: 'none' },
            'blockquote p:last-of-type::after': { content: 'none' },
          },
        },
      },
    },
  },
  plugins: [
    typography,
    plugin(({ addBase }) => {
      addBase({
        ':root': { ...cssVariables(palette.light), colorScheme: 'light dark' },
        '@media (prefers-color-scheme: dark)': { ':root': cssVariables(palette.dark) },
        // Paper is white whatever the screen's scheme.
        '@media print': { ':root': { ...cssVariables(palette.light), colorScheme: 'light' } },
      });
    }),
  ],
} satisfies Config;
