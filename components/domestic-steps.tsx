import { fill, t, type Lang } from '@/lib/i18n';
import { nameFor } from '@/lib/states/names';
import type { RecordStep } from '@/lib/states/record';
import { PAGE_IDS } from '@/lib/web/page-ids';
import { FormattedDate } from './formatted-date';
import { HeadingSection, type HeadingSectionOptions } from './heading-section';
import { SourceLink } from './source-link';

export type DomesticStepsProps = HeadingSectionOptions & {
  code: string;
  /** Oldest first, each with its anchor (see `stateRecord`). */
  steps: RecordStep[];
  lang: Lang;
};

/**
 * Steps a State took at home toward joining (a parliament's vote, a law), each dated and sourced
 * and with its own anchor, which its feed entry links to, under a heading and an introduction that
 * say they are not a deposit with the UN and are not counted. Its heading is "Steps at home" in the
 * page's language unless given.
 */
export function DomesticSteps({ code, steps, lang, heading, headingLevel = 2, id = PAGE_IDS.domesticSteps }: DomesticStepsProps) {
  const text = t(lang);
  return (
    <HeadingSection heading={heading ?? text.stateStepsHeading} headingLevel={headingLevel} id={id}>
      <p className="mt-2 text-sm text-muted">{fill(text.stateStepsIntro, { name: nameFor(text.stateStepsIntro, code, lang) })}</p>
      <ol className="mt-2 divide-y divide-line">
        {steps.map((step) => (
          <li key={step.anchor} id={step.anchor} className="scroll-mt-4 py-3">
            <p>
              <FormattedDate date={step.date} lang={lang} />: {step.step[lang]}
            </p>
            <p className="text-sm text-muted">
              <SourceLink url={step.source} lang={lang} />
            </p>
          </li>
        ))}
      </ol>
    </HeadingSection>
  );
}
