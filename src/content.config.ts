/**
 * Wires the content collections to their schemas. The schemas live in src/model/ so that unit tests,
 * `npm run check` and the scaffolder can use them without Astro's virtual modules; each kind's
 * folder and schema are in src/model/kinds.ts.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { isAbsolute } from 'node:path';
import { caseSchema } from './model/case-schema.ts';
import { conceptSchema } from './model/concept-schema.ts';
import { caseKind, conceptKind, programmeKind, type ContentKind } from './model/kinds.ts';
import { municipalitySchema } from './model/municipality.ts';
import { programmeSchema } from './model/programme-schema.ts';

/** The loader for one kind's folder. Files starting with _ are drafts or examples, not pages. */
const pagesOf = (kind: ContentKind) =>
  glob({ pattern: '[!_]*.{md,mdx}', base: isAbsolute(kind.dir) ? kind.dir : `./${kind.dir}` });

const cases = defineCollection({ loader: pagesOf(caseKind), schema: caseSchema });
const programmes = defineCollection({ loader: pagesOf(programmeKind), schema: programmeSchema });
const concepts = defineCollection({ loader: pagesOf(conceptKind), schema: conceptSchema });

const kommuner = defineCollection({
  loader: file('src/data/kommuner.json', {
    parser: (text) => JSON.parse(text).municipalities.map((m: { number: string }) => ({ id: m.number, ...m })),
  }),
  schema: municipalitySchema,
});

export const collections = { cases, programmes, concepts, kommuner };
