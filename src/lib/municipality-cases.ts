/** What a municipality's page shows: its own cases, cases it adopted, and comparable cases. */
import type { MunicipalityFacts } from '../model/municipalities.ts';
import type { CaseView } from './cases.ts';
import { compareCase, type Match, type Place } from './comparable.ts';

export const placesOf = (view: CaseView): Place[] => view.municipalities;

export function ownCases(m: MunicipalityFacts, cases: readonly CaseView[]): CaseView[] {
  return cases.filter((c) => c.municipalities.some((x) => x.number === m.number));
}

export function adoptedCases(m: MunicipalityFacts, cases: readonly CaseView[]): CaseView[] {
  return cases.filter((c) => c.data.reuse.adoptedBy.includes(m.number));
}

/**
 * The most comparable cases from other municipalities, best first, with the reason; equal matches
 * keep the order of `cases` (by title). Scores are small whole numbers, so the cases are dealt into
 * buckets by score in one pass: the cost grows with the number of cases, not with sorting them.
 */
export function comparableCases(
  m: MunicipalityFacts,
  cases: readonly CaseView[],
  limit = 8,
): { view: CaseView; match: Match }[] {
  const buckets: { view: CaseView; match: Match }[][] = [];
  for (const view of cases) {
    if (view.municipalities.some((p) => p.number === m.number)) continue;
    const match = compareCase(m, placesOf(view));
    if (match.score > 0) (buckets[match.score] ??= []).push({ view, match });
  }
  return buckets
    .reverse()
    .flatMap((b) => b ?? [])
    .slice(0, limit);
}
