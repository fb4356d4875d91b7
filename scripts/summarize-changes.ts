/**
 * Prints a Markdown summary of the case files changed since a base revision (default origin/main).
 * Usage: node scripts/summarize-changes.ts [BASE] [--tekst]   (--tekst: plain text, for the comment)
 */
import { execFileSync } from 'node:child_process';
import { summarize, type CaseChange } from '../src/contribute/summarize-changes.ts';
import { CASES_DIR } from '../src/model/paths.ts';

const args = process.argv.slice(2);
const text = args.includes('--tekst');
const base = args.find((a) => !a.startsWith('--')) ?? 'origin/main';
const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' });
const show = (rev: string, path: string) => {
  try {
    return git('show', `${rev}:${path}`);
  } catch {
    return undefined;
  }
};
const STATUS: Record<string, CaseChange['status']> = { A: 'added', M: 'modified', D: 'deleted', R: 'renamed' };

const changes: CaseChange[] = git('diff', '--name-status', '-M', `${base}...HEAD`, '--', CASES_DIR)
  .split('\n')
  .filter(Boolean)
  .map((line) => {
    const [code, first, second] = line.split('\t') as [string, string, string | undefined];
    const path = second ?? first;
    return { status: STATUS[code[0]!] ?? 'modified', path, before: show(base, first), after: show('HEAD', path) };
  });
process.stdout.write(summarize(changes, text ? 'text' : 'markdown'));
