/**
 * Builds the search index for a built site, after `astro build` has finished and exited
 * (scripts/search-index.ts). In a process of its own, the indexer never shares the machine's memory
 * with Astro's.
 *
 * Pagefind holds every page's words in memory while it indexes, about 300 KB per case page, so
 * 10 000 cases would need 3 GB in one index. The pages are therefore indexed in parts of at most
 * `SEARCH_SHARD_PAGES` pages (5 000 by default), one after the other, and the search page merges
 * the parts when it loads (Pagefind's `mergeIndex`). The first part is /pagefind/, the others
 * /pagefind/del-2/ and up, listed in /pagefind/deler.json. Each part is its own BM25 index; since
 * the pages are split by address, not by subject, the word statistics of the parts stay alike.
 */
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { filterTable, type PageFilters } from '../lib/search-filters.ts';
import { wordList } from '../lib/word-list.ts';
import { caseKind, contentKinds } from '../pipeline/kinds.ts';

/**
 * «und» (undetermined) has no stemmer in Pagefind, so words are indexed as written. Pagefind's
 * Norwegian stemmer cuts «demens» and «dem» to the same stem; the search page takes inflections off
 * query words itself (src/lib/search-words.ts) and Pagefind matches them as prefixes.
 */
export const INDEX_LANGUAGE = 'und';

/** Pages per part of the index: about 1.5 GB for Pagefind at the most. */
export const SHARD_PAGES = 5000;

/** The list of the index's other parts, which the search page reads before it merges them. */
export const SHARD_LIST = 'deler.json';

/** Pagefind's ready-made search interfaces, written beside the index but never loaded here. */
const UNUSED_BUNDLES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** A merged part loads only its own index, metadata and fragments; the first part's code runs it. */
const CODE_OF_FIRST_PART = /^(pagefind\.js|pagefind-worker\.js|wasm\..*\.pagefind)$/;

/** Where the build writes the orders by page path (src/pages/sok/rekkefolge.json.ts), and where they go by page id. */
const ORDERS_BY_PATH = 'sok/rekkefolge.json';
const ORDERS_BY_ID = 'sok/rekkefolge';

/** Every page's filter values, from which the search page counts (src/lib/search-filters.ts). */
const FILTER_TABLE = 'sok/filtre.json';

/** Fails with every message Pagefind gave, rather than a half-written index. */
function assertOk<T extends { errors: string[] }>(response: T, step: string): T {
  if (response.errors.length > 0) {
    throw new Error(`Pagefind (${step}): ${response.errors.join('; ')}`);
  }
  return response;
}

/** The built pages of every content kind that carry `data-pagefind-body`, by path below the site root, in order. */
function indexablePages(root: string): string[] {
  const pages: string[] = [];
  for (const kind of contentKinds) {
    const dir = join(root, kind.urlPrefix);
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const page = join(kind.urlPrefix, entry.name, 'index.html').slice(1);
      // Pointers from moved addresses live here too; they have no body to index.
      if (
        entry.isDirectory() &&
        existsSync(join(root, page)) &&
        readFileSync(join(root, page), 'utf8').includes('data-pagefind-body')
      ) {
        pages.push(page);
      }
    }
  }
  return pages.sort();
}

/** Splits pages into parts of at most `size`, as even as can be. */
export function shards<T>(pages: T[], size: number): T[][] {
  const count = Math.max(1, Math.ceil(pages.length / size));
  const each = Math.ceil(pages.length / count);
  return Array.from({ length: count }, (_, i) => pages.slice(i * each, (i + 1) * each));
}

/** Indexes one part: its pages are linked into a folder of their own, so Pagefind reads only them. */
async function indexShard(root: string, pages: string[], output: string, number: number): Promise<void> {
  const staging = join(root, `.sok-del-${number}`);
  rmSync(staging, { recursive: true, force: true });
  try {
    for (const page of pages) {
      mkdirSync(dirname(join(staging, page)), { recursive: true });
      linkSync(join(root, page), join(staging, page));
    }
    const { index } = assertOk(await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE }), 'createIndex');
    if (!index) throw new Error('Pagefind laget ingen indeks');
    const { page_count } = assertOk(await index.addDirectory({ path: staging }), 'addDirectory');
    if (page_count !== pages.length) {
      throw new Error(`Pagefind leste ${page_count} av ${pages.length} sider i del ${number} av søkeindeksen`);
    }
    assertOk(await index.writeFiles({ outputPath: output }), 'writeFiles');
    // Frees the part's memory in Pagefind's process before the next part.
    await index.deleteIndex();
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  for (const file of readdirSync(output)) {
    if (UNUSED_BUNDLES.includes(file) || (number > 1 && CODE_OF_FIRST_PART.test(file))) rmSync(join(output, file));
  }
}

