/**
 * The wider search, loaded only when a query finds few cases or a word it does not know: the closest
 * known word for a misspelling, compounds split into their parts, and the cases with some of the
 * words. The index's words come from /sok/ord.json (see src/lib/word-list.ts).
 */
import { closestWord, splitCompound } from '../lib/search-spelling.ts';
import { stem } from '../lib/search-words.ts';
import type { PagefindResult, PagefindSearch } from './search.ts';

interface Input {
  /** Searches words as the search page does: as prefixes, a short word whole. */
  search: (words: string[]) => Promise<PagefindSearch | null>;
  /** The query's words as typed, without small words, and with their endings taken off. */
  typed: string[];
  terms: string[];
  main: PagefindResult[];
  words: { list: string[]; set: Set<string> };
  few: number;
}

/** Results of several searches, without repeats, in the order given. */
function union(...lists: PagefindResult[][]): PagefindResult[] {
  const seen = new Set<string>();
  return lists.flat().filter((r) => !seen.has(r.id) && seen.add(r.id));
}

export async function widen({ search, typed, terms, main, words, few }: Input) {
  let wide: PagefindResult[] = [];
  let suggested = '';
  let corrected = false;
  const knows = (t: string) => words.set.has(t) || words.list.some((w) => w.startsWith(t));
  // A word the index does not have: the closest one it does.
  const fixed = typed.map((w, i) => (knows(terms[i]!) ? w : (closestWord(w, words.list) ?? w)));
  if (fixed.some((w, i) => w !== typed[i])) {
    suggested = fixed.join(' ');
    const better = await search(fixed.map(stem));
    if (better && better.results.length > 0) {
      main = better.results;
      corrected = true;
    }
  }
  const used = corrected ? fixed.map(stem) : terms;
  const written = corrected ? fixed : typed;
  // Compounds meet their parts: «eldreomsorg» also finds «omsorg for eldre». The word as written is
  // split first («arbeidsinkludering», not «arbeidsinkluder»), then each part loses its ending.
  const known = (w: string) => words.set.has(w);
  const split = used.map((t, i) => {
    const parts = splitCompound(written[i]!, known) ?? splitCompound(t, known);
    return parts && (parts.map(stem) as [string, string]);
  });
  if (main.length < few && split.some(Boolean)) {
    const parts = used.flatMap((t, i) => split[i] ?? [t]);
    main = union(main, (await search(parts))?.results ?? []);
  }
  // Some of the words, best first by how many of them a case has.
  if (main.length < few && used.length > 1) {
    const each = await Promise.all(used.map((t) => search([t])));
    const hits = new Map<string, { r: PagefindResult; n: number; score: number }>();
    for (const s of each) {
      for (const r of s?.results ?? []) {
        const h = hits.get(r.id) ?? { r, n: 0, score: 0 };
        h.n += 1;
        h.score += r.score;
        hits.set(r.id, h);
      }
    }
    const inMain = new Set(main.map((r) => r.id));
    wide = [...hits.values()]
      .filter((h) => !inMain.has(h.r.id))
      .sort((a, b) => b.n - a.n || b.score - a.score)
      .map((h) => h.r);
  }
  return { main, wide, suggested, corrected };
}
