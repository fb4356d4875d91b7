/**
 * `npm run docs`: writes the schema reference (docs/skjema.md) and the JSON Schema
 * (docs/sak.schema.json) from src/model/. A test fails when the committed files are out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { caseJsonSchema, referenceMarkdown } from '../src/contribute/schema-reference.ts';

const docs = fileURLToPath(new URL('../docs/', import.meta.url));
writeFileSync(`${docs}skjema.md`, referenceMarkdown());
writeFileSync(`${docs}sak.schema.json`, `${JSON.stringify(caseJsonSchema(), null, 2)}\n`);
console.log('Skrev docs/skjema.md og docs/sak.schema.json.');
