/**
 * The frontmatter of a programme page (`content/virkemidler/<slug>.mdx`): a programme, fund, grant or
 * loan scheme, network, national body, agreement or competence centre that municipalities can use.
 *
 * Like the case schema, every field carries its Norwegian description in `.meta({ description })`;
 * the schema reference, JSON Schema and docs are generated from it. Sources, years, dates and
 * addresses are the case schema's own, imported, so the kinds cannot drift apart.
 */
import { z } from 'astro/zod';
import { currentYear } from './dates.ts';
import { checkDate, line, periodSchema, sourceSchema, text, year } from './case-schema.ts';
import { slugSchema } from './slug.ts';
import { audiences, countries, programmeKinds, programmeStatuses, serviceAreas } from './vocabularies.ts';

export const programmeSchema = z
  .strictObject({
    title: line.max(120).meta({ description: 'Navnet virkemidlet er kjent under, for eksempel «StimuLab».' }),
    summary: text.max(700).meta({
      description: 'Ett avsnitt med egne ord: hva det er og hva det tilbyr. Vises i lister og søk.',
    }),
    kind: z.enum(programmeKinds.keys).meta({ description: 'Hva slags virkemiddel dette er.' }),
    owner: line.meta({
      description: 'Hvem som driver eller eier det, slik kilden sier det, for eksempel «Digitaliseringsdirektoratet».',
    }),
    audience: z.array(z.enum(audiences.keys)).default([]).meta({
      description:
        'Hvem som kan bruke det: søke, delta eller få hjelp. Tom liste (eller utelatt) når kildene ikke sier det.',
    }),
    purpose: text.meta({
      description: 'Ett avsnitt: hvem kan bruke det, og til hva. Bare det kildene sier.',
    }),
    status: z.enum(programmeStatuses.keys).meta({
      description: 'Hvor virkemidlet står per året i statusAsOf. proposed brukes for forslag fra utvalget i 2026.',
    }),
    statusAsOf: year.meta({ description: 'Året statusen gjelder, som regel året for den nyeste kilden.' }),
    period: periodSchema.default({}).meta({ description: 'Når det startet og sluttet. Bare år kildene oppgir.' }),
    country: z
      .enum(countries.keys)
      .default('NO')
      .meta({ description: 'Landet, som ISO-kode (NO, DK, SE …). Norge hvis feltet utelates.' }),
    url: z
      .url({ protocol: /^https?$/ })
      .optional()
      .meta({ description: 'Den offisielle nettadressen, bare hvis et kildedokument selv oppgir den (https://…).' }),
    serviceAreas: z
      .array(z.enum(serviceAreas.keys))
      .default([])
      .meta({ description: 'Tjenesteområdene det gjelder (valgfritt), med nøkler fra samme liste som sakene.' }),
    concepts: z.array(slugSchema).default([]).meta({
      description:
        'Adressene (filnavnene uten .mdx) til begreper virkemidlet bygger på, for eksempel «tjenestedesign».',
    }),
    sources: z
      .array(sourceSchema)
      .min(1)
      .meta({ description: 'Hvor faktaene kommer fra (minst én), hver med plassering i kilden.' }),
    lastChecked: checkDate,
  })
  .superRefine((p, ctx) => {
    // A programme that runs has no end year unless the end is planned.
    if (p.period.end !== undefined && p.period.end > currentYear() && p.period.endPlanned !== true) {
      ctx.addIssue({
        code: 'custom',
        path: ['period', 'end'],
        params: { kind: 'end-in-future', end: p.period.end, asOf: currentYear() },
        message: 'end-in-future',
      });
    } else if (p.period.end !== undefined && p.status !== 'ended' && p.period.endPlanned !== true) {
      ctx.addIssue({
        code: 'custom',
        path: ['period', 'end'],
        params: { kind: 'end-needs-ended', status: p.status },
        message: 'end-needs-ended',
      });
    }
  });

export type ProgrammeInput = z.input<typeof programmeSchema>;
export type ProgrammeData = z.output<typeof programmeSchema>;
