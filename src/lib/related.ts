/**
 * Related cases on a case page, computed at build time from what two cases share: service areas,
 * target groups, places on the ladders and the size of their municipalities. Each comes with the
 * reason in words, so a reader can judge the link.
 *
 * Only cases that share a service area can be related, so candidates come from an index by service
 * area, and only the best few are kept: the cost grows with the cases that share an area, not with
 * every pair of cases.
 */
import { serviceAreas, targetGroups } from '../model/vocabularies.ts';
import type { CaseView } from './cases.ts';
import { joinNorwegian } from './cases.ts';

export interface Related {
  view: CaseView;
  score: number;
  reason: string;
}

const shared = <T>(a: readonly T[], b: readonly T[]) => a.filter((x) => b.includes(x));

const indexes = new WeakMap<readonly CaseView[], Map<string, CaseView[]>>();

function byArea(all: readonly CaseView[]): Map<string, CaseView[]> {
  let index = indexes.get(all);
  if (!index) {
    index = new Map();
    for (const c of all) for (const a of c.data.serviceAreas) index.set(a, [...(index.get(a) ?? []), c]);
    indexes.set(all, index);
  }
  return index;
}

/** How much two cases share; a small whole number, so ranking needs no sorting of strings. */
function score(view: CaseView, other: CaseView): number {
  const areas = shared(view.data.serviceAreas, other.data.serviceAreas).length;
  const groups = shared(view.data.targetGroups, other.data.targetGroups).length;
  const sizes = shared(view.sizeClasses, other.sizeClasses).length;
  const sameStep = view.step !== null && view.step.step === other.step?.step;
  const sameRung = view.rung !== null && view.rung.group === other.rung?.group;
  return areas * 2 + groups + (sameStep ? 1 : 0) + (sameRung ? 1 : 0) + (sizes > 0 ? 1 : 0);
}

/** The reason in words, built only for the few cases shown. */
function reason(view: CaseView, other: CaseView): string {
  const areas = shared(view.data.serviceAreas, other.data.serviceAreas);
  const groups = shared(view.data.targetGroups, other.data.targetGroups);
  return [
    areas.length > 0 && `samme tjenesteområde (${joinNorwegian(areas.map((k) => serviceAreas.label(k).toLowerCase()))})`,
    groups.length > 0 && `samme målgruppe (${joinNorwegian(groups.map((k) => targetGroups.label(k).toLowerCase()))})`,
    view.step !== null && view.step.step === other.step?.step && 'samme trinn på samskapingstrappen',
    shared(view.sizeClasses, other.sizeClasses).length > 0 && 'kommuner av samme størrelsesklasse',
  ]
    .filter((r): r is string => Boolean(r))
    .join('; ');
}

/**
 * The best related cases, best first; equal scores keep the order of `all` (by title). Candidates
 * come from the index by service area; the best few are kept in score buckets, so no list of
 * candidates is ever sorted.
 */
export function relatedCases(view: CaseView, all: readonly CaseView[], limit = 4): Related[] {
  const index = byArea(all);
  const order = positions(all);
  const seen = new Set<string>([view.slug]);
  const buckets: CaseView[][] = [];
  for (const area of view.data.serviceAreas) {
    for (const other of index.get(area) ?? []) {
      if (seen.has(other.slug)) continue;
      seen.add(other.slug);
      if (other.data.partOf === view.slug || view.data.partOf === other.slug) continue;
      const s = score(view, other);
      // At least a shared service area (2), and more than that alone.
      if (s < 3) continue;
      (buckets[s] ??= []).push(other);
    }
  }
  const best: Related[] = [];
  for (let s = buckets.length - 1; s >= 3 && best.length < limit; s--) {
    const bucket = (buckets[s] ?? []).sort((a, b) => order.get(a.slug)! - order.get(b.slug)!);
    for (const other of bucket.slice(0, limit - best.length)) best.push({ view: other, score: s, reason: reason(view, other) });
  }
  return best;
}

const orders = new WeakMap<readonly CaseView[], Map<string, number>>();
function positions(all: readonly CaseView[]): Map<string, number> {
  let order = orders.get(all);
  if (!order) {
    order = new Map(all.map((c, i) => [c.slug, i]));
    orders.set(all, order);
  }
  return order;
}
