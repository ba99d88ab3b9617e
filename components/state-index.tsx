import { t, type Lang } from '@/lib/i18n';
import { participantName } from '@/lib/states/names';
import type { StateRecord } from '@/lib/states/record';
import { paths } from '@/lib/web/paths';
import { StandingTag } from './standing-tag';

export type StateIndexProps = {
  /** The index's letters and their States, in the page's language (see `aToZ`). */
  groups: { letter: string; records: StateRecord[] }[];
  lang: Lang;
};

const letterId = (letter: string) => `letter-${letter.toLocaleLowerCase()}`;

/**
 * Every State that can join, and the EU, A–Z in the page's language: a row of letters to jump to,
 * then each name as a link to its page with its standing in words (Party, Signed, Not signed).
 */
export function StateIndex({ groups, lang }: StateIndexProps) {
  const text = t(lang);
  return (
    <>
      <nav aria-label={text.statesLetters} className="mt-6">
        <ul className="flex flex-wrap gap-1">
          {groups.map(({ letter }) => (
            <li key={letter}>
              <a href={`#${letterId(letter)}`} className="inline-block min-w-9 rounded border border-line px-2 py-1 text-center font-medium no-underline hover:underline">
                {letter}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map(({ letter, records }) => (
        <section key={letter} aria-labelledby={letterId(letter)} className="mt-6">
          <h2 id={letterId(letter)} className="scroll-mt-4 border-b border-line text-xl font-semibold">
            {letter}
          </h2>
          <ul className="mt-2 gap-x-6 sm:columns-2 lg:columns-3">
            {records.map((record) => (
              <li key={record.code} className="mb-1.5 flex break-inside-avoid flex-wrap items-center gap-x-2">
                <a href={paths.state(lang, record.code)}>{participantName(record.code, lang)}</a>
                <StandingTag standing={record.standing} lang={lang} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
