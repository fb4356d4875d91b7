/**
 * The case collection as pages use it: every case with its derived facts, sorted by title, and the
 * links between cases. Computed once per build and shared by all pages: computing it per page made
 * the build grow with the square of the number of cases.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { byTitle, caseView, type CaseView } from './cases.ts';

export type CaseEntry = CollectionEntry<'cases'>;

export async function getCaseEntries(): Promise<CaseEntry[]> {
  return getCollection('cases');
}

let cases: Promise<CaseView[]> | undefined;

export function getCases(): Promise<CaseView[]> {
  cases ??= getCaseEntries().then((entries) => entries.map((e) => caseView(e.id, e.data)).sort(byTitle));
  return cases;
}

export interface CaseLinks {
  bySlug: Map<string, CaseView>;
  /** The cases that are part of each case (partOf). */
  parts: Map<string, CaseView[]>;
  /** The cases each case inspired (inspiredBy, turned around). */
  inspired: Map<string, CaseView[]>;
}

let links: Promise<CaseLinks> | undefined;

export function getCaseLinks(): Promise<CaseLinks> {
  links ??= getCases().then((all) => {
    const add = (map: Map<string, CaseView[]>, key: string, view: CaseView) =>
      map.set(key, [...(map.get(key) ?? []), view]);
    const parts = new Map<string, CaseView[]>();
    const inspired = new Map<string, CaseView[]>();
    for (const c of all) {
      if (c.data.partOf) add(parts, c.data.partOf, c);
      for (const source of c.data.inspiredBy) add(inspired, source, c);
    }
    return { bySlug: new Map(all.map((c) => [c.slug, c])), parts, inspired };
  });
  return links;
}
