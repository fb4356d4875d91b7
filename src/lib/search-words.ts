/**
 * How the search reads Norwegian queries. The index is built without a stemmer (Pagefind's Norwegian
 * stemmer cuts «demens» to «dem», the pronoun), and Pagefind matches every query word as a prefix of
 * the indexed words. So a query word only needs its inflection taken off: «sykehjemmet» → «sykehjem»
 * then finds «sykehjem», «sykehjemmet» and «sykehjemsplasser». Small words are dropped, compounds are
 * split into known words, and a misspelt word is matched to the closest word the index has
 * (src/lib/search-spelling.ts).
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
