/**
 * The finder island: an editable combobox (WAI-ARIA APG pattern, list autocomplete) over all 357
 * municipalities and their Sámi and Kven names, tolerant of missing æøå, and the ranked cases for
 * the chosen one. The ranking is src/lib/comparable.ts, the same as the municipality pages use.
 */
import { rankForMunicipality, type Place } from '../lib/comparable.ts';
import { editDistance } from '../lib/edit-distance.ts';
import { foldForSearch } from '../model/fold.ts';

export interface FinderData {
  municipalities: (Place & { name: string; names: string[]; slug: string; countyName: string })[];
  cases: { title: string; url: string; place: string; areas: string[]; places: Place[] }[];
  areas: Record<string, string>;
  municipalityBase: string;
}

type Municipality = FinderData['municipalities'][number];

const MAX_OPTIONS = 12;
/** Cases shown at first; «Vis alle» shows the rest. */
export const FIRST_RESULTS = 20;

/**
 * Municipalities whose name (any of them) starts with the text, then those that contain it. If
 * none do, the names within a likely typo of it («Ringbu» finds Ringebu), closest first.
 */
export function suggest(all: readonly Municipality[], typed: string): Municipality[] {
  const q = foldForSearch(typed.trim());
  if (!q) return [];
  const folded = (m: Municipality) => [m.name, ...m.names].map(foldForSearch);
  const starts = all.filter((m) => folded(m).some((n) => n.startsWith(q)));
  const contains = all.filter((m) => !starts.includes(m) && folded(m).some((n) => n.includes(q)));
  if (starts.length + contains.length > 0) return [...starts, ...contains].slice(0, MAX_OPTIONS);
  // At most a third of the letters wrong, and at least one: the same rule as «Mente du» in npm run check.
  const allowed = Math.max(1, Math.floor(q.length / 3));
  return all
    .map((m) => ({ m, d: Math.min(...folded(m).map((n) => editDistance(q, n))) }))
    .filter((x) => x.d <= allowed)
    .sort((a, b) => a.d - b.d)
    .slice(0, MAX_OPTIONS)
    .map((x) => x.m);
}

/** The cases ranked for a municipality, its own left out, optionally only one service area. */
export function rank(data: FinderData, mine: Municipality, area: string) {
  // The cases come sorted by title, which the ranking keeps for equal matches.
  return rankForMunicipality(mine, area ? data.cases.filter((c) => c.areas.includes(area)) : data.cases).map(
    ({ item, match }) => ({ c: item, match }),
  );
}

