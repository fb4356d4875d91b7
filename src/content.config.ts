/**
 * Wires each kind of page to its Astro collection. The kinds, their schemas and folders live in
 * `src/pipeline/kinds.ts` and `src/model/`; the loader in `src/pipeline/loader.ts` owns reading,
 * validation and rendering, once per file.
 */
import { defineCollection } from 'astro:content';
import { contentLoader } from './pipeline/loader.ts';
import { caseKind } from './pipeline/kinds.ts';
import { caseSchema } from './model/case-schema.ts';

const kind = <T>(k: T) => k as never;

export const collections = {
  cases: defineCollection({ loader: contentLoader(kind(caseKind)), schema: caseSchema }),
};
