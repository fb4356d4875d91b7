/**
 * `npm run docs`: writes the schema reference (docs/skjema.md) and the JSON Schemas
 * (docs/sak.schema.json, docs/virkemiddel.schema.json, docs/begrep.schema.json) from src/model/. A test fails when the committed files are out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  caseJsonSchema,
  conceptJsonSchema,
  programmeJsonSchema,
  referenceMarkdown,
} from '../src/contribute/schema-reference.ts';

const docs = fileURLToPath(new URL('../docs/', import.meta.url));
writeFileSync(`${docs}skjema.md`, referenceMarkdown());
writeFileSync(`${docs}sak.schema.json`, `${JSON.stringify(caseJsonSchema(), null, 2)}\n`);
writeFileSync(`${docs}virkemiddel.schema.json`, `${JSON.stringify(programmeJsonSchema(), null, 2)}\n`);
writeFileSync(`${docs}begrep.schema.json`, `${JSON.stringify(conceptJsonSchema(), null, 2)}\n`);
console.log('Skrev docs/skjema.md, docs/sak.schema.json, docs/virkemiddel.schema.json og docs/begrep.schema.json.');
