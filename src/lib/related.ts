/**
 * Related cases on a case page, computed at build time from what two cases share: service areas,
 * target groups, places on the ladders and the size of their municipalities. Each comes with the
 * reason in words, so a reader can judge the link.
 *
 * Only cases that share a service area can be related. The cost per case page is one pass over the
 * cases with bit operations, and text only for the cases shown.
 */
import { serviceAreas, sizeClasses, targetGroups } from '../model/vocabularies.ts';
import type { CaseView } from './cases.ts';

export interface Related {
  view: CaseView;
  score: number;
  reason: string;
}

const shared = <T>(a: readonly T[], b: readonly T[]) => a.filter((x) => b.includes(x));

/** Each case's tags as bit masks, in the order of `all`, so scoring a pair is a few bit operations. */
interface Features {
  index: Map<string, number>;
  areas: Uint32Array;
  groups: Uint32Array;
  sizes: Uint8Array;
  step: Int8Array;
  rungGroup: Int8Array;
  parent: Int32Array;
}

const cache = new WeakMap<readonly CaseView[], Features>();

function features(all: readonly CaseView[]): Features {
  let f = cache.get(all);
  if (f) return f;
  const mask = (keys: readonly string[], vocabulary: readonly string[]) =>
    keys.reduce((m, k) => m | (1 << vocabulary.indexOf(k)), 0);
  const sizeKeys = sizeClasses.map((c) => c.key);
  const groupKeys = ['non-participation', 'tokenism', 'citizen-power'];
  const index = new Map(all.map((c, i) => [c.slug, i]));
  f = {
    index,
    areas: Uint32Array.from(all, (c) => mask(c.data.serviceAreas, serviceAreas.keys)),
    groups: Uint32Array.from(all, (c) => mask(c.data.targetGroups, targetGroups.keys)),
    sizes: Uint8Array.from(all, (c) => mask(c.sizeClasses, sizeKeys)),
    step: Int8Array.from(all, (c) => c.step?.step ?? -1),
    rungGroup: Int8Array.from(all, (c) => (c.rung ? groupKeys.indexOf(c.rung.group) : -1)),
    parent: Int32Array.from(all, (c) => (c.data.partOf ? (index.get(c.data.partOf) ?? -1) : -1)),
  };
  cache.set(all, f);
  return f;
}

function bits(x: number): number {
  let n = 0;
  for (let v = x; v !== 0; v &= v - 1) n++;
  return n;
}

/** The reason in words, built only for the few cases shown. */
function reason(view: CaseView, other: CaseView): string {
  const areas = shared(view.data.serviceAreas, other.data.serviceAreas);
  const groups = shared(view.data.targetGroups, other.data.targetGroups);
  // Labels such as «Helse og omsorg» contain «og» themselves, so they are listed with semicolons,
  // never joined with «og»: «helse og omsorg og eldreomsorg og demens» reads as one long muddle.
  const list = (labels: string[]) => `(${labels.map((l) => l.toLowerCase()).join('; ')})`;
  const sizes = shared(view.sizeClasses, other.sizeClasses);
  return [
    areas.length > 0 &&
      `${areas.length === 1 ? 'samme tjenesteområde' : 'samme tjenesteområder'} ${list(areas.map((k) => serviceAreas.label(k)))}`,
    groups.length > 0 &&
      `${groups.length === 1 ? 'samme målgruppe' : 'samme målgrupper'} ${list(groups.map((k) => targetGroups.label(k)))}`,
    view.step !== null && view.step.step === other.step?.step && 'samme trinn på samskapingstrappen',
    sizes.length > 0 && `samme kommunestørrelse ${list(sizes.map((k) => sizeClasses.find((c) => c.key === k)!.label))}`,
  ]
    .filter((r): r is string => Boolean(r))
    .join(', ');
}

/**
 * The best related cases, best first; equal scores keep the order of `all` (by title). Scoring a
 * pair is a handful of bit operations on precomputed masks, and the best few are kept in buckets
 * by score, so nothing is sorted and no text is built for cases that are not shown.
 */
export function relatedCases(view: CaseView, all: readonly CaseView[], limit = 4): Related[] {
  const f = features(all);
  const i = f.index.get(view.slug);
  if (i === undefined) return [];
  const buckets: number[][] = [];
  for (let j = 0; j < all.length; j++) {
    if (j === i || f.parent[j] === i || f.parent[i] === j) continue;
    const areas = bits(f.areas[i]! & f.areas[j]!);
    if (areas === 0) continue;
    const score =
      areas * 2 +
      bits(f.groups[i]! & f.groups[j]!) +
      (f.step[i]! > 0 && f.step[i] === f.step[j] ? 1 : 0) +
      (f.rungGroup[i]! >= 0 && f.rungGroup[i] === f.rungGroup[j] ? 1 : 0) +
      ((f.sizes[i]! & f.sizes[j]!) !== 0 ? 1 : 0);
    // At least a shared service area (2), and more than that alone.
    if (score < 3) continue;
    const bucket = (buckets[score] ??= []);
    if (bucket.length < limit) bucket.push(j);
  }
  const best: Related[] = [];
  for (let s = buckets.length - 1; s >= 3 && best.length < limit; s--) {
    for (const j of buckets[s] ?? []) {
      if (best.length === limit) break;
      best.push({ view: all[j]!, score: s, reason: reason(view, all[j]!) });
    }
  }
  return best;
}
