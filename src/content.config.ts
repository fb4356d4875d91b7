/**
 * Wires each kind of page to its Astro collection. The kinds, their schemas and folders live in
 * `src/pipeline/kinds.ts` and `src/model/`; the loader in `src/pipeline/loader.ts` owns reading,
 * validation and rendering, once per file.
 */
import { defineCollection } from 'astro:content';
import { contentLoader } from './pipeline/loader.ts';
import { caseKind } from './pipeline/kinds.ts';
import { caseSchema } from './model/case-schema.ts';
import { conceptSchema } from './model/concept-schema.ts';
import { programmeSchema } from './model/programme-schema.ts';
import { conceptKind, programmeKind } from './pipeline/kinds.ts';

// The loader is generic over the kind; the schema given here is what Astro types the entries by.
const kind = <T>(k: T) => k as never;

export const collections = {
  cases: defineCollection({ loader: contentLoader(kind(caseKind)), schema: caseSchema }),
  programmes: defineCollection({ loader: contentLoader(kind(programmeKind)), schema: programmeSchema }),
  concepts: defineCollection({ loader: contentLoader(kind(conceptKind)), schema: conceptSchema }),
};
