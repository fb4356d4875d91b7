/**
 * `npm run bench`: builds synthetic corpora of 100, 1 000 and 10 000 cases and prints what it costs:
 * build time and peak memory (all its processes together, and Node and Pagefind on their own), Pagefind's share, the size of dist/ and of
 * the index, and, in Chromium on loopback, bytes transferred and time to first result for a first
 * and a second query, with and without a filter. The same corpora through a bare Astro page give a
 * baseline, so our time means something on a noisy machine: the ratio ours / bare.
 *
 * Usage: npm run bench [-- 100 1000]   (default: 100 1000 10000). Writes only under bench/out/.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { serveStatic } from '../tests/e2e/static-server.ts';
import { generateCorpus, typicalWord } from './generate.ts';
import { runMeasured } from './memory.ts';

const root = join(import.meta.dirname, '..');
const out = join(root, 'bench/out');
const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const corpora = sizes.length > 0 ? sizes : [100, 1000, 10000];

interface Build {
  seconds: number;
  /** Everything the build runs at one moment, summed: what the machine must have. */
  peakMiB: number;
  /** The largest Node process and the largest Pagefind process on their own. */
  nodeMiB: number;
  pagefindMiB: number;
  pagefindMs: number;
}

/**
 * Runs one build, timing it and sampling the memory of all its processes: for the site, exactly what
 * `npm run build` runs (scripts/build.ts: Astro, then the search index); for the baseline, `astro build`.
 */
