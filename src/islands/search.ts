/**
 * The search island. Reads the form's state from the URL, asks Pagefind, writes the results and the
 * filter counts, and keeps the URL in step so a filtered search can be shared or bookmarked.
 * Pagefind's own bundle is loaded only here, on first use.
 *
 * A query is read the Norwegian way (src/lib/search-words.ts): small words are dropped, inflections
 * taken off, and Pagefind matches each word as a prefix. When every word together finds few cases,
 * compounds are split into their parts, cases with some of the words are listed under their own
 * heading, and a misspelt word gets «Mente du …?» from the index's own words.
 */
import { cardHtml } from '../lib/search-card.ts';
import { fetchJson } from './fetch-json.ts';
import { queryWords, stem } from '../lib/search-words.ts';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
export interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
export interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, o?: Record<string, unknown>) => Promise<PagefindSearch | null>;
  preload: (term: string) => Promise<void>;
  mergeIndex: (url: string, o: Record<string, unknown>) => Promise<void>;
}

// Ten at a time: each result shown costs a fetch of its fragment.
const PAGE_SIZE = 10;
/** Fewer cases than this with every word: look wider (compound parts, some of the words). */
const FEW = 5;

/** «3 saker» when every result is a case, «3 treff» when programmes and concepts may be among them. */
const counted = (n: number, cases: boolean) => (!cases ? `${n} treff` : n === 1 ? '1 sak' : `${n} saker`);

