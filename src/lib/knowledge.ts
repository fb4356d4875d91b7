/**
 * Programmes (virkemidler) and concepts (begreper) as pages use them, and the links between them
 * and the cases in both directions: a case names the programmes it used and the concepts it is an
 * example of; a programme names the concepts it builds on; a concept names related concepts. The
 * other directions are derived here, once per build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { CaseView } from './cases.ts';
import { getCases } from './collection.ts';
import { href } from './urls.ts';

export type ProgrammeEntry = CollectionEntry<'programmes'>;
export type ConceptEntry = CollectionEntry<'concepts'>;

export const programmeHref = (slug: string): string => href(`/virkemidler/${slug}/`);
export const conceptHref = (slug: string): string => href(`/begreper/${slug}/`);

const byTitle = <T extends { data: { title: string } }>(a: T, b: T) => a.data.title.localeCompare(b.data.title, 'nb');

export interface Knowledge {
  programmes: ProgrammeEntry[];
  concepts: ConceptEntry[];
  programme: Map<string, ProgrammeEntry>;
  concept: Map<string, ConceptEntry>;
  /** The cases that name each programme. */
  casesOfProgramme: Map<string, CaseView[]>;
  /** The cases that name each concept. */
  casesOfConcept: Map<string, CaseView[]>;
  /** The programmes that name each concept. */
  programmesOfConcept: Map<string, ProgrammeEntry[]>;
  /** Each concept's related concepts, both those it names and those that name it. */
  relatedConcepts: Map<string, ConceptEntry[]>;
}

let knowledge: Promise<Knowledge> | undefined;

export function getKnowledge(): Promise<Knowledge> {
  knowledge ??= Promise.all([getCollection('programmes'), getCollection('concepts'), getCases()]).then(
    ([programmes, concepts, cases]) => {
      programmes.sort(byTitle);
      concepts.sort(byTitle);
      const programme = new Map(programmes.map((p) => [p.id, p]));
      const concept = new Map(concepts.map((c) => [c.id, c]));
      const add = <T>(map: Map<string, T[]>, key: string, value: T) => {
        const list = map.get(key) ?? [];
        if (!list.includes(value)) list.push(value);
        map.set(key, list);
      };
      const casesOfProgramme = new Map<string, CaseView[]>();
      const casesOfConcept = new Map<string, CaseView[]>();
      for (const c of cases) {
        for (const slug of c.data.programmes) add(casesOfProgramme, slug, c);
        for (const slug of c.data.concepts) add(casesOfConcept, slug, c);
      }
      const programmesOfConcept = new Map<string, ProgrammeEntry[]>();
      for (const p of programmes) for (const slug of p.data.concepts) add(programmesOfConcept, slug, p);
      const relatedConcepts = new Map<string, ConceptEntry[]>();
      for (const c of concepts) {
        for (const slug of c.data.related) {
          const other = concept.get(slug);
          if (!other) continue;
          add(relatedConcepts, c.id, other);
          add(relatedConcepts, slug, c);
        }
      }
      for (const list of relatedConcepts.values()) list.sort(byTitle);
      return {
        programmes,
        concepts,
        programme,
        concept,
        casesOfProgramme,
        casesOfConcept,
        programmesOfConcept,
        relatedConcepts,
      };
    },
  );
  return knowledge;
}
