/**
 * When each case file was added and last changed, read from version control at build time, so
 * «Nye og oppdaterte saker» reflects the real history rather than the date a case was last checked
 * against its sources. One `git log` for all files, not one per case. Where there is no history to
 * read (no git, a shallow clone, a file not yet committed) the case's lastChecked date stands in,
 * and the page says so.
 */
import { execFileSync } from 'node:child_process';
import { basename } from 'node:path';
import { CASES_DIR } from '../model/paths.ts';

export interface FileDates {
  added: Date;
  updated: Date;
}

export interface CaseDates extends FileDates {
  /** «git»: from the file's commits; «lastChecked»: no history, the checked date stands in. */
  from: 'git' | 'lastChecked';
}

const RECORD = '\x1e';

/**
 * Parses `git log --format=%x1e%aI --name-only`, newest commit first, into each file's first and
 * last commit date, keyed by file name without extension (the case's slug).
 */
export function parseGitLog(output: string): Map<string, FileDates> {
  const dates = new Map<string, FileDates>();
  for (const record of output.split(RECORD)) {
    const [date, ...files] = record.split('\n').map((l) => l.trim());
    if (!date) continue;
    const when = new Date(date);
    if (Number.isNaN(when.getTime())) continue;
    for (const file of files) {
      if (!/\.mdx?$/.test(file)) continue;
      const slug = basename(file).replace(/\.mdx?$/, '');
      const seen = dates.get(slug);
      // Newest first: the first commit seen is the last change, the last one seen the addition.
      if (seen) seen.added = when;
      else dates.set(slug, { added: when, updated: when });
    }
  }
  return dates;
}

function git(args: string[]): string {
  return execFileSync('git', args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 64 * 1024 * 1024,
  });
}

let cached: Map<string, FileDates> | null | undefined;

/** Every case file's dates, or null where the history cannot be trusted or read. */
export function readCaseHistory(dir: string = CASES_DIR): Map<string, FileDates> | null {
  if (cached !== undefined) return cached;
  try {
    // A shallow clone's oldest commit is not when a file was added.
    if (git(['rev-parse', '--is-shallow-repository']).trim() === 'true') return (cached = null);
    cached = parseGitLog(git(['log', `--format=${RECORD}%aI`, '--name-only', '--', dir]));
  } catch {
    cached = null;
  }
  return cached;
}

/** A case's dates: from history where there is one, else its lastChecked date for both. */
export function caseDates(
  slug: string,
  lastChecked: Date,
  history: Map<string, FileDates> | null = readCaseHistory(),
): CaseDates {
  const dates = history?.get(slug);
  return dates ? { ...dates, from: 'git' } : { added: lastChecked, updated: lastChecked, from: 'lastChecked' };
}
