/**
 * The frontmatter of a case page (`content/cases/<slug>.mdx`).
 *
 * Every field carries its description, in Norwegian, in `.meta({ description })`: the schema
 * reference on the site, the JSON Schema for editors and the contributor docs are generated from it.
 * Messages a contributor sees come from `src/validation/messages.ts`, which turns Zod's issues into
 * Norwegian; the checks here that Zod cannot express by type alone (a kommunenummer that exists, an
 * end year after the start year) carry their own Norwegian message.
 */
import { z } from 'astro/zod';
import { municipality } from './municipalities.ts';
import { sourceDocumentKeys } from './source-documents.ts';
import {
  ARNSTEIN_NONE,
  ARNSTEIN_RUNG_MAX,
  COCREATION_NONE,
  COCREATION_STEP_MAX,
  COCREATION_STEP_MIN,
  actorTypes,
  arnsteinRungs,
  barriers,
  countries,
  drivers,
  evidenceLevels,
  innovationTypes,
  serviceAreas,
  statuses,
  targetGroups,
} from './vocabularies.ts';

/** A short free text: one line, trimmed, not empty. */
const line = z.string().trim().min(1);
/** A longer free text (a paragraph). */
const text = z.string().trim().min(1);
const year = z.int().min(1900).max(2100);

/**
 * A kommunenummer that exists in SSB's register. YAML reads an unquoted 0301 as the number 301, so a
 * number is padded back to four digits rather than rejected.
 */
export const kommunenummer = z.preprocess(
  (v) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? String(v).padStart(4, '0') : v),
  z
    .string()
    // abort: a value that is not four digits needs no look-up in the register.
    .regex(/^\d{4}$/, { abort: true })
    .refine((n) => municipality(n) !== undefined, { params: { kind: 'unknown-municipality' } }),
);

const arnsteinKeys = arnsteinRungs.map((r) => r.key) as unknown as readonly [string, ...string[]];

export const actorSchema = z.strictObject({
  type: z.enum(actorTypes.keys).meta({ description: 'Hva slags aktør dette er.' }),
  name: line.meta({ description: 'Aktørens navn, for eksempel «NAV Trondheim» eller «Kirkens Bymisjon».' }),
  role: line.optional().meta({ description: 'Hva aktøren gjorde i saken, med noen få ord.' }),
});

/** A source: one of the project's source documents with a locator, or another publication. */
export const sourceSchema = z
  .strictObject({
    document: z
      .enum(sourceDocumentKeys)
      .optional()
      .meta({ description: 'Nøkkelen til et av prosjektets kildedokumenter. Utelates for andre publikasjoner.' }),
    title: line.optional().meta({ description: 'Tittelen på en annen publikasjon (påkrevd når document utelates).' }),
    publisher: line.optional().meta({ description: 'Forfatter eller utgiver av en annen publikasjon.' }),
    year: year.optional().meta({ description: 'Utgivelsesåret for en annen publikasjon.' }),
    url: z
      .url({ protocol: /^https?$/ })
      .optional()
      .meta({ description: 'Nettadresse, hvis publikasjonen finnes på nett (https://…).' }),
    locator: line.meta({ description: 'Hvor i kilden: kapittel, boks, avsnitt eller side.' }),
    note: line.optional().meta({ description: 'En merknad, for eksempel «oppgitt som kilde i rapporten».' }),
  })
  .refine((s) => s.document !== undefined || s.title !== undefined, {
    params: { kind: 'source-needs-document-or-title' },
    path: ['title'],
  });

