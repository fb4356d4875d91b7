import { editDistance } from '../lib/edit-distance.ts';
import { foldForSearch } from '../model/municipality.ts';

export { editDistance };

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
