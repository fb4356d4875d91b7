import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/**
 * Builds the search index from the finished site. Only case pages are indexed: they are the only
 * pages with `data-pagefind-body`. Logs how many pages were indexed and how long it took, and fails
 * the build if no case page was indexed, since the site's search would then be silently empty.
 * Also writes /sok/ord.json, the words of the case pages by how many cases use them, which the
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
