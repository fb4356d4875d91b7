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
import { calendarDate, currentYear, FIRST_CHECK_DATE, FIRST_YEAR, today } from './dates.ts';
import { municipality } from './municipalities.ts';
import { slugSchema } from './slug.ts';
import { sourceDocumentKeys } from './source-documents.ts';
import {
  ARNSTEIN_NONE,
  ARNSTEIN_RUNG_MAX,
  COCREATION_NONE,
  COCREATION_STEP_MAX,
  COCREATION_STEP_MIN,
  CITIZEN_ACTOR_TYPES,
  CIVIL_ACTOR_TYPES,
  actorTypes,
  arnsteinRungs,
  barriers,
  countries,
  drivers,
  evidenceLevels,
  innovationTypes,
  ratingConfidences,
  serviceAreas,
  statuses,
  targetGroups,
} from './vocabularies.ts';

/** Control characters have no place in text a reader sees, and break the XML feed. */
export const NO_CONTROL_CHARS = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/;
/** A short free text: one line, trimmed, not empty. */
export const line = z.string().trim().min(1).regex(NO_CONTROL_CHARS);
/** A longer free text (a paragraph). */
export const text = z.string().trim().min(1).regex(NO_CONTROL_CHARS);
/** A year something happened: not before 1900, not after this year. */
export const year = z
  .int()
  .min(FIRST_YEAR)
  .refine((y) => y <= currentYear(), { params: { kind: 'year-in-future' }, abort: true });
/** A year that may be planned (the end of a period): future years only when marked as planned. */
export const plannedYear = z
  .int()
  .min(FIRST_YEAR)
  .max(currentYear() + 50);

/**
 * A calendar date written YYYY-MM-DD, quoted or not (YAML 1.2 reads both as text). Exact: 2025-02-30
 * is an error, not 1 March. Not before 2000 and not after today.
 */
export const checkDate = z
  .preprocess((v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v), z.string())
  .superRefine((v, ctx) => {
    if (calendarDate(v) === undefined) {
      ctx.addIssue({ code: 'custom', params: { kind: 'not-a-date' }, message: 'not-a-date', input: v });
    } else if (v < FIRST_CHECK_DATE || v > today()) {
      ctx.addIssue({ code: 'custom', params: { kind: 'date-out-of-range' }, message: 'date-out-of-range', input: v });
    }
  })
  .transform((v) => calendarDate(v)!);

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

/**
 * When something ran: the years the sources give. An end year still to come is marked as planned
 * (`endPlanned: true`), so a plan is never shown as something that happened. Shared by cases and
 * programmes.
 */
export const periodSchema = z
  .strictObject({
    start: year.optional().meta({ description: 'Første år.' }),
    end: plannedYear.optional().meta({
      description: 'Siste år: året det sluttet, eller, med endPlanned: true, året det etter planen skal slutte.',
    }),
    endPlanned: z.literal(true).optional().meta({
      description:
        'true når end er et planlagt sluttår som kilden omtaler i framtid («skal vare til»), ikke et år det faktisk sluttet.',
    }),
  })
  .superRefine(({ start, end, endPlanned }, ctx) => {
    if (endPlanned && end === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['endPlanned'],
        params: { kind: 'end-planned-without-end' },
        message: 'end-planned-without-end',
      });
    }
    // Checked on the period itself, so it is reported even when other fields are wrong too.
    if (start !== undefined && end !== undefined && end < start) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        params: { kind: 'end-before-start', start, end },
        message: 'end-before-start',
      });
    }
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
            'Trinn 1–5 etter rubrikken på /om/stigene/, eller none når verken innbyggere, brukere, pårørende, frivillige eller sivilsamfunn deltar. Næringsliv, forskere, konsulenter og leverandører på kontrakt løfter ikke alene en sak over none.',
        }),
        reason: line.max(300).meta({
          description: 'Én linje som nevner bevisene: hvem som gjorde hva, slik kilden sier det.',
        }),
        basis: line.max(200).meta({
          description:
            'Hvor i kilden avsnittet som avgjør trinnet står, for eksempel «Den nye velferdskommunen (2026), kap. 5.2, boks «Forandringshus»».',
        }),
        confidence: z.enum(ratingConfidences.keys).meta({
          description:
            'clear når kilden sier rett ut det som avgjør trinnet; judgement når grunnlaget er tynt og trinnet er vår lesning (velg da det laveste trinnet kilden støtter).',
        }),
      })
      .meta({ description: 'Sakens plass på samskapingstrappen, med begrunnelse, kildested og sikkerhet.' }),
    arnstein: z
      .strictObject({
        rung: z
          .union([
            z.int().min(1).max(ARNSTEIN_RUNG_MAX),
            z.enum([...arnsteinKeys, ARNSTEIN_NONE] as [string, ...string[]]),
          ])
          .meta({
            description:
              'Trinn 1–8 (tall eller navn, for eksempel 6 eller partnership), eller none når innbyggere, brukere og pårørende ikke har noen beskrevet rolle. Måler innbyggernes makt, aldri samarbeidspartnernes.',
          }),
        reason: line.max(300).meta({
          description: 'Én linje som nevner bevisene: hvor mye reell makt innbyggerne hadde, slik kilden sier det.',
        }),
        basis: line.max(200).meta({
          description: 'Hvor i kilden avsnittet som avgjør trinnet står (rapport, kapittel, boks eller side).',
        }),
        confidence: z.enum(ratingConfidences.keys).meta({
          description:
            'clear når kilden sier rett ut det som avgjør trinnet; judgement når grunnlaget er tynt og trinnet er vår lesning.',
        }),
      })
      .meta({ description: 'Sakens trinn på Arnsteins deltakelsesstige, med begrunnelse, kildested og sikkerhet.' }),

    status: z.enum(statuses.keys).meta({ description: 'Hvor saken står per datoen i lastChecked (eller statusAsOf).' }),
    statusAsOf: year.optional().meta({
      description:
        'Året statusen gjelder, når den nyeste kilden er eldre enn lastChecked: året kilden beskriver, ikke året den kom ut, hvis de er ulike. Kan ikke være etter året i lastChecked.',
    }),
    statusNote: line
      .optional()
      .meta({ description: 'Hvorfor saken ble avsluttet, eller annen forklaring til statusen (valgfritt).' }),
    period: periodSchema.default({}).meta({ description: 'Når saken pågikk. Utelat år kildene ikke oppgir.' }),

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

    inspiredBy: z.array(slugSchema).default([]).meta({
      description: 'Adressene (filnavnene uten .mdx) til saker denne saken er inspirert av eller har tatt etter.',
    }),
    partOf: slugSchema.optional().meta({
      description: 'Adressen (filnavnet uten .mdx) til en større sak denne er en del av, for eksempel «omsorg-3-0».',
    }),

    programmes: z.array(slugSchema).default([]).meta({
      description:
        'Adressene (filnavnene uten .mdx) til virkemidler saken brukte eller fikk støtte fra, for eksempel «stimulab». Bare der kilden sier det.',
    }),
    concepts: z.array(slugSchema).default([]).meta({
      description:
        'Adressene (filnavnene uten .mdx) til begreper saken er et eksempel på, for eksempel «hverdagsrehabilitering». Bare der kilden sier det.',
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

    lastChecked: checkDate.meta({ description: 'Datoen siden sist ble kontrollert mot kildene (ÅÅÅÅ-MM-DD).' }),
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
    checkRatings(c, ctx);
    checkTense(c, ctx);
  });

