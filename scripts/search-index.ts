/**
 * `node scripts/search-index.ts [dist]`: builds the search index for a site `astro build` has
 * written (src/build/search-index.ts). `npm run build` runs it after Astro. SEARCH_SHARD_PAGES sets
 * how many pages go in each part of the index; the tests set it low so the merging of parts is
 * exercised on a small site.
 */
import { resolve } from 'node:path';
import { buildSearchIndex, SHARD_PAGES } from '../src/build/search-index.ts';

const root = resolve(process.argv[2] ?? 'dist');
const shardPages = Number(process.env.SEARCH_SHARD_PAGES ?? SHARD_PAGES);
const started = performance.now();
try {
  if (!Number.isInteger(shardPages) || shardPages < 1) {
    throw new Error(`SEARCH_SHARD_PAGES må være et helt tall over 0, ikke «${process.env.SEARCH_SHARD_PAGES}»`);
  }
  const count = await buildSearchIndex(root, shardPages);
  console.log(`Søkeindeks: leste ${count} HTML-sider på ${Math.round(performance.now() - started)} ms.`);
} catch (error) {
  console.error(`Søkeindeksen kunne ikke bygges i ${root}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
