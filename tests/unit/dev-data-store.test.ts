import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  DATA_STORE_MODULE,
  dataStoreModule,
  devDataStore,
  devDataStorePlugin,
} from '../../src/integrations/dev-data-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'datalager-'));
const file = join(dir, 'data-store.json');
// The shape Astro writes (devalue's JSON array), with quotes, «æøå», a line break and a lone \u2028.
const stored = [['cases'], { id: 'a', title: 'Tittel «æøå» "sitat"\nny linje\u2028', html: '<p>x</p>' }];
writeFileSync(file, JSON.stringify(stored));

type Load = (this: unknown, id: string) => { code: string } | null;
const loadFor = (consumer: 'server' | 'client', path = file) => {
  const { handler } = devDataStorePlugin(path).load as unknown as { handler: Load };
  return (id: string) => handler.call({ environment: { config: { consumer } } }, id);
};

describe('the dev preview’s content store module', () => {
  it('gives the pages what the store file holds, read when the module runs', async () => {
    const module = join(dir, 'modul.mjs');
    writeFileSync(module, dataStoreModule(file));
    const { default: data } = await import(pathToFileURL(module).href);
    expect(data).toEqual(stored);
  });

  it('replaces only the store module, only on the server, and leaves a missing file to Astro', () => {
    expect(loadFor('server')(DATA_STORE_MODULE)?.code).toBe(dataStoreModule(file));
    expect(loadFor('server')('\0astro:content')).toBeNull();
    expect(loadFor('client')(DATA_STORE_MODULE)).toBeNull();
    expect(loadFor('server', join(dir, 'finnes-ikke.json'))(DATA_STORE_MODULE)).toBeNull();
  });

  it('is added in astro dev with the single-file store, and not to a build', () => {
    const added = (command: string, collectionStorage?: unknown) => {
      let plugins: unknown[] = [];
      const setup = devDataStore().hooks['astro:config:setup'] as (o: unknown) => void;
      setup({
        command,
        config: { root: pathToFileURL(`${dir}/`), experimental: { collectionStorage } },
        updateConfig: (c: { vite: { plugins: unknown[] } }) => (plugins = c.vite.plugins),
      });
      return plugins.length;
    };
    expect(added('dev')).toBe(1);
    expect(added('dev', 'single-file')).toBe(1);
    expect(added('dev', 'chunked')).toBe(0);
    expect(added('build')).toBe(0);
    expect(added('preview')).toBe(0);
  });

  it('matches the module id and file name the installed Astro uses', () => {
    // Astro's internals, read as text: if an upgrade renames them, the dev preview would quietly be slow again.
    const require = createRequire(import.meta.url);
    const astro = dirname(require.resolve('astro/package.json'));
    const consts = readFileSync(join(astro, 'dist/content/consts.js'), 'utf8');
    expect(consts).toContain(`const DATA_STORE_VIRTUAL_ID = "${DATA_STORE_MODULE.slice(1)}";`);
    expect(consts).toContain('const DATA_STORE_FILE = "data-store.json";');
    const paths = readFileSync(join(astro, 'dist/content/paths.js'), 'utf8');
    expect(paths).toContain('isDev ? settings.dotAstroDir');
  });
});
