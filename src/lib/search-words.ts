/**
 * How the search reads Norwegian queries. The index is built without a stemmer (Pagefind's Norwegian
 * stemmer cuts «demens» to «dem», the pronoun), and Pagefind matches every query word as a prefix of
 * the indexed words. So a query word only needs its inflection taken off: «sykehjemmet» → «sykehjem»
 * then finds «sykehjem», «sykehjemmet» and «sykehjemsplasser». Small words are dropped, compounds are
 * split into known words, and a misspelt word is matched to the closest word the index has.
 *
 * Pure functions: the search page runs them in the browser, the build runs them on the case texts.
 */

/** Words that say nothing about a case: they must not decide a match. */
export const STOP_WORDS = new Set(
  (
    'og i for på til med av en ei et som det den de å om fra ved er at har var eller men så jeg vi dem ' +
    'hva hvordan der sin sitt sine seg nå kan skal blir ble mot etter under over uten hos inn ut opp her ' +
    'the of and in to'
  ).split(' '),
);

// Endings of Norwegian nouns, adjectives and verbs, longest first, and the «-het» and «-ing» that
// make nouns of them («frivillighet» → «frivillig», «rekruttering» → «rekrutter»). Only taken off
// when at least four letters remain, so «unge», «Agder» and «rus» stay whole.
const ENDINGS = [
  'hetene',
  'heten',
  'het',
  'ingene',
  'ingen',
  'inger',
  'ing',
  'ene',
  'ane',
  'ers',
  'er',
  'en',
  'et',
  'e',
  'a',
];
const MIN_STEM = 4;

/** Splits text into lower-case words (letters and digits). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** «sykehjemmet» → «sykehjem», «frivillige» → «frivillig», «demens» → «demens». */
export function stem(word: string): string {
  for (const ending of ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= MIN_STEM) {
      const rest = word.slice(0, -ending.length);
      // «sykehjemm-et», «ungdomm-er»: the consonant is doubled only before the ending.
      return /([bdfgklmnprstv])\1$/.test(rest) && rest.length > MIN_STEM ? rest.slice(0, -1) : rest;
    }
  }
  return word;
}

/** The words of a query that decide a match, without small words; all of them if it has only small words. */
export function queryWords(query: string): string[] {
  const all = words(query);
  const kept = all.filter((w) => !STOP_WORDS.has(w));
  return kept.length > 0 ? kept : all;
}

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
