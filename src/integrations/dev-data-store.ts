/**
 * The dev preview's content store, read at run time instead of compiled as code.
 *
 * In `astro dev`, the pages get the content through a module Astro generates from its data store
 * file (`.astro/data-store.json`): the whole file as one string literal inside the module's code,
 * `export default JSON.parse("…")`. Every saved file rewrites the store and reloads that module.
 * V8 compiles a string literal slowly once it is large: with 10 000 cases the file is about 100 MB,
 * and compiling the module took 25–45 s on each save, while parsing the same text with `JSON.parse`
 * takes about one second. This gives the same module a few lines of code that read the file when
 * the module runs, so a save costs what reading and parsing the store costs.
 *
 * Only in `astro dev` and only for the single-file store (Astro's default); a build is untouched.
 * If the file is not there, Astro's own module is used.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** The id Astro resolves `astro:data-layer-content` to (a Vite virtual module). */
export const DATA_STORE_MODULE = '\0astro:data-layer-content';

/** The module's code: the store file read and parsed when the module runs, on the server only. */
export function dataStoreModule(file: string): string {
  return [
    "import { readFileSync } from 'node:fs';",
    `export default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));`,
  ].join('\n');
}

export function devDataStorePlugin(file: string): Plugin {
  return {
    name: 'samskapingsbanken:dev-data-store',
    apply: 'serve',
    load: {
      // Before Astro's own plugin, which would otherwise answer first with the file inlined.
      order: 'pre',
      handler(id) {
        if (id !== DATA_STORE_MODULE || this.environment.config.consumer !== 'server') return null;
        if (!existsSync(file)) return null;
        return { code: dataStoreModule(file), map: { mappings: '' } };
      },
    },
  };
}

export function devDataStore(): AstroIntegration {
  return {
    name: 'samskapingsbanken:dev-data-store',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        const storage = config.experimental.collectionStorage;
        if (command !== 'dev' || (storage !== undefined && storage !== 'single-file')) return;
        // Where `astro dev` keeps its store: `.astro/` in the project root.
        const file = fileURLToPath(new URL('.astro/data-store.json', config.root));
        updateConfig({ vite: { plugins: [devDataStorePlugin(file)] } });
      },
    },
  };
}
