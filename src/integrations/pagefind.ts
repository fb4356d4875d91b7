import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { wordList } from '../lib/word-list.ts';

/** Fails with every message Pagefind gave, rather than a half-written index. */
function assertOk<T extends { errors: string[] }>(response: T, step: string): T {
  if (response.errors.length > 0) {
    throw new Error(`Pagefind (${step}): ${response.errors.join('; ')}`);
  }
  return response;
}

/**
 * «und» (undetermined) has no stemmer in Pagefind, so words are indexed as written. Pagefind's
 * Norwegian stemmer cuts «demens» and «dem» to the same stem; the search page takes inflections off
 * query words itself (src/lib/search-words.ts) and Pagefind matches them as prefixes.
 */
export const INDEX_LANGUAGE = 'und';

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

/** Where the build writes the orders by page path (src/pages/sok/rekkefolge.json.ts), and where they go by page id. */
const ORDERS_BY_PATH = 'sok/rekkefolge.json';
const ORDERS_BY_ID = 'sok/rekkefolge';

/** Every indexed page's path and Pagefind id, read back from the fragments Pagefind wrote. */
function pageIds(bundle: string): Map<string, string> {
  const ids = new Map<string, string>();
  const fragments = join(bundle, 'fragment');
  for (const file of readdirSync(fragments)) {
    // A fragment is gzip of «pagefind_dcd» followed by the page's JSON; its id is the file name.
    const text = gunzipSync(readFileSync(join(fragments, file))).subarray('pagefind_dcd'.length).toString('utf8');
    ids.set((JSON.parse(text) as { url: string }).url, file.replace(/\.pf_fragment$/, ''));
  }
  return ids;
}

/**
 * Turns the build's orders by path into orders by Pagefind id, one file per order, so the search
 * page can sort any result set by fetching one list. A path Pagefind did not index is left out.
 */
function writeOrders(root: string, bundle: string): void {
  const byPath = join(root, ORDERS_BY_PATH);
  if (!existsSync(byPath)) return;
  const ids = pageIds(bundle);
  const orders = JSON.parse(readFileSync(byPath, 'utf8')) as Record<string, string[]>;
  mkdirSync(join(root, ORDERS_BY_ID), { recursive: true });
  for (const [key, paths] of Object.entries(orders)) {
    const list = paths.map((path) => ids.get(path)).filter((id) => id !== undefined);
    writeFileSync(join(root, ORDERS_BY_ID, `${key}.json`), JSON.stringify(list));
  }
  rmSync(byPath);
}

/**
 * Builds the search index from the finished site. Only case pages are indexed: they are the only
 * pages with `data-pagefind-body`. Logs how many pages were indexed and how long it took, and fails
 * the build if no case page was indexed, since the site's search would then be silently empty.
 * Then writes the search page's orders by Pagefind id (see writeOrders). Also writes /sok/ord.json, the words of the case pages by how many cases use them, which the
 * search page loads only when it needs to split a compound or suggest a spelling.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'samskapingsbanken:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        try {
          const { index } = assertOk(await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE }), 'createIndex');
          if (!index) throw new Error('Pagefind laget ingen indeks');
          const { page_count } = assertOk(await index.addDirectory({ path: root }), 'addDirectory');
          if (page_count === 0) throw new Error('Pagefind fant ingen sider å indeksere');
          const output = fileURLToPath(new URL('./pagefind/', dir));
          assertOk(await index.writeFiles({ outputPath: output }), 'writeFiles');
          // The search page uses Pagefind's API only: its ready-made interfaces are never loaded.
          for (const unused of UNUSED_BUNDLES) rmSync(join(output, unused), { force: true });
          writeOrders(root, output);
          logger.info(`Søkeindeks: leste ${page_count} HTML-sider på ${Math.round(performance.now() - started)} ms.`);
        } finally {
          await pagefind.close();
        }
        const cases = join(root, 'saker');
        if (existsSync(cases)) {
          const pages = readdirSync(cases, { withFileTypes: true })
            .filter((e) => e.isDirectory() && existsSync(join(cases, e.name, 'index.html')))
            .map((e) => readFileSync(join(cases, e.name, 'index.html'), 'utf8'));
          mkdirSync(join(root, 'sok'), { recursive: true });
          writeFileSync(join(root, 'sok/ord.json'), JSON.stringify(wordList(pages)));
        }
      },
    },
  };
}
