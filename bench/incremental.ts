/**
 * `npm run bench:lagring`: the contributor's loop at scale. For each corpus size it starts
 * `astro dev` on a synthetic corpus and measures how long the server takes to answer and to serve
 * the first case page; how long a saved edit (a title, or a sentence in the text) takes to show on
 * the page; how long a broken save takes to show its Norwegian message, and a fix to clear it; how
 * long a new case file takes to show, and a removed one to go; and how long `npm run check` takes
 * over the whole corpus. Prints a Norwegian table. Beside wall time it gives the CPU time the dev
 * server and the check used, which other load on the machine changes much less, and peak memory.
 *
 * Usage: npm run bench:lagring [-- 1000 10000] [--lagringer 5] [--feil 3]
 * Writes only under bench/out/: the corpus it edits (bench/out/lagring-<n>/, the same cases as
 * `npm run bench` generates) and the dev server's log (bench/out/lagring-<n>.log).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { generateCorpus } from './generate.ts';

const root = join(import.meta.dirname, '..');
const out = join(root, 'bench/out');
const astro = join(root, 'node_modules/astro/bin/astro.mjs');

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args.splice(i, 2)[1]) : fallback;
};
const saveCount = option('lagringer', 5);
const brokenCount = option('feil', 3);
const sizes = args.map(Number).filter(Boolean);
const corpora = sizes.length > 0 ? sizes : [1000, 10000];

/** How often a page is asked for while waiting for a change to show. */
const POLL_MS = 20;
/** Longer than any wait should be: a wait this long is reported as a failure, not a figure. */
const GIVE_UP_MS = 10 * 60_000;
const BANNER = 'Feil i innholdsfilene';
/** Where `astro dev` keeps its content store; it is written whole after every change. */
const STORE_FILE = join(root, '.astro/data-store.json');
/** New cases added and removed again: each removal reads the whole folder, so only a few. */
const NEW_CASES = 2;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The dev server under test, so it can be stopped whatever happens, also on Ctrl+C. */
let running: ChildProcess | undefined;

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    process.kill(-child.pid!, signal); // its process group: astro and anything it started
  } catch {
    // already gone
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  killGroup(child, 'SIGTERM');
  // A server busy with a large data store can take seconds to notice the signal.
  const timedOut = await Promise.race([exited.then(() => false), sleep(20_000).then(() => true)]);
  if (timedOut) {
    killGroup(child, 'SIGKILL');
    await exited;
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    if (running) killGroup(running, 'SIGKILL');
    process.exit(130);
  });
process.on('exit', () => {
  if (running) killGroup(running, 'SIGKILL');
});

