/**
 * Compounds and misspellings, for the wider search (src/islands/search-wider.ts), which the search
 * page loads only when a query finds few cases. Pure functions over the index's word list.
 */

/**
 * A compound as two words the index knows, with the linking «s» or «e» allowed:
 * «eldreomsorg» → [«eldre», «omsorg»], «arbeidsinkludering» → [«arbeid», «inkludering»].
 * The split with the longest shorter part wins. Null when no split into known words exists.
 */
export function splitCompound(word: string, known: (w: string) => boolean): [string, string] | null {
  let best: [string, string] | null = null;
  for (let i = 3; i <= word.length - 3; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (!known(tail)) continue;
    const first = known(head) ? head : /[se]$/.test(head) && known(head.slice(0, -1)) ? head.slice(0, -1) : null;
    if (
      first &&
      first.length >= 3 &&
      (!best || Math.min(first.length, tail.length) > Math.min(best[0].length, best[1].length))
    ) {
      best = [first, tail];
    }
  }
  return best;
}

/** Edit distance with transpositions (optimal string alignment), stopping early above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * The closest word of the index to a word it does not have, or null. `known` is ordered by how many
 * cases use the word, most first, so among equally close words the commoner wins. One edit is allowed
 * for short words, two from eight letters.
 */
export function closestWord(word: string, known: readonly string[]): string | null {
  const max = word.length >= 8 ? 2 : 1;
  if (word.length < 4) return null;
  let best: string | null = null;
  let bestDistance = max + 1;
  for (const candidate of known) {
    if (candidate === word) return null;
    const d = editDistance(word, candidate, Math.min(max, bestDistance - 1));
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