export async function startFinder(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('form[data-finder]');
  if (!form?.dataset.source) return;
  const data = (await (await fetch(form.dataset.source)).json()) as FinderData;
  const input = form.querySelector<HTMLInputElement>('[role="combobox"]')!;
  const listbox = document.getElementById(input.getAttribute('aria-controls')!) as HTMLUListElement;
  const area = form.querySelector<HTMLSelectElement>('select[name="tjenesteomrade"]')!;
  const results = document.querySelector<HTMLElement>('[data-results]')!;
  const list = results.querySelector<HTMLOListElement>('[data-list]')!;
  const status = results.querySelector<HTMLElement>('[data-status]')!;
  const more = results.querySelector<HTMLButtonElement>('[data-more]')!;
  const hint = form.querySelector<HTMLElement>('[data-hint]')!;
  let showAll = false;

  let options: Municipality[] = [];
  let active = -1;
  let chosen: Municipality | undefined;

  function close(): void {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function show(): void {
    options = suggest(data.municipalities, input.value);
    listbox.replaceChildren(
      ...options.map((m, i) => {
        const li = document.createElement('li');
        li.id = `finn-valg-${m.number}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', String(i === active));
        li.textContent = `${m.name} (${m.countyName})`;
        // mousedown, not click: the input would lose focus first and close the list.
        li.addEventListener('mousedown', (e) => {
          e.preventDefault();
          choose(m);
        });
        return li;
      }),
    );
    const open = options.length > 0;
    listbox.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    const current = options[active];
    if (current) input.setAttribute('aria-activedescendant', `finn-valg-${current.number}`);
    else input.removeAttribute('aria-activedescendant');
  }

  function choose(m: Municipality): void {
    chosen = m;
    showAll = false;
    input.value = m.name;
    close();
    render();
  }

  function render(): void {
    if (!chosen) return;
    hint.textContent = '';
    const all = rank(data, chosen, area.value);
    const ranked = showAll ? all : all.slice(0, FIRST_RESULTS);
    results.hidden = false;
    results.querySelector('[data-selected-name]')!.textContent = chosen.name;
    results.querySelector<HTMLAnchorElement>('[data-municipality-link]')!.href =
      `${data.municipalityBase}${chosen.slug}/`;
    list.replaceChildren(
      ...ranked.map(({ c, match }) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = c.url;
        a.textContent = c.title;
        const info = document.createElement('span');
        info.className = 'sb-muted';
        info.textContent = ` (${c.place}) – ${match.reason}`;
        li.append(a, info);
        return li;
      }),
    );
    const areaText = area.value ? ` innen ${data.areas[area.value]?.toLowerCase()}` : '';
    status.textContent =
      all.length === 0
        ? `Ingen saker${areaText} fra andre kommuner ennå.`
        : ranked.length < all.length
          ? `Viser de ${ranked.length} mest sammenlignbare av ${all.length} saker${areaText}.`
          : `Viser ${all.length === 1 ? '1 sak' : `alle ${all.length} saker`}${areaText}, de mest sammenlignbare først.`;
    more.hidden = ranked.length === all.length;
    more.textContent = `Vis alle ${all.length} saker`;
    const query = new URLSearchParams({
      kommune: chosen.number,
      ...(area.value ? { tjenesteomrade: area.value } : {}),
    });
    history.replaceState(null, '', `${location.pathname}?${query}`);
  }

  input.addEventListener('input', () => {
    chosen = undefined;
    active = -1;
    show();
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (listbox.hidden) show();
      if (options.length === 0) return;
      active = e.key === 'ArrowDown' ? (active + 1) % options.length : (active - 1 + options.length) % options.length;
      show();
      document.getElementById(`finn-valg-${options[active]!.number}`)?.scrollIntoView({ block: 'nearest' });
    } else if (e.key === 'Enter' && !listbox.hidden && active >= 0) {
      e.preventDefault();
      choose(options[active]!);
    } else if (e.key === 'Escape') {
      if (!listbox.hidden) e.preventDefault();
      close();
    }
  });
  input.addEventListener('blur', close);
  area.addEventListener('change', () => {
    showAll = false;
    render();
  });
  more.addEventListener('click', () => {
    showAll = true;
    render();
    // Keep the reader's place: focus the first case that was not shown before.
    list.children[FIRST_RESULTS]?.querySelector('a')?.focus();
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    // A typed name that matches one municipality exactly counts as chosen.
    if (!chosen) {
      const typed = foldForSearch(input.value.trim());
      const exact = data.municipalities.filter((m) => [m.name, ...m.names].some((n) => foldForSearch(n) === typed));
      if (exact.length === 1) chosen = exact[0];
    }
    if (chosen) render();
    else {
      show();
      status.textContent = '';
      // Say what happened, and what the list below the field now offers.
      const typed = input.value.trim();
      hint.textContent = !typed
        ? 'Skriv navnet på kommunen din.'
        : options.length === 0
          ? `Fant ingen kommune som heter «${typed}». Sjekk skrivemåten, eller velg fra listen over alle kommuner lenger ned.`
          : foldForSearch(options[0]!.name).includes(foldForSearch(typed))
            ? 'Velg kommunen fra listen.'
            : `Fant ingen kommune som heter «${typed}». Mente du ${options
                .slice(0, 3)
                .map((m) => m.name)
                .join(' eller ')}? Velg fra listen.`;
      input.focus();
    }
  });

  // A shared link (?kommune=1151&tjenesteomrade=…) opens with the same choice.
  const params = new URLSearchParams(location.search);
  const fromUrl = data.municipalities.find((m) => m.number === params.get('kommune'));
  if (params.get('tjenesteomrade')) area.value = params.get('tjenesteomrade')!;
  if (fromUrl) choose(fromUrl);
  // A name typed while the data was on its way (364 kB with 1 000 cases) gets its suggestions now:
  // the input events came before there was a listener.
  else if (input.value.trim() && document.activeElement === input) show();
}
