/**
 * The frontmatter of a concept page (`content/begreper/<slug>.mdx`): a concept, model, method or
 * ladder the cases use. The definition is in our own words; where it comes from is said as the
 * sources say it, or that they do not.
 */
import { z } from 'astro/zod';
import { checkDate, line, sourceSchema, text } from './case-schema.ts';
import { slugSchema } from './slug.ts';
import { conceptKinds } from './vocabularies.ts';

export const conceptSchema = z.strictObject({
  title: line.max(120).meta({ description: 'Begrepet slik det skrives, for eksempel «Hverdagsrehabilitering».' }),
  summary: text.max(700).meta({
    description: 'Definisjonen med egne ord, én til tre setninger. Vises i lister og søk.',
  }),
  aliases: z.array(line).default([]).meta({
    description: 'Andre navn og skrivemåter, også på andre språk, for eksempel «reablement». Blir søkbare.',
  }),
  kind: z
    .enum(conceptKinds.keys)
    .meta({ description: 'Hva slags begrep: et begrep, en modell, en metode eller en stige.' }),
  origin: text.meta({
    description:
      'Hvor det kommer fra (hvem, hvilket land, hvilket år) slik kildene sier det; «Kildene sier ikke …» når det er ukjent.',
  }),
  related: z.array(slugSchema).default([]).meta({
    description: 'Adressene (filnavnene uten .mdx) til beslektede begreper, for eksempel «velferdsteknologi».',
  }),
  sources: z
    .array(sourceSchema)
    .min(1)
    .meta({ description: 'Hvor faktaene kommer fra (minst én), hver med plassering i kilden.' }),
  lastChecked: checkDate,
});

export type ConceptInput = z.input<typeof conceptSchema>;
export type ConceptData = z.output<typeof conceptSchema>;
