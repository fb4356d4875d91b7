/**
 * How problems are shown to a contributor: one line each, «fil:linje: felt: problem. Tillatt: …
 * Mente du …?», and a report that stays readable with ten thousand of them.
 */
import type { Problem } from './content.ts';

/** «fil:linje: felt: problem. Tillatt: … Mente du …?» */
export function formatProblem(p: Problem): string {
  const where = p.line !== undefined ? `${p.file}:${p.line}` : p.file;
  const parts = [where, p.field, p.problem].filter(Boolean).join(': ');
  const allowed = p.allowed ? ` Tillatt: ${p.allowed}.` : '';
  const suggestion = p.suggestion
    ? ` Mente du ${p.suggestion.startsWith('"') ? p.suggestion : `«${p.suggestion}»`}?`
    : '';
  return `${parts}${/[.?!]$/.test(parts) ? '' : '.'}${allowed}${suggestion}`;
}

/** The one-line summary: how many problems in how many files. */
export function summary(problems: readonly Problem[], checked: number, noun = 'filer'): string {
  const files = new Set(problems.map((p) => p.file)).size;
  return `${problems.length} feil i ${files} av ${checked} ${noun}.`;
}

/**
 * The whole report as lines, bounded: at most `limit` problem lines. On a terminal the summary comes
 * last, where the eye is; in a log (CI, a pipe) it comes first, so a cut log still has it.
 */
export function reportLines(
  problems: readonly Problem[],
  checked: number,
  options: { terminal: boolean; limit?: number },
): string[] {
  const limit = options.limit ?? 200;
  const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  const lines = sorted.slice(0, limit).map(formatProblem);
  if (sorted.length > limit)
    lines.push(`… og ${sorted.length - limit} feil til (rett de første og kjør sjekken igjen).`);
  const head = summary(problems, checked);
  return options.terminal ? [...lines, '', head] : [head, '', ...lines];
}
