/**
 * Peak memory of a command and every process it starts, sampled from /proc. GNU time reports only
 * the largest single process; a build whose Node process and Pagefind's indexer run at the same time
 * needs their sum, which is what a machine must have.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Run {
  seconds: number;
  output: string;
  status: number | null;
  /** The largest sum of resident memory of the process tree at one moment, in MiB. */
  peakTotalMiB: number;
  /** The largest resident memory each program reached, by name, in MiB. */
  peakByProgram: Record<string, number>;
}

function residentKiB(pid: number): { name: string; ppid: number; kib: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (k: string) => new RegExp(`^${k}:\\s*(\\S+)`, 'm').exec(status)?.[1];
    return { name: field('Name') ?? '?', ppid: Number(field('PPid')), kib: Number(field('VmRSS') ?? 0) };
  } catch {
    return undefined; // the process ended between listing and reading
  }
}

/** The process with `root` and all its descendants, with their resident memory now. */
function tree(root: number): { name: string; kib: number }[] {
  const all = new Map<number, { name: string; ppid: number; kib: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const info = residentKiB(Number(entry));
    if (info) all.set(Number(entry), info);
  }
  const inTree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, info] of all) {
      if (!inTree.has(pid) && inTree.has(info.ppid)) {
        inTree.add(pid);
        grew = true;
      }
    }
  }
  return [...inTree].flatMap((pid) => (all.has(pid) ? [all.get(pid)!] : []));
}

export function runMeasured(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<Run> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let peakTotal = 0;
    const peakByProgram: Record<string, number> = {};
    const sample = () => {
      const processes = tree(child.pid!);
      peakTotal = Math.max(
        peakTotal,
        processes.reduce((sum, p) => sum + p.kib, 0),
      );
      for (const p of processes) peakByProgram[p.name] = Math.max(peakByProgram[p.name] ?? 0, p.kib);
    };
    const timer = setInterval(sample, 100);
    child.on('close', (status) => {
      clearInterval(timer);
      resolve({
        seconds: (performance.now() - started) / 1000,
        output,
        status,
        peakTotalMiB: peakTotal / 1024,
        peakByProgram: Object.fromEntries(Object.entries(peakByProgram).map(([k, v]) => [k, v / 1024])),
      });
    });
  });
}
