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

/** «1 250» with a narrow no-break space, as nb-NO writes numbers. */
const nf = new Intl.NumberFormat('nb-NO');

/**
 * Where the case happened, for a result card: municipalities by name, otherwise the place as the
 * sources give it, with the country once («Stockholm, Sverige», not «Sverige, Sverige»).
 */
export function placeText(view: CaseView): string {
  const { data } = view;
  if (view.municipalities.length > 0) return view.placeLabel;
  const country = data.country !== 'NO' ? countries.label(data.country) : '';
  const place = data.place ?? '';
  if (!place) return country || 'Hele landet';
  return country && !place.includes(country) ? `${place}, ${country}` : place;
}

/**
 * What a result card shows, carried as Pagefind metadata on the case page (read only for the
 * results shown). `kommuner` lists each municipality as «name|population|size class|size band», so
 * the card can say which municipality of a multi-municipality case matched a size filter.
 */
export function searchMeta(view: CaseView): Record<string, string> {
  const { data } = view;
  return {
    sted: placeText(view),
    storrelse: view.sizeClasses.map((k) => sizeClasses.find((c) => c.key === k)!.label).join(', '),
    status: statuses.label(data.status),
    trinn: view.step
      ? `Trinn ${view.step.step} av 5 på samskapingstrappen: ${view.step.label}`
      : 'Ikke på samskapingstrappen',
    stige: view.rung
      ? `Trinn ${view.rung.rung} av 8 på Arnsteins stige: ${view.rung.label}`
      : 'Ikke på Arnsteins stige',
    omrader: data.serviceAreas.map((k) => serviceAreas.label(k)).join(', '),
    kommuner: view.municipalities
      .map((m) => `${m.name}|${nf.format(m.population)}|${m.sizeClass}|${m.sizeBand}`)
      .join(';'),
  };
}
