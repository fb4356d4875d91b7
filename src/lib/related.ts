/**
 * Related cases on a case page, computed at build time from what two cases share: service areas,
 * target groups, places on the ladders and the size of their municipalities. Each comes with the
 * reason in words, so a reader can judge the link.
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

export function relatedCases(view: CaseView, all: readonly CaseView[], limit = 4): Related[] {
  return all
    .filter((other) => other.slug !== view.slug && other.data.partOf !== view.slug && view.data.partOf !== other.slug)
    .map((other) => {
      const areas = shared(view.data.serviceAreas, other.data.serviceAreas);
      const groups = shared(view.data.targetGroups, other.data.targetGroups);
      const sizes = shared(view.sizeClasses, other.sizeClasses);
      const sameStep = view.step !== null && view.step.step === other.step?.step;
      const sameRung = view.rung !== null && view.rung.group === other.rung?.group;
      const score = areas.length * 2 + groups.length + (sameStep ? 1 : 0) + (sameRung ? 1 : 0) + (sizes.length > 0 ? 1 : 0);
      const reasons = [
        areas.length > 0 && `samme tjenesteområde (${joinNorwegian(areas.map((k) => serviceAreas.label(k).toLowerCase()))})`,
        groups.length > 0 && `samme målgruppe (${joinNorwegian(groups.map((k) => targetGroups.label(k).toLowerCase()))})`,
        sameStep && 'samme trinn på samskapingstrappen',
        sizes.length > 0 && 'kommuner av samme størrelsesklasse',
      ].filter((r): r is string => Boolean(r));
      return { view: other, score, reason: reasons.join('; ') };
    })
    // At least a shared service area, and more than that alone.
    .filter((r) => r.score >= 3 && r.reason.includes('tjenesteområde'))
    .sort((a, b) => b.score - a.score || a.view.data.title.localeCompare(b.view.data.title, 'nb'))
    .slice(0, limit);
}