/** Peak resident memory of a process so far, in MiB (Linux), or undefined. */
function peakMiB(pid: number): number | undefined {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Asks for a page until `done` holds for its HTML (and status); returns the milliseconds from `since`. */
async function until(
  url: string,
  done: (html: string, status: number) => boolean,
  since: number,
  what: string,
  giveUpMs = GIVE_UP_MS,
): Promise<number> {
  for (;;) {
    const { html, status } = await fetch(url).then(
      async (r) => ({ html: await r.text(), status: r.status }),
      () => ({ html: '', status: 0 }),
    );
    const now = performance.now();
    if (done(html, status)) return now - since;
    if (now - since > giveUpMs) throw new Error(`Ga opp etter ${giveUpMs / 1000} s: ${what}`);
    if (running?.exitCode != null) throw new Error(`Dev-serveren stoppet mens den ventet på: ${what}`);
    await sleep(POLL_MS);
  }
}

const ticksPerSecond = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;

/** CPU time a process has used so far (user and system, all its threads), in ms (Linux), or NaN. */
function cpuMs(pid: number): number {
  try {
    // The fields after the command name, which is in parentheses and may hold spaces: utime is the 12th, stime the 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) / ticksPerSecond) * 1000;
  } catch {
    return NaN;
  }
}

/** Writes the whole file at once, as an editor saves. */
function save(file: string, text: string): number {
  const start = performance.now();
  writeFileSync(file, text);
  return start;
}

const titleOf = (source: string) => JSON.parse(/^title: (.*)$/m.exec(source)![1]!) as string;
/** A title as the page prints it (HTML-escaped); the generated titles hold no characters to escape. */
const heading = (title: string) => `${title}</h1>`;

interface Measured {
  answersMs: number;
  firstPageMs: number;
  savesMs: { title: number[]; text: number[] };
  /** The dev server's CPU time from each save until the page showed it, the polling's requests included. */
  savesCpuMs: number[];
  brokenMs: number[];
  fixedMs: number[];
  /** A new case file until its page shows, and the file removed until the page is gone. */
  addedMs: number[];
  removedMs: number[];
  checkMs: number[];
  checkCpuMs: number[];
  checkPeakMiB: number[];
  devPeakMiB?: number;
}

/** `npm run check` over the whole corpus, under GNU time for its peak memory. */
function check(env: Record<string, string>): { ms: number; cpuMs: number; peakMiB: number } {
  const start = performance.now();
  const result = spawnSync(
    '/usr/bin/time',
    ['-f', 'TOPPMINNE %M CPU %U %S', process.execPath, join(root, 'scripts/check-content.ts')],
    { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`npm run check feilet:\n${`${result.stdout}${result.stderr}`.slice(-2000)}`);
  const time = /TOPPMINNE (\d+) CPU ([\d.]+) ([\d.]+)/.exec(result.stderr);
  return {
    ms,
    cpuMs: time ? (Number(time[2]) + Number(time[3])) * 1000 : NaN,
    peakMiB: time ? Number(time[1]) / 1024 : NaN,
  };
}

async function measure(n: number): Promise<Measured> {
  // A corpus of its own, because the measurement edits it; the same cases as bench/out/korpus-<n>.
  const corpus = join(out, `lagring-${n}`);
  generateCorpus(corpus, n);
  const empty = join(out, 'tom');
  mkdirSync(empty, { recursive: true });
  const env = { CASES_DIR: corpus, PROGRAMMES_DIR: empty, CONCEPTS_DIR: empty };
  const caseFile = (i: number) => join(corpus, `sak-${String(i).padStart(5, '0')}.mdx`);
  const caseUrl = (base: string, i: number) => `${base}/saker/sak-${String(i).padStart(5, '0')}/`;
  const measured: Measured = {
    answersMs: 0,
    firstPageMs: 0,
    savesMs: { title: [], text: [] },
    savesCpuMs: [],
    brokenMs: [],
    fixedMs: [],
    addedMs: [],
    removedMs: [],
    checkMs: [],
    checkCpuMs: [],
    checkPeakMiB: [],
  };

  for (let i = 0; i < 3; i++) {
    const { ms, cpuMs, peakMiB } = check(env);
    measured.checkMs.push(ms);
    measured.checkCpuMs.push(cpuMs);
    measured.checkPeakMiB.push(peakMiB);
  }

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const log = createWriteStream(join(out, `lagring-${n}.log`));
  const start = performance.now();
  const server = spawn(process.execPath, [astro, 'dev', '--port', String(port), '--host', '127.0.0.1', '--force'], {
    cwd: root,
    // As a contributor starts it: not this process's environment (NODE_OPTIONS and the like).
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ASTRO_TELEMETRY_DISABLED: '1', ...env },
    detached: true, // a process group of its own, so stopping it stops everything it started
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running = server;
  server.stdout!.pipe(log);
  server.stderr!.pipe(log);
  try {
    // Any answer from the server: a file from public/, which needs no content.
    measured.answersMs = await until(`${base}/favicon.svg`, (body) => body.includes('<svg'), start, 'serveren svarer');
    const first = 1;
    const firstTitle = titleOf(readFileSync(caseFile(first), 'utf8'));
    measured.firstPageMs = await until(
      caseUrl(base, first),
      (html) => html.includes(heading(firstTitle)),
      start,
      'første saksside',
    );

    // Cases spread over the corpus: where a case sorts may matter to how much is written again.
    const spread = (k: number, of: number, offset: number) => Math.max(2, Math.round(((k + offset) / of) * n));
    for (let k = 0; k < saveCount * 2; k++) {
      const i = spread(k >> 1, saveCount, k % 2 ? 0.25 : 0.5);
      const file = caseFile(i);
      const original = readFileSync(file, 'utf8');
      const url = caseUrl(base, i);
      await until(url, (html) => html.includes(heading(titleOf(original))), performance.now(), 'siden før lagring');
      await sleep(1000); // let the server settle: nothing pending from the last save
      const mark = `lagring ${k + 1} ${Date.now().toString(36)}`;
      const cpuBefore = cpuMs(server.pid!);
      if (k % 2 === 0) {
        const title = `Ny tittel etter ${mark}`;
        const since = save(file, original.replace(/^title: .*$/m, `title: ${JSON.stringify(title)}`));
        measured.savesMs.title.push(await until(url, (html) => html.includes(heading(title)), since, mark));
      } else {
        const sentence = `Denne setningen kom med ${mark}.`;
        const since = save(file, original.replace(/(## Bakgrunn\n\n)[^.]*\./, `$1${sentence}`));
        measured.savesMs.text.push(await until(url, (html) => html.includes(sentence), since, mark));
      }
      measured.savesCpuMs.push(cpuMs(server.pid!) - cpuBefore);
      console.error(`${n} saker: lagring ${k + 1} av ${saveCount * 2}`);
    }

    for (let k = 0; k < brokenCount; k++) {
      const i = spread(k, brokenCount, 0.6);
      const file = caseFile(i);
      const original = readFileSync(file, 'utf8');
      const title = titleOf(original);
      const url = caseUrl(base, i);
      // The message shows on every page; look for it on another case's page, as this one is gone while broken.
      const other = caseUrl(base, i === 1 ? 2 : 1);
      await until(url, (html) => html.includes(heading(title)), performance.now(), 'siden før feil');
      await sleep(1000);
      const storeWritten = statSync(STORE_FILE).mtimeMs;
      const broken = save(file, original.replace(/^status: .*$/m, 'status: piolt'));
      measured.brokenMs.push(
        await until(
          other,
          (html) => html.includes('status: «piolt» er ikke en gyldig verdi.'),
          broken,
          'feilmeldingen',
        ),
      );
      // Until the server is done with the broken save, as when a contributor takes a moment to fix
      // it: a fix within Astro's half-second wait before it writes its store would cancel the broken
      // save out and show at once. Done means the store written and read again by a page. (Not «the
      // page is gone»: Astro sometimes keeps serving the broken case's last version, see
      // docs/performance.md.)
      await until(other, () => statSync(STORE_FILE).mtimeMs !== storeWritten, broken, 'datalageret skrevet');
      await fetch(other).then((r) => r.text());
      await sleep(1000);
      const fixed = save(file, original);
      measured.fixedMs.push(
        await until(url, (html) => html.includes(heading(title)) && !html.includes(BANNER), fixed, 'rettet fil'),
      );
      console.error(`${n} saker: feil ${k + 1} av ${brokenCount}`);
    }
    // A new case, as `npm run ny-sak` writes one, and then removed again.
    for (let k = 0; k < NEW_CASES; k++) {
      const text = readFileSync(caseFile(spread(k, NEW_CASES, 0.4)), 'utf8');
      const title = `Ny sak ${k + 1} ${Date.now().toString(36)}`;
      const file = join(corpus, `ny-sak-${k + 1}.mdx`);
      const url = `${base}/saker/ny-sak-${k + 1}/`;
      await sleep(1000);
      const added = save(file, text.replace(/^title: .*$/m, `title: ${JSON.stringify(title)}`));
      measured.addedMs.push(await until(url, (html) => html.includes(heading(title)), added, 'ny sak'));
      await sleep(1000);
      const removed = performance.now();
      unlinkSync(file);
      // Astro sometimes keeps serving a removed case's last version (see docs/performance.md): then
      // there is no figure, and the table says how many of the removals it has.
      measured.removedMs.push(
        await until(url, (_, status) => status === 404, removed, 'sak fjernet', 5 * 60_000).catch(() => NaN),
      );
      console.error(`${n} saker: ny sak ${k + 1} av ${NEW_CASES}`);
    }
    measured.devPeakMiB = peakMiB(server.pid!);
  } catch (e) {
    throw new Error(`${(e as Error).message} (se ${join(out, `lagring-${n}.log`)})`);
  } finally {
    await stop(server);
    running = undefined;
    log.end();
  }
  return measured;
}

const number = (x: number, digits: number) =>
  x.toLocaleString('nb-NO', { minimumFractionDigits: digits, maximumFractionDigits: digits }).replace(/\u00a0/g, ' ');
/** Seconds: a median with its range, or one figure. */
const seconds = (ms: number[]) => {
  const s = ms.filter(Number.isFinite).map((x) => x / 1000);
  if (s.length === 0) return '–';
  const digits = median(s) < 10 ? 1 : 0;
  const missing = s.length < ms.length ? ` (${s.length} av ${ms.length})` : '';
  if (s.length === 1) return `${number(s[0]!, digits)}${missing}`;
  return `${number(median(s), digits)} (${number(Math.min(...s), digits)}–${number(Math.max(...s), digits)})${missing}`;
};

const results = new Map<number, Measured>();
for (const n of corpora) {
  results.set(n, await measure(n));
  console.error(`ferdig: ${n} saker`);
}

const nproc = spawnSync('nproc', { encoding: 'utf8' }).stdout.trim();
const load = existsSync('/proc/loadavg') ? readFileSync('/proc/loadavg', 'utf8').split(' ')[0] : '?';
console.log(
  `\nMaskin: ${nproc} kjerner, Node ${process.version}, belastning (1 min) ${load} ved slutt. ` +
    `Sekunder: median (min–maks).\n`,
);
const columns = [...results.keys()];
const cases = (k: number) => (k === 1 ? '1 sak' : `${k} saker`);
console.log(`| måling | ${columns.map((n) => `${number(n, 0)} saker`).join(' | ')} |`);
console.log(`| --- | ${columns.map(() => '---:').join(' | ')} |`);
const row = (label: string, cell: (m: Measured) => string) =>
  console.log(`| ${label} | ${columns.map((n) => cell(results.get(n)!)).join(' | ')} |`);
row('`npm run dev` til serveren svarer (s)', (m) => seconds([m.answersMs]));
row('… til første saksside er vist (s)', (m) => seconds([m.firstPageMs]));
row(`lagret ny tittel til den vises (s, ${cases(saveCount)})`, (m) => seconds(m.savesMs.title));
row(`lagret ny setning i teksten til den vises (s, ${cases(saveCount)})`, (m) => seconds(m.savesMs.text));
row(`lagret ugyldig verdi til feilmeldingen vises (s, ${cases(brokenCount)})`, (m) => seconds(m.brokenMs));
row('lagret rettet fil til siden er tilbake uten feil (s)', (m) => seconds(m.fixedMs));
row(`ny saksfil til siden vises (s, ${cases(NEW_CASES)})`, (m) => seconds(m.addedMs));
row('slettet saksfil til siden er borte (s)', (m) => seconds(m.removedMs));
row('CPU-tid i dev-serveren per lagret endring (s, med målingens sidevisninger)', (m) => seconds(m.savesCpuMs));
row('toppminne, dev-serveren (MiB)', (m) => (m.devPeakMiB === undefined ? '–' : number(m.devPeakMiB, 0)));
row('`npm run check`, alle sakene (s, 3 kjøringer)', (m) => seconds(m.checkMs));
row('… CPU-tid (s)', (m) => seconds(m.checkCpuMs));
row('toppminne, `npm run check` (MiB)', (m) => number(median(m.checkPeakMiB), 0));