async function build(command: string[], env: Record<string, string>): Promise<Build> {
  const run = await runMeasured(process.execPath, command, {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  if (run.status !== 0) throw new Error(`Bygget feilet:\n${run.output.slice(-3000)}`);
  const pagefind = /Søkeindeks: leste \d+ HTML-sider på (\d+) ms/.exec(run.output);
  const largest = (prefix: string) =>
    Math.max(
      0,
      ...Object.entries(run.peakByProgram)
        .filter(([k]) => k.startsWith(prefix))
        .map(([, v]) => v),
    );
  return {
    seconds: run.seconds,
    peakMiB: run.peakTotalMiB,
    // Node names its main thread «MainThread», which /proc reports as the process's name.
    nodeMiB: Math.max(largest('node'), largest('MainThread')),
    pagefindMiB: largest('pagefind'),
    pagefindMs: pagefind ? Number(pagefind[1]) : 0,
  };
}

function bytesIn(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
}

interface Query {
  label: string;
  /** Bytes until the first result is on screen. */
  kib: number;
  /** Bytes once the filter counts for the results are in too. */
  kibWithCounts: number;
  /** From the last keystroke (or Enter, or the filter click) to the first result on screen; after a keystroke, the search island's 150 ms pause for typing is included. */
  ms: number;
}

/** What the visitor does: types a query (and perhaps presses Enter), or ticks a filter. */
interface Action {
  query?: string;
  enter?: boolean;
  filter?: string;
}

/** A visitor's searches in Chromium on loopback: bytes on the wire and time until the first result shows. */
async function searches(dist: string): Promise<Query[]> {
  const { server, url } = await serveStatic(dist);
  const browser = await launchBrowser();
  const results: Query[] = [];
  type Page = import('playwright-core').Page;
  /** Does one thing in the page (type a query or tick a filter) and times it there, until the first result is in the list. */
  const timed = (p: Page, action: Action) =>
    p.evaluate(`new Promise((resolve) => {
      const list = document.getElementById('sok-treff');
      list.replaceChildren();
      const start = performance.now();
      new MutationObserver((_, observer) => {
        if (list.children.length > 0) { observer.disconnect(); resolve(performance.now() - start); }
      }).observe(list, { childList: true });
      const action = ${JSON.stringify(action)};
      if (action.query !== undefined) {
        const input = document.getElementById('sok-q');
        input.focus();
        input.value = action.query;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        // Enter: the search starts at once instead of after the pause for typing.
        if (action.enter) input.form.requestSubmit();
      } else {
        document.getElementById(action.filter).click();
      }
    })`) as Promise<number>;
  try {
    const measure = async (label: string, p: Page, load: string | null, action: Action) => {
      // Counted on the context: Pagefind fetches its index from a Web Worker, not from the page.
      let bytes = 0;
      const count = async (r: import('playwright-core').Request) => {
        const sizes = await r.sizes().catch(() => undefined);
        if (sizes) bytes += sizes.responseBodySize + sizes.responseHeadersSize;
      };
      p.context().on('requestfinished', count);
      if (load !== null) {
        await p.goto(`${url}${load}`);
        await p.waitForFunction(() =>
          /Skriv et søkeord|\d+ (sak|treff)/.test(document.getElementById('sok-status')?.textContent ?? ''),
        );
      }
      const ms = await timed(p, action);
      const atFirstResult = bytes;
      // Then the filter counts for the results, which load after the first answer is on screen.
      await p.waitForFunction(
        () => document.querySelector<HTMLFormElement>('form[data-search]')?.dataset.counts === 'current',
      );
      await p.waitForTimeout(200);
      p.context().off('requestfinished', count);
      results.push({ label, kib: atFirstResult / 1024, kibWithCounts: bytes / 1024, ms });
    };
    // A word of middling frequency, as real queries mostly are; then the worst case, words on nearly every page.
    const typical = typicalWord();
    const page = await (await browser.newContext()).newPage();
    await measure(`første søk, «${typical}» (med sidelasting)`, page, '/sok/', { query: typical });
    await measure('andre søk, «frivillige tjeneste» (ord på nesten alle sider)', page, null, {
      query: 'frivillige tjeneste',
    });
    await measure('de samme ordene i annen rekkefølge, sendt med Enter (ingen pause for skriving)', page, null, {
      query: 'tjeneste frivillige',
      enter: true,
    });
    await measure('så et filter', page, null, { filter: 'f-storrelse-small' });
    const other = await (await browser.newContext()).newPage();
    await measure(`første søk med filter, «${typical}» (med sidelasting)`, other, '/sok/?storrelse=small', {
      query: typical,
    });
  } finally {
    await browser.close();
    server.close();
  }
  return results;
}

const rows: string[] = [];
const queryRows: string[] = [];
for (const n of corpora) {
  const corpus = join(out, `korpus-${n}`);
  generateCorpus(corpus, n);
  const dist = join(out, `dist-${n}`);
  // Only the synthetic cases: the real programmes and concepts link to real cases the corpus lacks.
  const empty = join(out, 'tom');
  mkdirSync(empty, { recursive: true });
  const ours = await build([join(root, 'scripts/build.ts'), '--outDir', dist], {
    CASES_DIR: corpus,
    PROGRAMMES_DIR: empty,
    CONCEPTS_DIR: empty,
  });
  const bare = await build(
    [astro, 'build', '--root', join(root, 'bench/baseline'), '--outDir', join(out, `bare-${n}`)],
    {
      CASES_DIR: corpus,
    },
  );
  const per1000 = (x: number) => ((x / n) * 1000).toFixed(1);
  rows.push(
    `| ${n} | ${ours.seconds.toFixed(1)} | ${per1000(ours.seconds)} | ${ours.peakMiB.toFixed(0)} | ${ours.nodeMiB.toFixed(0)} | ${ours.pagefindMiB.toFixed(0)} | ` +
      `${((ours.pagefindMs / 1000 / ours.seconds) * 100).toFixed(0)} % | ${(bytesIn(dist) / 1024 / 1024).toFixed(1)} | ` +
      `${(bytesIn(join(dist, 'pagefind')) / 1024 / 1024).toFixed(1)} | ${bare.seconds.toFixed(1)} | ${bare.peakMiB.toFixed(0)} | ${(ours.seconds / bare.seconds).toFixed(2)} |`,
  );
  for (const q of await searches(dist)) {
    queryRows.push(`| ${n} | ${q.label} | ${q.kib.toFixed(0)} | ${q.kibWithCounts.toFixed(0)} | ${q.ms.toFixed(0)} |`);
  }
  console.error(`ferdig: ${n} saker`);
}

console.log(`\nMaskin: ${execFileSync('nproc', { encoding: 'utf8' }).trim()} kjerner, Node ${process.version}\n`);
console.log(
  '| saker | bygg s | s per 1000 | toppminne i alt MiB | Node MiB | Pagefind MiB | Pagefinds andel | dist MiB | indeks MiB | bart Astro s | bart Astro MiB | forhold (tid) |',
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) console.log(r);
console.log('\n| saker | søk | KiB til første treff | KiB med filtertall | ms til første treff |');
console.log('| ---: | --- | ---: | ---: | ---: |');
for (const r of queryRows) console.log(r);
