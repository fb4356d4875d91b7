/**
 * What pages need to know about a case beyond its frontmatter: the facts derived from SSB's register
 * (county, population, size class) and the ladder placements resolved to their terms. Derived here,
 * once, so no page computes them differently.
 */
import type { CaseData } from '../model/case-schema.ts';
import { rungNumber, stepNumber } from '../model/case-schema.ts';
import { municipality, type MunicipalityFacts } from '../model/municipalities.ts';
import { arnsteinRungs, coCreationSteps, countries, sizeClasses, type SizeClassKey } from '../model/vocabularies.ts';

export interface CaseView {
  slug: string;
  data: CaseData;
  municipalities: MunicipalityFacts[];
  /** Counties of the municipalities, without repeats, alphabetically. */
  counties: { number: string; name: string }[];
  sizeClasses: SizeClassKey[];
  /** «Trondheim», «Lillehammer, Øyer, Gausdal og Ringebu», «Odense, Danmark». */
  placeLabel: string;
  /** The step, or null where neither residents, volunteers nor civil society take part. */
  step: (typeof coCreationSteps)[number] | null;
  /** The rung, or null where citizens play no part. */
  rung: (typeof arnsteinRungs)[number] | null;
}

/** «a, b og c» */
export function joinNorwegian(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} og ${items.at(-1)}`;
}

export function caseView(slug: string, data: CaseData): CaseView {
  const ms = data.municipalities.map((n) => municipality(n)!).filter(Boolean);
  const counties = [
    ...new Map(ms.map((m) => [m.countyNumber, { number: m.countyNumber, name: m.countyName }])).values(),
  ].sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  const sizeOrder = sizeClasses.map((c) => c.key);
  const classes = [...new Set(ms.map((m) => m.sizeClass))].sort((a, b) => sizeOrder.indexOf(a) - sizeOrder.indexOf(b));
  // Official names, parallel Sámi and Kven names included: «Raarvihke - Røyrvik», not one of them.
  const names = ms.map((m) => m.name);
  const abroad = data.country !== 'NO' ? countries.label(data.country) : undefined;
  const placeLabel =
    names.length > 0 ? joinNorwegian(names) : [data.place, abroad].filter(Boolean).join(', ') || 'Hele landet';
  const n = rungNumber(data.arnstein.rung);
  const s = stepNumber(data.coCreation.step);
  return {
    slug,
    data,
    municipalities: ms,
    counties,
    sizeClasses: classes,
    placeLabel,
    step: s === null ? null : coCreationSteps[s - 1]!,
    rung: n === null ? null : arnsteinRungs[n - 1]!,
  };
}

/** Sorted by title, the Norwegian way (æøå last). */
export function byTitle(a: CaseView, b: CaseView): number {
  return a.data.title.localeCompare(b.data.title, 'nb');
}
