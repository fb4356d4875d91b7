/** The case collection as pages use it: every case with its derived facts, sorted by title. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { byTitle, caseView, type CaseView } from './cases.ts';

export type CaseEntry = CollectionEntry<'cases'>;

export async function getCaseEntries(): Promise<CaseEntry[]> {
  return getCollection('cases');
}

export async function getCases(): Promise<CaseView[]> {
  return (await getCaseEntries()).map((e) => caseView(e.id, e.data)).sort(byTitle);
}