/** The fields the checks below read (declared here so the checks do not depend on the schema's own type). */
interface RatedCase {
  actors: readonly { type: string }[];
  coCreation: { step: number | string };
  arnstein: { rung: number | string };
  status: string;
  statusAsOf?: number;
  period: { end?: number; endPlanned?: true };
  lastChecked: Date;
}

const civil = new Set<string>(CIVIL_ACTOR_TYPES);
const citizens = new Set<string>(CITIZEN_ACTOR_TYPES);
const PARTNERSHIP_RUNG = 6;

/**
 * What the schema can know about the ratings: a step or rung needs someone on the citizens' side
 * among the actors, and citizen power (partnership and up) needs citizens themselves, not
 * organisations that speak for them. The rubric (rubric.ts) says why.
 */
function checkRatings(c: RatedCase, ctx: z.RefinementCtx) {
  const types = c.actors.map((a) => a.type as string);
  // Only a value that is on the scale is checked; a value off it has its own message already.
  const step = c.coCreation.step;
  const onStaircase = typeof step === 'number' && step >= COCREATION_STEP_MIN && step <= COCREATION_STEP_MAX;
  if (onStaircase && !types.some((t) => civil.has(t))) {
    ctx.addIssue({
      code: 'custom',
      path: ['coCreation', 'step'],
      params: { kind: 'step-needs-civil-actor', step: c.coCreation.step, allowed: CIVIL_ACTOR_TYPES },
      message: 'step-needs-civil-actor',
    });
  }
  const given = c.arnstein.rung;
  const rung =
    typeof given === 'number'
      ? given >= 1 && given <= ARNSTEIN_RUNG_MAX
        ? given
        : null
      : (arnsteinRungs.find((r) => r.key === given)?.rung ?? null);
  if (rung !== null && rung >= PARTNERSHIP_RUNG && !types.some((t) => citizens.has(t))) {
    ctx.addIssue({
      code: 'custom',
      path: ['arnstein', 'rung'],
      params: { kind: 'rung-needs-citizen-actor', rung, allowed: CITIZEN_ACTOR_TYPES },
      message: 'rung-needs-citizen-actor',
    });
  } else if (rung !== null && !types.some((t) => civil.has(t))) {
    ctx.addIssue({
      code: 'custom',
      path: ['arnstein', 'rung'],
      params: { kind: 'rung-needs-civil-actor', rung, allowed: CIVIL_ACTOR_TYPES },
      message: 'rung-needs-civil-actor',
    });
  }
}

/** A status cannot be dated after the day the case was last checked against its sources. */
function checkTense(c: RatedCase, ctx: z.RefinementCtx) {
  // Refinements also run when a field already failed: an invalid date has its own message.
  if (!(c.lastChecked instanceof Date)) return;
  const checkedYear = c.lastChecked.getUTCFullYear();
  if (c.statusAsOf !== undefined && c.statusAsOf > checkedYear) {
    ctx.addIssue({
      code: 'custom',
      path: ['statusAsOf'],
      params: { kind: 'status-after-checked', statusAsOf: c.statusAsOf, checkedYear },
      message: 'status-after-checked',
    });
  }
  // An end year after the year of the status cannot have happened yet: it is a plan.
  const asOf = c.statusAsOf ?? checkedYear;
  if (c.period.end !== undefined && c.period.end > asOf && !c.period.endPlanned) {
    ctx.addIssue({
      code: 'custom',
      path: ['period', 'end'],
      params: { kind: 'end-in-future', end: c.period.end, asOf },
      message: 'end-in-future',
    });
  }
  if (c.period.endPlanned && c.status === 'ended') {
    ctx.addIssue({
      code: 'custom',
      path: ['period', 'endPlanned'],
      params: { kind: 'ended-with-planned-end' },
      message: 'ended-with-planned-end',
    });
  }
}

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
