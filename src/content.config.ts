/**
 * Wires the content collections to their schemas. The schemas live in src/model/ so that unit tests,
 * `npm run check` and the scaffolder can use them without Astro's virtual modules.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { isAbsolute } from 'node:path';
import { caseSchema } from './model/case-schema.ts';
import { municipalitySchema } from './model/municipality.ts';
import { CASES_DIR } from './model/paths.ts';

const cases = defineCollection({
  // Files starting with _ are drafts or examples, not cases.
  loader: glob({ pattern: '[!_]*.{md,mdx}', base: isAbsolute(CASES_DIR) ? CASES_DIR : `./${CASES_DIR}` }),
  schema: caseSchema,
});

const kommuner = defineCollection({
  loader: file('src/data/kommuner.json', {
    parser: (text) => JSON.parse(text).municipalities.map((m: { number: string }) => ({ id: m.number, ...m })),
  }),
  schema: municipalitySchema,
});

export const collections = { cases, kommuner };
