/**
 * The parts of the search island that are not needed for the first answer, in a module of their own
 * so the island's first script stays small: the ticked filters as removable chips, which municipality
 * of a case matched the size filters, «kommuner på størrelse med min», the orders other than
 * relevance, the parts of a large index, short words matched whole, the check for misspellings, and
 * the filter counts.
 */
import { escapeHtml } from '../lib/search-card.ts';
import {
  countFilters,
  pagesWith,
  type FilterCounts,
  type FilterTable,
  type SelectedFilters,
} from '../lib/search-filters.ts';
import { fetchJson } from './fetch-json.ts';
import type { Pagefind, PagefindSearch } from './search.ts';

/**
 * Searches the words of a query, each as the start of a word, except that a word of three letters or
 * fewer (not a number) in a longer query must match whole, or «NAV» would find «navn». Pagefind 1.6
 * matches a quoted word exactly only when it is the whole query, so each short word is searched on
 * its own, quoted, and only the results it finds too are kept.
 */
export async function searchWords(
  pf: Pagefind,
  words: string[],
  options: Record<string, unknown>,
): Promise<PagefindSearch | null> {
  // Numbers stay prefixes: «3.0» is read as «3» and «0».
  const short = words.length > 1 ? words.filter((w) => w.length <= 3 && /\p{L}/u.test(w)) : [];
  const long = words.filter((w) => !short.includes(w));
  const [first, ...whole] = await Promise.all([
    ...(long.length > 0 ? [pf.search(long.join(' '), options)] : []),
    ...short.map((w) => pf.search(`"${w}"`, options)),
  ]);
  if (!first || whole.some((s) => !s)) return null;
  const found = whole.map((s) => new Set(s!.results.map((r) => r.id)));
  return { ...first, results: first.results.filter((r) => found.every((ids) => ids.has(r.id))) };
}

/** Query words that no marked word in the first results' excerpts, titles or keywords starts with. */
export function unmatchedWords(
  terms: string[],
  items: { excerpt: string; meta: Record<string, string | undefined> }[],
): string[] {
  const marked = items.flatMap((i) =>
    [...i.excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => m[1]!.toLowerCase()),
  );
  const titles = items.map((i) => (i.meta.title ?? '').toLowerCase());
  const meta = items.map((i) => (i.meta.stikkord ?? '').toLowerCase());
  return terms.filter(
    (t) =>
      !marked.some((w) => w.startsWith(t)) && !titles.some((x) => x.includes(t)) && !meta.some((x) => x.includes(t)),
  );
}

/** The other parts of the search index, after the first, as Pagefind bundle URLs. */
export const indexParts = (bundle: string): Promise<string[]> =>
  fetchJson<string[]>(`${bundle}deler.json`, []).then((parts) => parts.map((p) => `${bundle}${p}`));

const orders = new Map<string, Promise<Map<string, number>>>();

/**
 * Sorts results into an order the build made (src/lib/search-order.ts): a list of Pagefind ids,
 * fetched the first time a reader asks for that order. Pagefind's own sort keys would instead weigh
 * on every first search. A result the list lacks goes last; if the list cannot be fetched, the
 * results keep Pagefind's order.
 */
export async function orderBy<T extends { id: string }>(url: string): Promise<(results: T[]) => T[]> {
  if (!orders.has(url)) {
    orders.set(
      url,
      fetchJson<string[]>(url, []).then((ids) => new Map(ids.map((id, i) => [id, i]))),
    );
  }
  const rank = await orders.get(url)!;
  const at = (r: T) => rank.get(r.id) ?? Number.MAX_SAFE_INTEGER;
  return (results) => [...results].sort((a, b) => at(a) - at(b));
}

const labelOf = (form: HTMLFormElement, box: HTMLInputElement) =>
  form.querySelector(`label[for="${box.id}"]`)?.firstChild?.textContent?.trim() ?? box.value;