export function startSearch(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-search]');
  if (!form) return;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sorter"]')!;
  const status = document.getElementById('sok-status')!;
  const suggestion = document.getElementById('sok-forslag')!;
  const list = document.getElementById('sok-treff') as HTMLOListElement;
  const broaderHeading = document.getElementById('sok-bredere-tittel')!;
  const broaderList = document.getElementById('sok-bredere') as HTMLOListElement;
  const more = form.querySelector<HTMLButtonElement>('[data-more]')!;
  const chips = form.querySelector<HTMLElement>('[data-chips]')!;
  const chipList = chips.querySelector('ul')!;
  const activeCount = form.querySelector<HTMLElement>('[data-active-count]')!;
  const filterBox = form.querySelector<HTMLDetailsElement>('details.sb-filters')!;
  const mine = form.querySelector<HTMLInputElement>('#sok-min-kommune');
  const mineNote = form.querySelector<HTMLElement>('[data-min-kommune-svar]');
  const bundle = form.dataset.pagefindBase ?? '/pagefind/';
  // The page type of cases: a list without a query shows cases only, unless a type is ticked.
  const caseType = form.dataset.caseType ?? 'sak';
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const boxes = () => [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const facetNames = [...new Set(boxes().map((c) => c.name))];

  // Pagefind loads on first use, not with the page: a visitor who only looks pays nothing.
  let pagefind: Promise<Pagefind> | undefined;
  const load = () =>
    (pagefind ??= Promise.all([
      import(/* @vite-ignore */ `${bundle}pagefind.js`),
      extras.then((x) => x.indexParts(bundle)),
    ]).then(async ([pf, parts]: [Pagefind, string[]]) => {
      // Result URLs carry the site's base path when it is hosted under a sub-path.
      const options = { baseUrl: import.meta.env.BASE_URL };
      await pf.options({ excerptLength: 24, ...options });
      await pf.init();
      // A large site's index comes in parts (src/build/search-index.ts); Pagefind searches them as one.
      for (const part of parts) await pf.mergeIndex(part, options);
      return pf;
    }));
  // The index's words, for compounds and spelling: fetched only when a search finds few cases.
  let wordList: Promise<{ list: string[]; set: Set<string> }> | undefined;
  const loadWords = () =>
    (wordList ??= fetchJson<string[]>(`${base}sok/ord.json`, []).then((list) => ({ list, set: new Set(list) })));
  // The URL is the state: fill the form from it.
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const orderKeys = [...sortSelect.options].map((o) => o.value);
  sortSelect.value = orderKeys.includes(params.get('sorter') ?? '') ? params.get('sorter')! : 'relevans';
  for (const box of boxes()) box.checked = params.getAll(box.name).includes(box.value);
  // On a phone the filters fold into one line above the results; groups in use open when unfolded.
  const phone = window.matchMedia('(max-width: 56rem)').matches;
  if (phone) filterBox.open = false;
  for (const group of filterBox.querySelectorAll('details')) {
    if (group.querySelector('input:checked')) group.open = true;
  }

  let shown: PagefindResult[] = [];
  let broader: PagefindResult[] = [];
  let run = 0;
  let timer: number | undefined;
  // Until the first search, the list is the build's: the first cases by name.
  let initial = true;

  function selectedFilters(): Record<string, { any: string[] }> {
    const filters: Record<string, { any: string[] }> = {};
    for (const name of facetNames) {
      const values = boxes()
        .filter((c) => c.name === name && c.checked)
        .map((c) => c.value);
      if (values.length > 0) filters[name] = { any: values };
    }
    return filters;
  }

  function syncUrl(): void {
    const query = new URLSearchParams();
    for (const [key, value] of new FormData(form!)) {
      if (value === '' || (key === 'sorter' && value === 'relevans')) continue;
      query.append(key, String(value));
    }
    const url = query.size > 0 ? `${location.pathname}?${query}` : location.pathname;
    history.replaceState(null, '', url);
  }

  function updateCounts(counts: Record<string, Record<string, number>>): void {
    for (const el of form!.querySelectorAll<HTMLElement>('[data-count]')) {
      const [name, key] = el.dataset.count!.split(':') as [string, string];
      el.textContent = `(${counts[name]?.[key] ?? 0})`;
    }
  }

  // Chips, size notes and «my municipality» come in a second small module, fetched with the page.
  const extras = import('./search-extras.ts');
  const updateChips = () =>
    void extras.then((x) =>
      x.renderChips(form!, boxes(), chips, activeCount, (box) => {
        box.checked = false;
        void search().then(() => (chipList.querySelector('button') ?? input).focus());
      }),
    );
  let sizeMatch: (kommuner: string | undefined) => string = () => '';
  void extras.then((x) => (sizeMatch = (k) => x.sizeNote(k, boxes())));

  function card(item: PagefindResultData, withExcerpt: boolean): HTMLLIElement {
    const li = document.createElement('li');
    li.className = 'sb-case-card';
    li.innerHTML = cardHtml({
      url: item.url,
      title: item.meta.title ?? item.url,
      meta: item.meta,
      excerpt: withExcerpt && item.excerpt ? item.excerpt : null,
      sizeNote: sizeMatch(item.meta.kommuner),
    });
    return li;
  }

  async function renderMore(): Promise<void> {
    await extras;
    const withExcerpt = input.value.trim() !== '';
    const fromMain = shown.slice(list.children.length, list.children.length + PAGE_SIZE);
    const room = PAGE_SIZE - fromMain.length;
    const fromBroader = room > 0 ? broader.slice(broaderList.children.length, broaderList.children.length + room) : [];
    const [a, b] = await Promise.all([Promise.all(fromMain.map(dataOf)), Promise.all(fromBroader.map(dataOf))]);
    list.append(...a.map((item) => card(item, withExcerpt)));
    broaderList.append(...b.map((item) => card(item, withExcerpt)));
    broaderHeading.hidden = broaderList.children.length === 0;
    more.hidden = list.children.length >= shown.length && broaderList.children.length >= broader.length;
  }

  // Pagefind fetches a result's fragment on each data() call; keep the first.
  const fragments = new Map<string, Promise<PagefindResultData>>();
  const dataOf = (r: PagefindResult) => {
    if (!fragments.has(r.id)) fragments.set(r.id, r.data());
    return fragments.get(r.id)!;
  };

  async function search(): Promise<void> {
    // Enter or a tick within the pause for typing: this search is the one, not a second after it.
    clearTimeout(timer);
    const mine = ++run;
    initial = false;
    form!.dataset.counts = 'stale';
    syncUrl();
    updateChips();
    const raw = input.value.trim();
    const typed = raw ? queryWords(raw) : [];
    const terms = typed.map(stem);
    const filters = selectedFilters();
    const filtered = Object.keys(filters).length > 0;
    // Browsing without a query lists cases, as the page's own first list does; a ticked type decides.
    const casesOnly = terms.length === 0 && !filters.type;
    const types = casesOnly ? [caseType] : filters.type?.any;
    const plural = (n: number) => counted(n, types?.length === 1 && types[0] === caseType);
    const sortKey = sortSelect.value;
    // With no query, «relevance» has nothing to go by: list by name.
    const order = sortKey !== 'relevans' ? sortKey : terms.length === 0 ? 'navn' : null;
    const options = { filters: casesOnly ? { ...filters, type: { any: [caseType] } } : filters };
    const [pf, inOrder] = await Promise.all([
      load(),
      order
        ? extras.then((x) => x.orderBy<PagefindResult>(`${base}sok/rekkefolge/${order}.json`))
        : (r: PagefindResult[]) => r,
    ]);
    // Words as prefixes, a short word whole (searchWords in search-extras.ts).
    const find = (ws: string[]) => extras.then((x) => x.searchWords(pf, ws, options));
    const first = await (terms.length > 0 ? find(terms) : pf.search(null, options));
    if (!first || mine !== run) return; // a newer search has started
    let main = inOrder(first.results);
    let wide: PagefindResult[] = [];
    let suggested = '';
    let corrected = false;
    // The first cases go on screen at once; what follows only adds to them or, for a misspelling,
    // replaces them. The status line waits for the final answer.
    const show = async () => {
      shown = main;
      broader = wide;
      list.replaceChildren();
      broaderList.replaceChildren();
      broaderHeading.hidden = true;
      await renderMore();
    };
    const painted = show();
    // Pagefind answers a word it does not have with words that merely start alike («demnes» → «dem»).
    // The excerpts mark the words matched: a query word none of them starts with may be misspelt.
    // The fragments it reads are those the first cards need anyway.
    const unmatched =
      terms.length > 0 &&
      (main.length === 0 ||
        (await extras).unmatchedWords(terms, await Promise.all(main.slice(0, 3).map(dataOf))).length > 0);
    await painted;
    if (mine !== run) return;
    if (terms.length > 0 && (main.length < FEW || unmatched)) {
      // Loaded only now: most searches never need it.
      const [{ widen }, words] = await Promise.all([import('./search-wider.ts'), loadWords()]);
      const before = main;
      ({ main, wide, suggested, corrected } = await widen({
        search: find,
        typed,
        terms,
        main,
        words,
        few: FEW,
      }));
      if (mine !== run) return;
      if (main !== before) main = inOrder(main);
      wide = inOrder(wide);
      if (main !== before || wide.length > 0) await show();
    }
    if (suggested) {
      const link = document.createElement('a');
      link.href = `?q=${encodeURIComponent(suggested)}`;
      link.textContent = suggested;
      link.addEventListener('click', (e) => {
        e.preventDefault();
        input.value = suggested;
        void search();
      });
      suggestion.replaceChildren('Mente du «', link, '»?');
    }
    suggestion.hidden = !suggested;
    if (mine !== run) return;
    const what = raw ? ` for «${raw}»` : '';
    const withFilters = filtered ? ' med de valgte filtrene' : '';
    if (shown.length === 0 && broader.length === 0) {
      status.textContent = `Ingen treff${what}${withFilters}. Prøv et annet ord eller færre filtre.`;
    } else if (corrected) {
      status.textContent = `Fant ikke «${raw}». Viser ${plural(shown.length)} for «${suggested}»${withFilters}.`;
    } else if (broader.length > 0) {
      status.textContent =
        shown.length === 0
          ? `Ingen treff har alle ordene${what}${withFilters}. ${plural(broader.length)} har noen av dem.`
          : `${plural(shown.length)} har alle ordene${what}${withFilters}, og ${plural(broader.length)} har noen av dem.`;
    } else {
      const orderWords = sortSelect.selectedOptions[0]?.dataset.status ?? 'etter navn';
      status.textContent = raw
        ? `${plural(shown.length)}${what}${withFilters}.`
        : filtered
          ? `${plural(shown.length)}${withFilters}, ${orderWords}.`
          : `Alle ${plural(shown.length)}, ${orderWords}.`;
    }
    // Counts for every filter value among the cases listed, from the build's table: Pagefind's own
    // counting grows with pages times results (src/lib/search-filters.ts). A list of cases only
    // still counts the other page types, as if none were left out.
    const { filterCounts } = await extras;
    const counts = await filterCounts(
      `${base}sok/filtre.json`,
      main.map((r) => r.id),
      filters,
      casesOnly,
    );
    if (mine !== run) return;
    if (counts) updateCounts(counts);
    form!.dataset.counts = 'current';
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    // The index chunks for the words load during the pause, so the search itself only computes.
    const terms = queryWords(input.value).map(stem);
    if (terms.length > 0) void load().then((pf) => pf.preload(terms.join(' ')));
    timer = window.setTimeout(search, 150);
  });
  form.addEventListener('change', (e) => {
    const target = e.target as HTMLElement;
    if (target.matches('input[type="checkbox"], select[name="sorter"]')) void search();
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void search();
  });
  more.addEventListener('click', async () => {
    const before = list.children.length + broaderList.children.length;
    if (initial) await search();
    await renderMore();
    // Focus the first new case, so a keyboard user carries on where the list grew.
    const items = [...list.children, ...broaderList.children];
    items[before]?.querySelector('a')?.focus();
  });
  form.querySelector('[data-clear]')?.addEventListener('click', () => {
    for (const box of boxes()) box.checked = false;
    void search();
    input.focus();
  });

  // «Kommuner på størrelse med min»: the chosen municipality's population band and the ones next to it.
  mine?.addEventListener(
    'focus',
    () => void extras.then((x) => x.loadMunicipalities(form.querySelector('datalist')!)),
    {
      once: true,
    },
  );
  mine?.addEventListener('change', () => {
    void extras.then(async (x) => {
      if (await x.chooseMunicipality(form, boxes(), mine, mineNote)) void search();
    });
  });

  // Search at once only for a shared link with a query, filters or an order; otherwise the build's
  // list stands, and Pagefind is fetched as soon as the visitor reaches for the form.
  const warm = () => void load();
  input.addEventListener('focus', warm, { once: true });
  form.addEventListener('pointerdown', warm, { once: true });
  if (input.value.trim() || Object.keys(selectedFilters()).length > 0 || sortSelect.value !== 'relevans') void search();
  else {
    updateChips();
    form.dataset.counts = 'current';
  }
}
