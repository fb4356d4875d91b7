/** Temporary: one measured astro build of a bench corpus, without the search index. */
import { runMeasured } from './memory.ts';
const n = process.argv[2];
const run = await runMeasured(process.execPath, [...(process.argv[3] ? [process.argv[3]] : []), 'node_modules/astro/bin/astro.mjs', 'build', '--outDir', `bench/out/dist-${n}`], {
  cwd: process.cwd(),
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CASES_DIR: `bench/out/korpus-${n}`, PROGRAMMES_DIR: 'bench/out/tom', CONCEPTS_DIR: 'bench/out/tom' },
});
console.log(process.argv[3] ?? 'uncapped', run.status, run.seconds.toFixed(1), run.peakTotalMiB.toFixed(0), JSON.stringify(Object.fromEntries(Object.entries(run.peakByProgram).map(([k, v]) => [k, Math.round(v)]))));
