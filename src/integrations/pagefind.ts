import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Fails with every message Pagefind gave, rather than a half-written index. */
function assertOk<T extends { errors: string[] }>(response: T, step: string): T {
  if (response.errors.length > 0) {
    throw new Error(`Pagefind (${step}): ${response.errors.join('; ')}`);
  }
  return response;
}

/**
 * Builds the search index from the finished site. Only case pages are indexed: they are the only
 * pages with `data-pagefind-body`. Logs how many pages were indexed and how long it took, and fails
 * the build if no case page was indexed, since the site's search would then be silently empty.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'samskapingsbanken:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        try {
          const { index } = assertOk(await pagefind.createIndex({}), 'createIndex');
          if (!index) throw new Error('Pagefind laget ingen indeks');
          const { page_count } = assertOk(await index.addDirectory({ path: fileURLToPath(dir) }), 'addDirectory');
          if (page_count === 0) throw new Error('Pagefind fant ingen sider å indeksere');
          assertOk(await index.writeFiles({ outputPath: fileURLToPath(new URL('./pagefind/', dir)) }), 'writeFiles');
          logger.info(`Søkeindeks: leste ${page_count} HTML-sider på ${Math.round(performance.now() - started)} ms.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
