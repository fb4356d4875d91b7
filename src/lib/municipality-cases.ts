/** What a municipality's page shows: its own cases, cases it adopted, and comparable cases. */
import type { MunicipalityFacts } from '../model/municipalities.ts';
import type { CaseView } from './cases.ts';
import { rankForMunicipality, type Match } from './comparable.ts';

export function ownCases(m: MunicipalityFacts, cases: readonly CaseView[]): CaseView[] {
  return cases.filter((c) => c.municipalities.some((x) => x.number === m.number));
}

export function adoptedCases(m: MunicipalityFacts, cases: readonly CaseView[]): CaseView[] {
  return cases.filter((c) => c.data.reuse.adoptedBy.includes(m.number));
}

/** The most comparable cases from other municipalities, best first, with the reason. */
export function comparableCases(
  m: MunicipalityFacts,
  cases: readonly CaseView[],
  limit = 8,
): { view: CaseView; match: Match }[] {
  return rankForMunicipality(
    m,
    cases.map((view) => ({ view, places: view.municipalities })),
  )
    .filter((r) => r.match.score > 0)
    .slice(0, limit)
    .map((r) => ({ view: r.item.view, match: r.match }));
}
