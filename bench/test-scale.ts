/**
 * `npm run bench:tester`: does the test suite grow with the content? Runs the same `npm test` twice,
 * first on the real cases (content/cases/), then on a folder holding the real cases plus 1 000
 * synthetic ones from bench/generate.ts, and prints a Norwegian table: cases, wall time, the site
 * build's share of it, tests passed and failed, and the ratio between the two runs. The goal
 * (issue «Scale»): under 20 % apart. Exits with 1 if a run has a failing test or the goal is missed.
 *
 * Usage: npm run bench:tester [-- 1000 [3]]   (synthetic cases, default 1 000; rounds, default 1:
 * with more, the two sizes take turns and each figure is the median).
 * Writes only under bench/out/tester/: the case folder, each run's output and its e2e report.
 * content/ is only read.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, createWriteStream, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { generateCorpus } from './generate.ts';

const root = join(import.meta.dirname, '..');
const out = join(root, 'bench/out/tester');
const realCases = join(root, 'content/cases');
const synthetic = Number(process.argv[2] ?? 1000);
const rounds = Number(process.argv[3] ?? 1);
const GOAL = 0.2;

interface Run {
  label: string;
  cases: number;
  seconds: number;
  /** From npm starting `build` to npm starting `build:fixtures`: the real site's build, start-up included. */
  buildSeconds: number;
  passed: number;
  failed: number;
  /** Wall time per e2e test file, from Vitest's JSON report. */
  files: Map<string, number>;
}

const mdxIn = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.mdx') && !/^[_.]/.test(f));

/** Runs `npm test` with the given case folder, noting when each npm script starts. */
function npmTest(label: string, casesDir: string | undefined): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  if (casesDir) env.CASES_DIR = casesDir;
  else delete env.CASES_DIR;
  const log = createWriteStream(join(out, `${label}.log`));
  const started = new Map<string, number>();
  let summary = '';
  const start = performance.now();
  const child = spawn('npm', ['test'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stderr.pipe(log, { end: false });
  createInterface({ input: child.stdout }).on('line', (line) => {
    log.write(`${line}\n`);
    const script = /^> \S+@\S+ (\S+)$/.exec(line);
    if (script && !started.has(script[1]!)) started.set(script[1]!, performance.now());
    if (/^\d+ passed, \d+ failed/.test(line)) summary = line;
  });
  return new Promise((resolve) => {
    child.on('close', () => {
      const seconds = (performance.now() - start) / 1000;
      log.end();
      const [, passed, failed] = /^(\d+) passed, (\d+) failed/.exec(summary) ?? [, '0', '1'];
      const build = started.get('build');
      const fixtures = started.get('build:fixtures');
      const files = new Map<string, number>();
      try {
        const report = JSON.parse(readFileSync(join(root, 'test-results/e2e.json'), 'utf8')) as {
          testResults: { name: string; startTime: number; endTime: number }[];
        };
        for (const f of report.testResults) files.set(f.name.split('/').pop()!, (f.endTime - f.startTime) / 1000);
        copyFileSync(join(root, 'test-results/e2e.json'), join(out, `${label}-e2e.json`));
      } catch {
        // No report: the summary line already counts the suite as failed.
      }
      resolve({
        label,
        cases: mdxIn(casesDir ? join(root, casesDir) : realCases).length,
        seconds,
        buildSeconds: build !== undefined && fixtures !== undefined ? (fixtures - build) / 1000 : NaN,
        passed: Number(passed),
        failed: Number(failed),
        files,
      });
    });
  });
}

const number = (x: number, digits = 0) =>
  Number.isNaN(x) ? '–' : x.toLocaleString('nb-NO', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const duration = (s: number) => (s >= 60 ? `${Math.floor(s / 60)} min ${number(s % 60)} s` : `${number(s, 1)} s`);

mkdirSync(out, { recursive: true });
// The synthetic cases first: generateCorpus empties the folder it writes to. Their slugs
// (sak-00001…) are not those of real cases, so the real ones are copied in unchanged beside them.
const folder = join(out, 'saker');
generateCorpus(folder, synthetic);
for (const f of readdirSync(realCases)) copyFileSync(join(realCases, f), join(folder, f));
const casesDir = 'bench/out/tester/saker';

// The two sizes take turns, so a change in the machine's load falls on both; each figure is the median.
const small: Run[] = [];
const large: Run[] = [];
const load = () => number(loadavg()[0]!, 1);
const loadBefore = load();
for (let round = 1; round <= rounds; round++) {
  const tag = rounds > 1 ? `-${round}` : '';
  console.error(`Runde ${round} av ${rounds}: npm test med de ekte sakene (logg: bench/out/tester/ekte${tag}.log) …`);
  small.push(await npmTest(`ekte${tag}`, undefined));
  console.error(`… og med ${number(mdxIn(folder).length)} saker (logg: bench/out/tester/stor${tag}.log) …`);
  large.push(await npmTest(`stor${tag}`, casesDir));
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const summary = (runs: Run[]) => ({
  cases: runs[0]!.cases,
  seconds: median(runs.map((r) => r.seconds)),
  buildSeconds: median(runs.map((r) => r.buildSeconds)),
  rest: median(runs.map((r) => r.seconds - r.buildSeconds)),
  passed: Math.min(...runs.map((r) => r.passed)),
  failed: Math.max(...runs.map((r) => r.failed)),
  file: (name: string) => median(runs.map((r) => r.files.get(name) ?? NaN)),
});
const s = summary(small);
const l = summary(large);
const ratio = l.seconds / s.seconds;

const each = rounds > 1 ? `, median av ${rounds} runder` : '';
console.log(`\n| saker | tid i alt${each} | bygget av nettstedet | resten (tester, testbygget) | bestått | feilet |`);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of [s, l]) {
  console.log(
    `| ${number(r.cases)} | ${duration(r.seconds)} | ${duration(r.buildSeconds)} | ${duration(r.rest)} | ${r.passed} | ${r.failed} |`,
  );
}
console.log(
  `\nForhold, tid i alt: ${number(ratio, 2)} (${ratio < 1 + GOAL ? 'innenfor' : 'IKKE innenfor'} målet om under ${GOAL * 100} %). ` +
    `Bygget: ${number(l.buildSeconds / s.buildSeconds, 2)}. Resten: ${number(l.rest / s.rest, 2)}.`,
);
if (rounds > 1) {
  const perRound = small.map((r, i) => number(large[i]!.seconds / r.seconds, 2));
  console.log(`Forholdet i hver runde: ${perRound.join(', ')}.`);
}

// Where the time went: the test files whose time changed most between the two sizes.
const changes = [...small[0]!.files.keys()]
  .map((file) => ({ file, s: s.file(file), l: l.file(file) }))
  .sort((a, b) => Math.abs(b.l - b.s) - Math.abs(a.l - a.s))
  .slice(0, 5);
console.log('\n| testfil (e2e) | ekte saker | alle sakene | endring |');
console.log('| --- | ---: | ---: | ---: |');
for (const c of changes) {
  console.log(
    `| ${c.file} | ${number(c.s, 1)} s | ${number(c.l, 1)} s | ${c.l >= c.s ? '+' : ''}${number(c.l - c.s, 1)} s |`,
  );
}
console.log(
  `\nMaskinens last (snitt siste minutt) før og etter: ${loadBefore} og ${load()}, på ${cpus().length} kjerner. ` +
    'Tidene svinger med hvor mye annet maskinen gjør; ta gjerne flere runder.',
);

if (s.failed > 0 || l.failed > 0 || ratio >= 1 + GOAL) process.exit(1);