/** The ticked filters as removable chips, and their number on the filter disclosure. */
export function renderChips(
  form: HTMLFormElement,
  boxes: HTMLInputElement[],
  chips: HTMLElement,
  count: HTMLElement,
  remove: (box: HTMLInputElement) => void,
): void {
  const ticked = boxes.filter((c) => c.checked);
  chips.querySelector('ul')!.replaceChildren(
    ...ticked.map((box) => {
      const li = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sb-chip';
      const group = box.closest('fieldset')?.querySelector('legend')?.textContent ?? '';
      button.innerHTML = `${escapeHtml(labelOf(form, box))} <span aria-hidden="true">×</span><span class="sb-visually-hidden"> (fjern filteret ${escapeHtml(group)})</span>`;
      button.addEventListener('click', () => remove(box));
      li.append(button);
      return li;
    }),
  );
  chips.hidden = ticked.length === 0;
  count.textContent = ticked.length === 0 ? '' : `(${ticked.length} valgt)`;
}

/**
 * Which municipalities of a case made it pass the size filters, when it has more than one and not
 * all of them do. `kommuner` is the case's «name|population|class|band;…» metadata.
 */
export function sizeNote(kommuner: string | undefined, boxes: HTMLInputElement[]): string {
  const ticked = (name: string) => boxes.filter((c) => c.name === name && c.checked).map((c) => c.value);
  const classes = ticked('storrelse');
  const bands = ticked('innbyggere');
  const ms = (kommuner ?? '')
    .split(';')
    .filter(Boolean)
    .map((s) => s.split('|'));
  if (ms.length < 2 || (classes.length === 0 && bands.length === 0)) return '';
  const hits = ms.filter(
    ([, , cls, band]) =>
      (classes.length === 0 || classes.includes(cls!)) && (bands.length === 0 || bands.includes(band!)),
  );
  if (hits.length === 0 || hits.length === ms.length) return '';
  return `<p class="sb-muted">Passer størrelsen: ${hits.map(([name, pop]) => `${escapeHtml(name!)} (${escapeHtml(pop!)} innbyggere)`).join(', ')}</p>`;
}

/** The municipalities as [name, size band, population], fetched once, when first needed. */
let register: Promise<[string, string, string][]> | undefined;

/** Fills the municipality field's suggestions from /sok/kommuner.json. */
export function loadMunicipalities(list: HTMLDataListElement): Promise<[string, string, string][]> {
  return (register ??= fetchJson<[string, string, string][]>(list.dataset.source!, []).then((rows) => {
    list.replaceChildren(...rows.map(([name]) => Object.assign(document.createElement('option'), { value: name })));
    return rows;
  }));
}

/** Ticks the chosen municipality's population band and the ones next to it; false if it is not one. */
export async function chooseMunicipality(
  form: HTMLFormElement,
  boxes: HTMLInputElement[],
  input: HTMLInputElement,
  note: HTMLElement | null,
): Promise<boolean> {
  const rows = await loadMunicipalities(form.querySelector<HTMLDataListElement>('#sok-kommuner')!);
  const chosen = rows.find(([name]) => name.toLowerCase() === input.value.trim().toLowerCase());
  if (!chosen || !note) return false;
  const [name, band, population] = chosen;
  const bands = boxes.filter((c) => c.name === 'innbyggere');
  const at = bands.findIndex((c) => c.value === band);
  for (const [i, box] of bands.entries()) box.checked = Math.abs(i - at) <= 1;
  const labels = bands.filter((c) => c.checked).map((c) => labelOf(form, c));
  note.textContent = `${name} har ${population} innbyggere. Valgt: ${labels.join(', ')}.`;
  form.querySelector<HTMLDetailsElement>('details[data-group="innbyggere"]')!.open = true;
  return true;
}

/** The build's table of every page's filter values (src/lib/search-filters.ts), fetched once. */
let filterTable: Promise<FilterTable | null> | undefined;

/**
 * The counts for each filter value among `ids`, and, for a list of cases only, the count of each
 * page type among all pages that pass `filters`. Null if the table cannot be fetched.
 */
export async function filterCounts(
  url: string,
  ids: string[],
  filters: SelectedFilters,
  otherTypes: boolean,
): Promise<FilterCounts | null> {
  const table = await (filterTable ??= fetchJson<FilterTable | null>(url, null));
  if (!table) return null;
  const counts = countFilters(table, ids);
  if (otherTypes) counts.type = countFilters(table, pagesWith(table, filters)).type ?? {};
  return counts;
}
