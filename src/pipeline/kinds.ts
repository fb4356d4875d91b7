/**
 * The kinds of page the site is built from, each with its folder, schema and links to other pages.
 * The Astro collections (`src/content.config.ts`), `npm run check`, the docs and the tests all read
 * this list, so every kind is read, checked and reported alike.
 */
import { caseSchema, type CaseData } from '../model/case-schema.ts';
import { conceptSchema, type ConceptData } from '../model/concept-schema.ts';
import { CASES_DIR, CONCEPTS_DIR, PROGRAMMES_DIR } from '../model/paths.ts';
import { programmeSchema, type ProgrammeData } from '../model/programme-schema.ts';
import type { ContentKind, Reference } from './content.ts';

/** The links in a list field, each to a page of the given kind. */
const listRefs = (field: string, kind: string, slugs: readonly string[]): Reference[] =>
  slugs.map((slug, i) => ({ path: [field, i], kind, slug }));

export const caseKind: ContentKind<CaseData> = {
  name: 'cases',
  dir: CASES_DIR,
  urlPrefix: '/saker/',
  noun: 'en sak',
  template: 'content/mal.mdx',
  schema: caseSchema,
  references: (data) => [
    ...(data.partOf !== undefined ? [{ path: ['partOf'], kind: 'cases', slug: data.partOf } as Reference] : []),
    ...listRefs('inspiredBy', 'cases', data.inspiredBy),
    ...listRefs('programmes', 'programmes', data.programmes),
    ...listRefs('concepts', 'concepts', data.concepts),
  ],
};

export const programmeKind: ContentKind<ProgrammeData> = {
  name: 'programmes',
  dir: PROGRAMMES_DIR,
  urlPrefix: '/virkemidler/',
  noun: 'et virkemiddel',
  template: 'content/mal-virkemiddel.mdx',
  schema: programmeSchema,
  references: (data) => listRefs('concepts', 'concepts', data.concepts),
};

export const conceptKind: ContentKind<ConceptData> = {
  name: 'concepts',
  dir: CONCEPTS_DIR,
  urlPrefix: '/begreper/',
  noun: 'et begrep',
  template: 'content/mal-begrep.mdx',
  schema: conceptSchema,
  references: (data) => listRefs('related', 'concepts', data.related),
};

export const contentKinds: readonly ContentKind<never>[] = [
  caseKind,
  programmeKind,
  conceptKind,
] as unknown as ContentKind<never>[];
