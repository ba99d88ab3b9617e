'use client';

import { useEffect, useState } from 'react';
import { formatAccessDate, type CitationStyle } from '@/lib/citation';

export type AccessDateProps = {
  style: CitationStyle;
  /** Shown until the reader's browser fills in today's date, and for readers without JavaScript. */
  placeholder: string;
};

/** The reader's own date of access inside a citation: the static page cannot know it. */
export function AccessDate({ style, placeholder }: AccessDateProps) {
  const [today, setToday] = useState<string>();
  useEffect(() => setToday(formatAccessDate(style, new Date())), [style]);
  return <span data-access-date={today ? 'filled' : 'placeholder'}>{today ?? placeholder}</span>;
}