export const caseSchema = z
  .strictObject({
    title: line.max(120).meta({ description: 'Navnet saken er kjent under, for eksempel «Lagmodellen».' }),
    summary: text.max(700).meta({
      description: 'Ett avsnitt med egne ord: hva som ble gjort, av hvem, og hva det førte til. Vises i lister og søk.',
    }),

    municipalities: z.array(kommunenummer).default([]).meta({
      description:
        'Kommunenummeret til hver kommune som er med, i anførselstegn ("0301"). Tom liste for nasjonale saker og saker i utlandet.',
    }),
    historicalNames: z
      .array(line)
      .default([])
      .meta({ description: 'Kommunenavn fra før en sammenslåing, slik kildene bruker dem, for eksempel «Kvalsund».' }),
    country: z
      .enum(countries.keys)
      .default('NO')
      .meta({ description: 'Landet, som ISO-kode (NO, DK, SE …). Norge hvis feltet utelates.' }),
    place: line
      .optional()
      .meta({ description: 'Stedet i ord der ingen enkelt kommune passer: en region, en bydel, en by i utlandet.' }),

    serviceAreas: z
      .array(z.enum(serviceAreas.keys))
      .min(1)
      .meta({ description: 'Tjenesteområdene saken hører til (minst ett).' }),
    targetGroups: z.array(z.enum(targetGroups.keys)).min(1).meta({ description: 'Hvem saken er for (minst én).' }),
    actors: z.array(actorSchema).min(1).meta({ description: 'Hvem som deltok, hver med type og navn (minst én).' }),
    innovationTypes: z
      .array(z.enum(innovationTypes.keys))
      .default([])
      .meta({ description: 'Hva slags innovasjon (valgfritt).' }),

    coCreation: z
      .strictObject({
        step: z.union([z.int().min(COCREATION_STEP_MIN).max(COCREATION_STEP_MAX), z.literal(COCREATION_NONE)]).meta({
          description:
            'Trinn 1–5, eller none når verken innbyggere, frivillige, sivilsamfunn eller næringsliv deltar (rent offentlig samarbeid).',
        }),
        reason: line
          .max(300)
          .meta({ description: 'Én linje om hvorfor dette trinnet, ut fra hva kildene sier om hvem som gjorde hva.' }),
      })
      .meta({ description: 'Sakens plass på samskapingstrappen, med begrunnelse.' }),
    arnstein: z
      .strictObject({
        rung: z
          .union([
            z.int().min(1).max(ARNSTEIN_RUNG_MAX),
            z.enum([...arnsteinKeys, ARNSTEIN_NONE] as [string, ...string[]]),
          ])
          .meta({
            description:
              'Trinn 1–8 (tall eller navn, for eksempel 6 eller partnership), eller none når innbyggerne ikke deltar.',
          }),
        reason: line
          .max(300)
          .meta({ description: 'Én linje om hvorfor dette trinnet, ut fra hvor mye reell makt innbyggerne hadde.' }),
      })
      .meta({ description: 'Sakens trinn på Arnsteins deltakelsesstige, med begrunnelse.' }),

    status: z.enum(statuses.keys).meta({ description: 'Hvor saken står per datoen i lastChecked (eller statusAsOf).' }),
    statusAsOf: year.optional().meta({
      description: 'Året statusen gjelder, når den nyeste kilden er eldre enn lastChecked, for eksempel 2013.',
    }),
    statusNote: line
      .optional()
      .meta({ description: 'Hvorfor saken ble avsluttet, eller annen forklaring til statusen (valgfritt).' }),
    period: z
      .strictObject({
        start: year.optional().meta({ description: 'Første år.' }),
        end: year.optional().meta({ description: 'Siste år, hvis saken er avsluttet.' }),
      })
      .superRefine(({ start, end }, ctx) => {
        // Checked on the period itself, so it is reported even when other fields are wrong too.
        if (start !== undefined && end !== undefined && end < start) {
          ctx.addIssue({
            code: 'custom',
            path: ['end'],
            params: { kind: 'end-before-start', start, end },
            message: 'end-before-start',
          });
        }
      })
      .default({})
      .meta({ description: 'Når saken pågikk. Utelat år kildene ikke oppgir.' }),

    evidence: z
      .strictObject({
        level: z.enum(evidenceLevels.keys).meta({ description: 'Dokumentasjonsnivå.' }),
        evaluatedBy: line
          .optional()
          .meta({ description: 'Hvem som evaluerte eller forsket på saken, og gjerne hvor det er publisert.' }),
      })
      .meta({ description: 'Hvor godt resultatene er dokumentert.' }),

    barriers: z
      .array(z.enum(barriers.keys))
      .default([])
      .meta({ description: 'Det som sto i veien, med nøkler fra listen over hemmere.' }),
    drivers: z
      .array(z.enum(drivers.keys))
      .default([])
      .meta({ description: 'Det som hjalp, med nøkler fra listen over fremmere.' }),

    reuse: z
      .strictObject({
        requirements: text.optional().meta({
          description:
            'Hva som skal til: folk, penger, partnere, tid. Bare det kildene sier; utelat feltet heller enn å gjette.',
        }),
        adoptedBy: z
          .array(kommunenummer)
          .default([])
          .meta({ description: 'Kommunenummeret til kommuner som har tatt saken i bruk.' }),
      })
      .default({ adoptedBy: [] })
      .meta({ description: 'Det en annen kommune trenger å vite for å gjøre det samme.' }),

    inspiredBy: z
      .array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/))
      .default([])
      .meta({
        description: 'Adressene (filnavnene uten .mdx) til saker denne saken er inspirert av eller har tatt etter.',
      }),
    partOf: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
      .optional()
      .meta({
        description: 'Adressen (filnavnet uten .mdx) til en større sak denne er en del av, for eksempel «omsorg-3-0».',
      }),

    contact: z
      .strictObject({
        role: line
          .optional()
          .meta({ description: 'En rolle, for eksempel «prosjektleder» eller «kommunalsjef for helse og velferd».' }),
        organisation: line.meta({ description: 'Organisasjonen, for eksempel «Trondheim kommune».' }),
        url: z
          .url({ protocol: /^https?$/ })
          .optional()
          .meta({ description: 'Organisasjonens nettside, bare der en kilde oppgir den (https://…).' }),
      })
      .optional()
      .meta({
        description: 'Hvem du kan spørre: en rolle og en organisasjon, aldri en persons telefonnummer eller e-post.',
      }),

    sources: z
      .array(sourceSchema)
      .min(1)
      .meta({ description: 'Hvor faktaene kommer fra (minst én), hver med plassering i kilden.' }),

    lastChecked: z
      .preprocess(
        // YAML reads 2026-11-25 as a date already; a quoted "2026-11-25" is accepted too.
        (v) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T00:00:00Z`) : v),
        z.date(),
      )
      .meta({ description: 'Datoen siden sist ble kontrollert mot kildene (ÅÅÅÅ-MM-DD).' }),
  })
  .superRefine((c, ctx) => {
    if (c.country !== 'NO' && c.municipalities.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['municipalities'],
        params: { kind: 'municipalities-abroad', country: c.country },
        message: 'municipalities-abroad',
      });
    }
    if (c.municipalities.length === 0 && c.place === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['place'],
        params: { kind: 'place-needed' },
        message: 'place-needed',
      });
    }
  });

export type CaseInput = z.input<typeof caseSchema>;
export type CaseData = z.output<typeof caseSchema>;

/** The step's number, or null for «none». */
export function stepNumber(step: CaseData['coCreation']['step']): number | null {
  return step === COCREATION_NONE ? null : step;
}

/** Normalises a rung given as number or name to its number, or null for «none». */
export function rungNumber(rung: CaseData['arnstein']['rung']): number | null {
  if (typeof rung === 'number') return rung;
  if (rung === ARNSTEIN_NONE) return null;
  return arnsteinRungs.find((r) => r.key === rung)!.rung;
}
