/**
 * The orders the search page can list pages in besides relevance: by name, newest first, and by the
 * size of the largest municipality. They are worked out here, once per build, not by Pagefind:
 * Pagefind's sort keys sit in the metadata file every first search downloads (143 KB at 10 000
 * cases), while these lists are fetched only when a reader asks for an order (src/islands/search.ts).
 * Each list holds every page; a page without the value (no start year, no municipality) comes last,
 * by name, whichever way the order runs.
 */
import type { CaseView } from './cases.ts';

/** One indexed page, by its path from the site root as Pagefind records it (without the base path). */
export interface SortablePage {
  path: string;
  title: string;
  year?: number;
  population?: number;
}

export const ORDER_KEYS = ['navn', 'nyest', 'minst', 'storst'] as const;
export type OrderKey = (typeof ORDER_KEYS)[number];

const collator = new Intl.Collator('nb');

export function sortableCase(view: CaseView): SortablePage {
  const { start, end } = view.data.period;
  const populations = view.municipalities.map((m) => m.population);
  return {
    path: `/saker/${view.slug}/`,
    title: view.data.title,
    year: start ?? end ?? undefined,
    population: populations.length > 0 ? Math.max(...populations) : undefined,
  };
}

/** Every order as a list of paths. */
export function searchOrders(pages: SortablePage[]): Record<OrderKey, string[]> {
  const byName = [...pages].sort((a, b) => collator.compare(a.title, b.title) || collator.compare(a.path, b.path));
  const rank = new Map(byName.map((p, i) => [p, i]));
  const by = (value: (p: SortablePage) => number | undefined, direction: 1 | -1) =>
    [...byName]
      .sort((a, b) => {
        const x = value(a);
        const y = value(b);
        if (x === undefined || y === undefined) return (x === undefined ? 1 : 0) - (y === undefined ? 1 : 0);
        return direction * (x - y) || rank.get(a)! - rank.get(b)!;
      })
      .map((p) => p.path);
  return {
    navn: byName.map((p) => p.path),
    nyest: by((p) => p.year, -1),
    minst: by((p) => p.population, 1),
    storst: by((p) => p.population, -1),
  };
}
