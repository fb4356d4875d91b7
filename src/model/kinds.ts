/**
 * The kinds of content page: cases, programmes (virkemidler) and concepts (begreper). One entry per
 * kind says where its files are, which schema they follow and where they are published, so the
 * collections, `npm run check`, the build's validation and the docs treat every kind alike.
 */
import type { core } from 'astro/zod';
import { caseSchema } from './case-schema.ts';
import { conceptSchema } from './concept-schema.ts';
import { CASES_DIR, CONCEPTS_DIR, PROGRAMMES_DIR } from './paths.ts';
import { programmeSchema } from './programme-schema.ts';

export interface ContentKind {
  /** The collection's name in Astro. */
  readonly collection: 'cases' | 'programmes' | 'concepts';
  readonly schema: core.$ZodType;
  /** The folder, relative to the project root. */
  readonly dir: string;
  /** Where the pages are published: `/saker/`, `/virkemidler/`, `/begreper/`. */
  readonly path: string;
  /** «en sak», «et virkemiddel», «et begrep»: for messages. */
  readonly noun: string;
  /** The template contributors copy. */
  readonly template: string;
  /** An example file name, for the message about a file name that cannot be an address. */
  readonly exampleFile: string;
}

export const caseKind: ContentKind = {
  collection: 'cases',
  schema: caseSchema,
  dir: CASES_DIR,
  path: '/saker/',
  noun: 'en sak',
  template: 'content/mal.mdx',
  exampleFile: 'omradeforum-asker.mdx',
};

export const programmeKind: ContentKind = {
  collection: 'programmes',
  schema: programmeSchema,
  dir: PROGRAMMES_DIR,
  path: '/virkemidler/',
  noun: 'et virkemiddel',
  template: 'content/mal-virkemiddel.mdx',
  exampleFile: 'stimulab.mdx',
};

export const conceptKind: ContentKind = {
  collection: 'concepts',
  schema: conceptSchema,
  dir: CONCEPTS_DIR,
  path: '/begreper/',
  noun: 'et begrep',
  template: 'content/mal-begrep.mdx',
  exampleFile: 'hverdagsrehabilitering.mdx',
};

export const contentKinds = [caseKind, programmeKind, conceptKind] as const;
