/** The schema reference and JSON Schema are generated from src/model/, list everything, and are up to date. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  caseJsonSchema,
  conceptJsonSchema,
  fieldReference,
  programmeJsonSchema,
  referenceMarkdown,
} from '../../src/contribute/schema-reference.ts';
import { conceptSchema } from '../../src/model/concept-schema.ts';
import { programmeSchema } from '../../src/model/programme-schema.ts';
import { caseSchema } from '../../src/model/case-schema.ts';
import { sourceDocuments } from '../../src/model/source-documents.ts';
import * as vocab from '../../src/model/vocabularies.ts';

const docs = (name: string) => readFileSync(new URL(`../../docs/${name}`, import.meta.url), 'utf8');

describe('the schema reference', () => {
  const markdown = referenceMarkdown();
  const paths = fieldReference().map((f) => f.path);

  it('lists every field of the case schema, nested fields too, each with a description', () => {
    for (const key of Object.keys(caseSchema.shape)) expect(paths).toContain(key);
    for (const nested of [
      'actors[].type',
      'coCreation.step',
      'arnstein.rung',
      'period.end',
      'evidence.level',
      'reuse.adoptedBy',
      'contact.organisation',
      'sources[].locator',
    ]) {
      expect(paths).toContain(nested);
    }
    for (const f of fieldReference()) expect(f.description, f.path).not.toBe('');
  });

  it('lists every allowed value of every vocabulary, with its label', () => {
    const vocabularies = [
      vocab.serviceAreas,
      vocab.targetGroups,
      vocab.actorTypes,
      vocab.innovationTypes,
      vocab.statuses,
      vocab.evidenceLevels,
      vocab.barriers,
      vocab.drivers,
      vocab.countries,
    ];
    for (const v of vocabularies) {
      for (const t of v.terms) expect(markdown).toContain(`| \`${t.key}\` | ${t.label}`);
    }
    for (const r of vocab.arnsteinRungs) expect(markdown).toContain(`| \`${r.key}\` | ${r.rung}. ${r.label}`);
    for (const d of sourceDocuments) expect(markdown).toContain(`| \`${d.key}\` | ${d.title}`);
  });

  it('is committed as generated (run npm run docs after changing src/model/)', () => {
    expect(docs('skjema.md')).toBe(markdown);
    expect(JSON.parse(docs('sak.schema.json'))).toEqual(caseJsonSchema());
    expect(JSON.parse(docs('virkemiddel.schema.json'))).toEqual(programmeJsonSchema());
    expect(JSON.parse(docs('begrep.schema.json'))).toEqual(conceptJsonSchema());
  });

  it('documents every field of the programme and concept schemas, with the values of their lists', () => {
    const programmeFields = fieldReference(programmeJsonSchema()).map((f) => f.path);
    for (const key of Object.keys(programmeSchema.shape)) expect(programmeFields).toContain(key);
    expect(programmeFields).toContain('period.endPlanned');
    const conceptFields = fieldReference(conceptJsonSchema()).map((f) => f.path);
    for (const key of Object.keys(conceptSchema.shape)) expect(conceptFields).toContain(key);
    for (const v of [vocab.programmeKinds, vocab.audiences, vocab.programmeStatuses, vocab.conceptKinds]) {
      for (const t of v.terms) expect(markdown).toContain(`| \`${t.key}\` | ${t.label}`);
    }
    expect(markdown).toContain('# Skjema for et virkemiddel');
    expect(markdown).toContain('# Skjema for et begrep');
  });
});
