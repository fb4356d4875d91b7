/**
 * The search island. Reads the form's state from the URL, asks Pagefind, writes the results and the
 * filter counts, and keeps the URL in step so a filtered search can be shared or bookmarked.
 * Pagefind's own bundle is loaded only here, on first use.
 */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, o?: Record<string, unknown>) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

// Ten at a time: each result shown costs a fetch of its fragment.
const PAGE_SIZE = 10;

/** Text for the live region: «3 treff for «frivillig»». */
function statusText(count: number, term: string, filtered: boolean): string {
  const hits = count === 1 ? '1 sak' : `${count} saker`;
  if (term && filtered) return `${hits} for «${term}» med de valgte filtrene.`;
  if (term) return `${hits} for «${term}».`;
  return `${hits} med de valgte filtrene.`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function startSearch(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-search]');
  if (!form) return;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = document.getElementById('sok-status')!;
  const list = document.getElementById('sok-treff') as HTMLOListElement;
  const more = form.querySelector<HTMLButtonElement>('[data-more]')!;
  const reset = form.querySelector<HTMLAnchorElement>('[data-reset]');
  const bundle = form.dataset.pagefindBase ?? '/pagefind/';
  const facetNames = [
    ...new Set([...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].map((c) => c.name)),
  ];

  // Pagefind loads on first use, not with the page: the counts in the HTML are already right for an
  // empty search, and a visitor who only looks pays nothing.
  let pagefind: Promise<Pagefind> | undefined;
  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ `${bundle}pagefind.js`).then(async (pf: Pagefind) => {
      // Result URLs carry the site's base path when it is hosted under a sub-path.
      await pf.options({ excerptLength: 24, baseUrl: import.meta.env.BASE_URL });
      await pf.init();
      return pf;
    }));
  // Pagefind loads filter indexes lazily, and counts only the groups it has loaded. All of them are
  // loaded after the first results are on screen, so they do not delay the first answer.
  let allFilters: Promise<Record<string, Record<string, number>>> | undefined;
  let filtersReady = false;
  const loadFilters = (pf: Pagefind) =>
    (allFilters ??= pf.filters().then((f) => {
      filtersReady = true;
      return f;
    }));

  // The URL is the state: fill the form from it.
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    box.checked = params.getAll(box.name).includes(box.value);
  }
  // On a phone the filters come before the results: keep only the groups in use open there.
  if (window.matchMedia('(max-width: 56rem)').matches) {
    for (const group of form.querySelectorAll('details')) group.open = group.querySelector('input:checked') !== null;
  }

  let shown: PagefindSearch['results'] = [];
  let run = 0;

  function selectedFilters(): Record<string, { any: string[] }> {
    const filters: Record<string, { any: string[] }> = {};
    for (const name of facetNames) {
      const values = [...form!.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((c) => c.value);
      if (values.length > 0) filters[name] = { any: values };
    }
    return filters;
  }

  function syncUrl(): void {
    const query = new URLSearchParams();
    for (const [key, value] of new FormData(form!)) if (value !== '') query.append(key, String(value));
    const url = query.size > 0 ? `${location.pathname}?${query}` : location.pathname;
    history.replaceState(null, '', url);
  }

  function updateCounts(counts: Record<string, Record<string, number>>): void {
    for (const el of form!.querySelectorAll<HTMLElement>('[data-count]')) {
      const [name, key] = el.dataset.count!.split(':') as [string, string];
      el.textContent = `(${counts[name]?.[key] ?? 0})`;
    }
  }

  async function renderMore(): Promise<void> {
    const next = shown.slice(list.children.length, list.children.length + PAGE_SIZE);
    const items = await Promise.all(next.map((r) => r.data()));
    const term = input.value.trim();
    for (const item of items) {
      const li = document.createElement('li');
      li.className = 'sb-case-card';
      // Pagefind escapes page text in excerpts and marks hits with <mark>; everything else is ours.
      const text = term ? item.excerpt : escapeHtml(item.meta.sammendrag ?? item.excerpt);
      li.innerHTML =
        `<h3><a href="${escapeHtml(item.url)}">${escapeHtml(item.meta.title ?? item.url)}</a></h3>` +
        (item.meta.sted ? `<p class="sb-eyebrow">${escapeHtml(item.meta.sted)}</p>` : '') +
        `<p>${text}</p>`;
      list.append(li);
    }
    more.hidden = list.children.length >= shown.length;
  }

  async function search(): Promise<void> {
    const mine = ++run;
    form!.dataset.counts = 'stale';
    syncUrl();
    const term = input.value.trim();
    const filters = selectedFilters();
    const filtered = Object.keys(filters).length > 0;
    const pf = await load();
    if (!term && !filtered) {
      list.replaceChildren();
      more.hidden = true;
      shown = [];
      status.textContent = 'Skriv et søkeord eller velg filtre.';
      const all = await loadFilters(pf);
      if (mine === run) {
        updateCounts(all);
        form!.dataset.counts = 'current';
      }
      return;
    }
    const options = { filters, sort: term ? undefined : { tittel: 'asc' } };
    // Were all filter indexes in before this search? Then its counts cover every group already.
    const countedAll = filtersReady;
    const result = await pf.search(term || null, options);
    if (!result || mine !== run) return; // a newer search has started
    shown = result.results;
    list.replaceChildren();
    await renderMore();
    status.textContent =
      shown.length === 0
        ? 'Ingen saker passer. Prøv et annet ord eller færre filtre.'
        : statusText(shown.length, term, filtered);
    // Counts for every filter group: once all filter indexes are in, the same search again is cheap.
    await loadFilters(pf);
    const counted = countedAll ? result : await pf.search(term || null, options);
    if (counted && mine === run) {
      updateCounts(counted.filters);
      form!.dataset.counts = 'current';
    }
  }

  let timer: number | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(search, 150);
  });
  form.addEventListener('change', (e) => {
    if ((e.target as HTMLElement).matches('input[type="checkbox"]')) void search();
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void search();
  });
  more.addEventListener('click', () => void renderMore());
  reset?.addEventListener('click', (e) => {
    e.preventDefault();
    form.reset();
    input.value = '';
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.checked = false;
    void search();
    input.focus();
  });

  // Search at once only for a shared link with a query or filters; otherwise on first interaction,
  // with Pagefind fetched as soon as the visitor reaches for the form.
  const warm = () => void load();
  input.addEventListener('focus', warm, { once: true });
  form.addEventListener('pointerdown', warm, { once: true });
  if (input.value.trim() || Object.keys(selectedFilters()).length > 0) void search();
  else form.dataset.counts = 'current';
}
