/**
 * The words of the indexed case pages, for splitting compounds and for «Mente du …?» on the search
 * page: each word once, ordered by how many cases use it, most first. Read from the built pages, so
 * it holds exactly the words the index can match.
 */
import { words } from './search-words.ts';

/** Enough for every word a real case uses twice, small enough to fetch on demand. */
export const MAX_WORDS = 8000;

/** The text Pagefind indexes on a case page: the article and the keywords, not what it is told to ignore. */
export function indexedText(html: string): string {
  const start = html.indexOf('<article');
  const article = start < 0 ? '' : html.slice(start, html.indexOf('</article>', start));
  const keywords = [...html.matchAll(/data-pagefind-meta="(?:title|stikkord)\[content\]" content="([^"]*)"/g)].map(
    (m) => m[1],
  );
  return [article.replace(/<(aside|section|p)[^>]*data-pagefind-ignore[\s\S]*?<\/\1>/g, ' '), ...keywords]
    .join(' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[#\w]+;/g, ' ');
}

export function wordList(pages: Iterable<string>): string[] {
  const cases = new Map<string, number>();
  for (const html of pages) {
    for (const w of new Set(words(indexedText(html)))) {
      if (w.length >= 3 && !/^\d+$/.test(w)) cases.set(w, (cases.get(w) ?? 0) + 1);
    }
  }
  return [...cases]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'nb'))
    .slice(0, MAX_WORDS)
    .map(([w]) => w);
}
