/**
 * Prints what the 357 municipality and 15 county pages cost: build time and page count, with and
 * without them. Usage: node scripts/measure-municipality-pages.ts [runs]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const runs = Number(process.argv[2] ?? 3);
// Run Astro with this Node (the project's), not whatever `node` is first on the PATH.
const astro = join(import.meta.dirname, '../node_modules/astro/bin/astro.mjs');

function countHtml(dir: string): number {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).filter(
    (e) => e.isFile() && e.name.endsWith('.html'),
  ).length;
}

function measure(env: Record<string, string>): { seconds: number; pages: number } {
  const times: number[] = [];
  let pages = 0;
  for (let i = 0; i < runs; i++) {
    const out = mkdtempSync(join(tmpdir(), 'maal-'));
    const start = performance.now();
    execFileSync(process.execPath, [astro, 'build', '--outDir', out], {
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: 'ignore',
    });
    times.push((performance.now() - start) / 1000);
    pages = countHtml(out);
  }
  times.sort((a, b) => a - b);
  return { seconds: times[Math.floor(times.length / 2)]!, pages };
}

const without = measure({ MUNICIPALITY_PAGES: 'off' });
const withPages = measure({});
console.log(`Bygg (median av ${runs}) | sider | sekunder`);
console.log(`uten kommune- og fylkessider | ${without.pages} | ${without.seconds.toFixed(1)}`);
console.log(`med kommune- og fylkessider | ${withPages.pages} | ${withPages.seconds.toFixed(1)}`);
console.log(`endring | +${withPages.pages - without.pages} | +${(withPages.seconds - without.seconds).toFixed(1)}`);