/** What the search page needs of an indexed page: its Pagefind id, its path, and its filter values. */
interface IndexedPage {
  id: string;
  url: string;
  filters: PageFilters;
}

/** Every indexed page, read back from the fragments Pagefind wrote, so nothing here can differ from the index. */
function indexedPages(bundles: string[]): IndexedPage[] {
  const pages: IndexedPage[] = [];
  for (const bundle of bundles) {
    const fragments = join(bundle, 'fragment');
    for (const file of readdirSync(fragments)) {
      // A fragment is gzip of «pagefind_dcd» followed by the page's JSON; its id is the file name.
      const text = gunzipSync(readFileSync(join(fragments, file)))
        .subarray('pagefind_dcd'.length)
        .toString('utf8');
      const { url, filters } = JSON.parse(text) as { url: string; filters?: PageFilters };
      pages.push({ id: file.replace(/\.pf_fragment$/, ''), url, filters: filters ?? {} });
    }
  }
  return pages;
}

/**
 * Turns the build's orders by path into orders by Pagefind id, one file per order, so the search
 * page can sort any result set by fetching one list. A path Pagefind did not index is left out.
 */
function writeOrders(root: string, pages: IndexedPage[]): void {
  const byPath = join(root, ORDERS_BY_PATH);
  if (!existsSync(byPath)) return;
  const ids = new Map(pages.map((p) => [p.url, p.id]));
  const orders = JSON.parse(readFileSync(byPath, 'utf8')) as Record<string, string[]>;
  mkdirSync(join(root, ORDERS_BY_ID), { recursive: true });
  for (const [key, paths] of Object.entries(orders)) {
    const list = paths.map((path) => ids.get(path)).filter((id) => id !== undefined);
    writeFileSync(join(root, ORDERS_BY_ID, `${key}.json`), JSON.stringify(list));
  }
  rmSync(byPath);
}

/** The case pages' HTML, one at a time, so 10 000 pages are never in memory together. */
function* casePages(root: string): Generator<string> {
  const cases = join(root, caseKind.urlPrefix);
  if (!existsSync(cases)) return;
  for (const entry of readdirSync(cases, { withFileTypes: true })) {
    const page = join(cases, entry.name, 'index.html');
    if (entry.isDirectory() && existsSync(page)) yield readFileSync(page, 'utf8');
  }
}

/**
 * Indexes the site in `root`: the parts of the index, the list of parts, the search page's orders by
 * Pagefind id (see writeOrders), its table of filter values (/sok/filtre.json) and /sok/ord.json,
 * the words of the case pages by how many cases use them, which the search page loads only when it
 * needs to split a compound or suggest a spelling. Returns the number of pages indexed; fails if
 * there were none, since the site's search would then be silently empty.
 */
export async function buildSearchIndex(root: string, shardPages = SHARD_PAGES): Promise<number> {
  const pages = indexablePages(root);
  if (pages.length === 0) throw new Error('Fant ingen sider å indeksere');
  const output = join(root, 'pagefind');
  rmSync(output, { recursive: true, force: true });
  const parts = shards(pages, shardPages);
  const bundles: string[] = [];
  try {
    for (const [i, part] of parts.entries()) {
      const bundle = i === 0 ? output : join(output, `del-${i + 1}`);
      await indexShard(root, part, bundle, i + 1);
      bundles.push(bundle);
    }
  } finally {
    await pagefind.close();
  }
  writeFileSync(
    join(output, SHARD_LIST),
    JSON.stringify(bundles.slice(1).map((b) => `${b.slice(output.length + 1)}/`)),
  );
  const indexed = indexedPages(bundles);
  writeOrders(root, indexed);
  mkdirSync(join(root, 'sok'), { recursive: true });
  writeFileSync(join(root, FILTER_TABLE), JSON.stringify(filterTable(indexed)));
  writeFileSync(join(root, 'sok/ord.json'), JSON.stringify(wordList(casePages(root))));
  return pages.length;
}
