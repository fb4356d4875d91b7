/**
 * What a case is tagged with, in words, for the search index: the labels of its service areas and
 * target groups, its status and size class, and its places. The case page carries them as Pagefind
 * metadata, so «eldreomsorg» finds every case tagged «Eldreomsorg og demens» although the text never
 * uses the word, and the labels do not run into the excerpts.
 */
import type { CaseView } from './cases.ts';
import { actorTypes, countries, serviceAreas, sizeClasses, statuses, targetGroups } from '../model/vocabularies.ts';

export function caseKeywords(view: CaseView): string {
  const { data } = view;
  return [
    ...data.serviceAreas.map((k) => serviceAreas.label(k)),
    ...data.targetGroups.map((k) => targetGroups.label(k)),
    ...[...new Set(data.actors.map((a) => a.type))].map((k) => actorTypes.label(k)),
    statuses.label(data.status),
    ...view.sizeClasses.map((k) => sizeClasses.find((c) => c.key === k)!.label),
    ...view.municipalities.map((m) => m.name),
    ...view.counties.map((c) => c.name),
    ...data.historicalNames,
    data.place ?? '',
    data.country !== 'NO' ? countries.label(data.country) : '',
  ]
    .filter(Boolean)
    .join(' · ');
}
