import { foldForSearch } from '../model/municipality.ts';

/** Edit distance (insertions, deletions, substitutions, and swaps of two neighbours). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
      }
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The closest candidate to what someone typed, if it is close enough to be a likely typo: at most
 * a third of the word's letters wrong (and at least one allowed).
 */
export function closest(typed: string, candidates: readonly string[]): string | undefined {
  const t = foldForSearch(typed.trim());
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const c = foldForSearch(candidate);
    const distance = c === t ? 0 : c.startsWith(t) && t.length >= 4 ? 1 : editDistance(t, c);
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  if (!best) return undefined;
  return best.distance <= Math.max(1, Math.floor(t.length / 3)) ? best.candidate : undefined;
}
