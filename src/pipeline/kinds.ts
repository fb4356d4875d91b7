/**
 * The kinds of page the site is built from, each with its folder, schema and links. The Astro
 * collections (`src/content.config.ts`), `npm run check` and the tests all read this list.
 */
import { caseSchema, type CaseData } from '../model/case-schema.ts';
import { CASES_DIR } from '../model/paths.ts';
import type { ContentKind, Reference } from './content.ts';

export const caseKind: ContentKind<CaseData> = {
  name: 'cases',
  dir: CASES_DIR,
  urlPrefix: '/saker/',
  noun: 'en sak',
  schema: caseSchema,
  references: (data) => [
    ...(data.partOf !== undefined ? [{ path: ['partOf'], kind: 'cases', slug: data.partOf } as Reference] : []),
    ...data.inspiredBy.map((slug, i): Reference => ({ path: ['inspiredBy', i], kind: 'cases', slug })),
  ],
};

export const contentKinds: readonly ContentKind<never>[] = [caseKind as unknown as ContentKind<never>];
