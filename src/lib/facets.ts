/**
 * The search filters, derived from the vocabularies. Case pages write each case's values as Pagefind
 * filters from here, and the search page builds its filter form from here, so the two cannot differ.
 * Filter names and values are stable keys (they go in shareable URLs); labels are for readers.
 */
import { ARNSTEIN_NONE, COCREATION_NONE } from '../model/vocabularies.ts';
import { counties } from '../model/municipalities.ts';
import {
  actorTypes,
  arnsteinRungs,
  coCreationSteps,
  serviceAreas,
  sizeBands,
  sizeClasses,
  statuses,
} from '../model/vocabularies.ts';
import type { CaseView } from './cases.ts';
import { hasSpread, SPREAD } from './spread.ts';

export interface FacetValue {
  key: string;
  label: string;
}

export interface Facet {
  /** Pagefind filter name and URL parameter. */
  name: string;
  /** Legend of the filter group. */
  label: string;
  values: FacetValue[];
  /** This case's values (keys). */
  of: (c: CaseView) => string[];
}

export const NO_RUNG = ARNSTEIN_NONE;
export const NO_STEP = COCREATION_NONE;
export const ABROAD = 'utland';
export const NATIONAL = 'nasjonal';

/**
 * The kinds of page in the search index (the Pagefind filter «type»). Case pages get theirs from the
 * facet below; programme and concept pages write the same filter with their own value.
 */
export const PAGE_TYPES = {
  case: { key: 'sak', label: 'Saker' },
  programme: { key: 'virkemiddel', label: 'Virkemidler' },
  concept: { key: 'begrep', label: 'Begreper' },
} as const;

export const facets: Facet[] = [
  {
    name: 'type',
    label: 'Type side',
    values: Object.values(PAGE_TYPES).map(({ key, label }) => ({ key, label })),
    of: () => [PAGE_TYPES.case.key],
  },
  {
    name: 'tjenesteomrade',
    label: 'Tjenesteområde',
    values: serviceAreas.terms.map(({ key, label }) => ({ key, label })),
    of: (c) => [...c.data.serviceAreas],
  },
  {
    name: 'storrelse',
    label: 'Kommunestørrelse',
    values: sizeClasses.map(({ key, label, range }) => ({ key, label: `${label} (${range})` })),
    of: (c) => [...c.sizeClasses],
  },
  {
    // Finer than the size classes, for «kommuner på størrelse med min» and neighbouring sizes.
    name: 'innbyggere',
    label: 'Innbyggertall',
    values: sizeBands.map(({ key, label }) => ({ key, label: `${label} innbyggere` })),
    of: (c) => [...new Set(c.municipalities.map((m) => m.sizeBand))],
  },
  {
    name: 'trinn',
    label: 'Samskapingstrappen',
    values: [
      ...coCreationSteps.map(({ step, label }) => ({ key: String(step), label: `${step}. ${label}` })),
      { key: NO_STEP, label: 'Bare offentlige aktører' },
    ],
    of: (c) => [c.step ? String(c.step.step) : NO_STEP],
  },
  {
    name: 'arnstein',
    label: 'Arnsteins stige',
    values: [
      ...arnsteinRungs.map(({ rung, key, label }) => ({ key, label: `${rung}. ${label}` })),
      { key: NO_RUNG, label: 'Innbyggerne deltar ikke' },
    ],
    of: (c) => [c.rung?.key ?? NO_RUNG],
  },
  {
    name: 'fylke',
    label: 'Fylke',
    values: [
      ...counties.map(({ number, name }) => ({ key: number, label: name })),
      { key: NATIONAL, label: 'Nasjonalt eller uten kommune' },
      { key: ABROAD, label: 'Utlandet' },
    ],
    of: (c) =>
      c.counties.length > 0 ? c.counties.map((k) => k.number) : [c.data.country === 'NO' ? NATIONAL : ABROAD],
  },
  {
    name: 'status',
    label: 'Status',
    values: statuses.terms.map(({ key, label }) => ({ key, label })),
    // A case adopted by others counts as spread as well as by its own status (lib/spread.ts).
    of: (c) => (hasSpread(c.data) && c.data.status !== SPREAD ? [c.data.status, SPREAD] : [c.data.status]),
  },
  {
    name: 'aktor',
    label: 'Aktører',
    values: actorTypes.terms.map(({ key, label }) => ({ key, label })),
    of: (c) => [...new Set(c.data.actors.map((a) => a.type))],
  },
];
