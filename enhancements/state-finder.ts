/*
 * "Has your country signed?": as a reader types, the form (components/state-finder.tsx) lists the
 * States whose names match, as links to their pages, and says how many; Enter opens the first. The
 * names come from the States download, fetched once, on first use. Without this module the form is
 * a search of the site, and the A–Z index is one link away.
 */
import { findStates, type Findable } from '../lib/states/find';

type Row = Omit<Findable, 'otherNames'> & { otherNames: string };

const say = (template: string | undefined, count: number) => (template ?? '').replace('{count}', String(count));

export function enableStateFinder(form: HTMLFormElement): void {
  const input = form.querySelector('input')!;
  const list = form.querySelector('ul')!;
  const status = form.querySelector('[role="status"]')!;
  const labels = form.dataset;
  let states: Promise<Findable[]> | undefined;
  let found: Findable[] = [];

  const load = () =>
    (states ??= fetch(labels.stateFinder!)
      .then((response) => response.json())
      // The download's addresses are the public site's: the page's own host serves the same paths.
      .then(({ rows }: { rows: Row[] }) => rows.map((row) => ({ ...row, url: new URL(row.url).pathname, otherNames: row.otherNames ? row.otherNames.split('; ') : [] }))));

  const show = async () => {
    const query = input.value;
    found = findStates(await load(), query);
    if (input.value !== query) return;
    list.replaceChildren(
      ...found.map((state) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = state.url;
        link.textContent = state.name;
        item.append(link, ` · ${form.getAttribute(`data-${state.standing}`) ?? ''}`);
        return item;
      }),
    );
    status.textContent = query.trim() ? (found.length === 0 ? labels.none!.replace('{query}', query) : say(found.length === 1 ? labels.one : labels.many, found.length)) : '';
  };

  input.addEventListener('focus', load, { once: true });
  input.addEventListener('input', show);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && found.length > 0) {
      event.preventDefault();
      list.querySelector('a')?.focus();
    }
  });
  form.addEventListener('submit', (event) => {
    if (found.length === 0) return;
    event.preventDefault();
    location.assign(found[0].url);
  });
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-state-finder]')) enableStateFinder(form);
