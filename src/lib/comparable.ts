/**
 * How comparable a case's municipality is to yours, and why, in words. One module for the build
 * (municipality pages) and the browser (the finder), so both rank the same way.
 *
 * Size matters most: a small municipality learns most from others of its size. Then the county,
 * then the part of the country. A case without a municipality (national, abroad) can still be
 * relevant, but ranks after those that share something.
 */

import { sizeBands } from '../model/sizes.ts';

export interface Place {
  number: string;
  countyNumber: string;
  sizeBand: string;
  /** Named in the reason when a case has several municipalities, so it says which one matched. */
  name?: string;
}

export interface Match {
  score: number;
  /** «samme størrelse, samme fylke» */
  reason: string;
}

/** Population bands in order, smallest first: the one list of size labels (vocabularies.ts). */
export const BAND_ORDER: readonly string[] = sizeBands.map((b) => b.key);
const bandLabel = (key: string) => sizeBands.find((b) => b.key === key)?.label ?? key;

/**
 * Parts of the country (landsdeler) by county number, as commonly grouped: Østlandet, Sørlandet,
 * Vestlandet, Trøndelag and Nord-Norge.
 */
export const REGION_OF_COUNTY: Record<string, string> = {
  '03': 'Østlandet',
  '31': 'Østlandet',
  '32': 'Østlandet',
  '33': 'Østlandet',
  '34': 'Østlandet',
  '39': 'Østlandet',
  '40': 'Østlandet',
  '42': 'Sørlandet',
  '11': 'Vestlandet',
  '15': 'Vestlandet',
  '46': 'Vestlandet',
  '50': 'Trøndelag',
  '18': 'Nord-Norge',
  '55': 'Nord-Norge',
  '56': 'Nord-Norge',
};

const WEIGHT = { sameBand: 6, nextBand: 3, sameCounty: 2, sameRegion: 1 } as const;

/**
 * How comparable one municipality is to another. «Samme størrelse» is the same population band
 * (sizeBands), «nesten samme størrelse» the band just above or below; the reason gives the band.
 * With `named`, the reason says which municipality matched («samme størrelse som Øyer …»).
 */
export function compare(mine: Place, theirs: Place, named = false): Match {
  const distance = Math.abs(BAND_ORDER.indexOf(mine.sizeBand) - BAND_ORDER.indexOf(theirs.sizeBand));
  const reasons: string[] = [];
  const as = named && theirs.name ? ` som ${theirs.name}` : '';
  const band = `(${bandLabel(theirs.sizeBand)} innbyggere)`;
  let score = 0;
  if (distance === 0) {
    score += WEIGHT.sameBand;
    reasons.push(`samme størrelse${as} ${band}`);
  } else if (distance === 1) {
    score += WEIGHT.nextBand;
    reasons.push(`nesten samme størrelse${as} ${band}`);
  }
  // Where size did not match, the named municipality goes with the county or region instead.
  const where = reasons.length === 0 ? as : '';
  if (mine.countyNumber === theirs.countyNumber) {
    score += WEIGHT.sameCounty;
    reasons.push(`samme fylke${where}`);
  } else if (REGION_OF_COUNTY[mine.countyNumber] === REGION_OF_COUNTY[theirs.countyNumber]) {
    score += WEIGHT.sameRegion;
    reasons.push(`samme landsdel${where}`);
  }
  return { score, reason: reasons.join(', ') };
}

/** The best match among a case's municipalities; a case without any gets a neutral reason. */
export function compareCase(mine: Place, places: readonly Place[]): Match {
  if (places.length === 0) return { score: 0, reason: 'nasjonal sak eller sak i utlandet' };
  // Each municipality is compared on its own; the reason names the one that matched best.
  const named = places.length > 1;
  const best = places.map((p) => compare(mine, p, named)).reduce((a, b) => (b.score > a.score ? b : a));
  return best.reason ? best : { score: 0, reason: 'annen størrelse og landsdel' };
}

export interface Ranked<T> {
  item: T;
  match: Match;
}

/**
 * Ranks cases for a municipality: best match first; equal matches keep the order they came in
 * (callers pass cases sorted by title). The municipality's own cases are left out (they are shown
 * as its own). Scores are small whole numbers, so cases are dealt into buckets by score in one pass
 * instead of sorted: the cost grows with the number of cases, for all 357 municipality pages.
 */
export function rankForMunicipality<T extends { places: readonly Place[] }>(
  mine: Place,
  cases: readonly T[],
): Ranked<T>[] {
  const buckets: Ranked<T>[][] = [];
  for (const item of cases) {
    if (item.places.some((p) => p.number === mine.number)) continue;
    const match = compareCase(mine, item.places);
    (buckets[match.score] ??= []).push({ item, match });
  }
  return buckets.reverse().flatMap((b) => b ?? []);
}
