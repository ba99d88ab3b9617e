/**
 * An entry (a key fact, a glossary term) as it reads on a given day: once its `from` day has come,
 * the text written for that day replaces its own, so a build on 1 January 2027 says "Signature
 * closed" without anyone editing a word that day.
 */
export function asOn<Entry extends { from?: { date: string } }>(entry: Entry, today: string): Omit<Entry, 'from'> {
  const { from, ...own } = entry;
  if (!from || today < from.date) return own;
  const { date: _day, ...replacement } = from;
  return { ...own, ...replacement };
}
