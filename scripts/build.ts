/**
 * `npm run build [-- --outDir <dir>]`: Astro's build, then the search index (src/build/search-index.ts)
 * once Astro has exited, so the two never hold memory at the same time.
 *
 * Astro's Node heap is capped at 1 000 MB (BUILD_HEAP_MB changes it). Without a cap V8 lets the heap
 * grow towards a quarter of the machine's memory before it collects: at 10 000 cases Astro then took
 * 2.4 GB, with the cap 1.7 GB and no more time (docs/performance.md). A site far beyond 10 000
 * cases may need a higher cap; V8 then stops with «heap out of memory». Memory outside V8's heap
 * (Vite's bundler, buffers) comes from glibc's malloc, which by default keeps one arena per thread
 * and returns little of it; MALLOC_ARENA_MAX=2 keeps that share down (in two 10 000-case runs under
 * heavy load: 2.25 GB without it, 1.9 GB with it).
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const at = args.indexOf('--outDir');
const outDir = resolve(at >= 0 && args[at + 1] ? args[at + 1]! : 'dist');
const heapMb = Number(process.env.BUILD_HEAP_MB ?? 1000);
if (!Number.isInteger(heapMb) || heapMb < 256) {
  console.error(`BUILD_HEAP_MB må være et helt antall megabyte, minst 256, ikke «${process.env.BUILD_HEAP_MB}».`);
  process.exit(1);
}
const script = (path: string) => fileURLToPath(new URL(path, import.meta.url));

const steps = [
  [`--max-old-space-size=${heapMb}`, script('../node_modules/astro/bin/astro.mjs'), 'build', ...args],
  [script('./search-index.ts'), outDir],
];
for (const stepArgs of steps) {
  const { status, signal } = spawnSync(process.execPath, stepArgs, {
    stdio: 'inherit',
    env: { MALLOC_ARENA_MAX: '2', ...process.env },
  });
  // Each step has printed its own messages; stop with its exit code.
  if (status !== 0) process.exit(status ?? (signal ? 1 : 0));
}
