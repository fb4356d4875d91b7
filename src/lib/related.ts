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

function score(view: CaseView, other: CaseView): Related {
  const areas = shared(view.data.serviceAreas, other.data.serviceAreas);
  const groups = shared(view.data.targetGroups, other.data.targetGroups);
  const sizes = shared(view.sizeClasses, other.sizeClasses);
  const sameStep = view.step !== null && view.step.step === other.step?.step;
  const sameRung = view.rung !== null && view.rung.group === other.rung?.group;
  const reasons = [
    areas.length > 0 && `samme tjenesteområde (${joinNorwegian(areas.map((k) => serviceAreas.label(k).toLowerCase()))})`,
    groups.length > 0 && `samme målgruppe (${joinNorwegian(groups.map((k) => targetGroups.label(k).toLowerCase()))})`,
    sameStep && 'samme trinn på samskapingstrappen',
    sizes.length > 0 && 'kommuner av samme størrelsesklasse',
  ].filter((r): r is string => Boolean(r));
  return {
    view: other,
    score: areas.length * 2 + groups.length + (sameStep ? 1 : 0) + (sameRung ? 1 : 0) + (sizes.length > 0 ? 1 : 0),
    reason: reasons.join('; '),
  };
}

const better = (a: Related, b: Related) => b.score - a.score || a.view.data.title.localeCompare(b.view.data.title, 'nb');

export function relatedCases(view: CaseView, all: readonly CaseView[], limit = 4): Related[] {
  const index = byArea(all);
  const seen = new Set<string>([view.slug]);
  const best: Related[] = [];
  for (const area of view.data.serviceAreas) {
    for (const other of index.get(area) ?? []) {
      if (seen.has(other.slug)) continue;
      seen.add(other.slug);
      if (other.data.partOf === view.slug || view.data.partOf === other.slug) continue;
      const r = score(view, other);
      // At least a shared service area, and more than that alone.
      if (r.score < 3) continue;
      if (best.length < limit || better(r, best[best.length - 1]!) < 0) {
        best.push(r);
        best.sort(better);
        if (best.length > limit) best.pop();
      }
    }
  }
  return best;
}
