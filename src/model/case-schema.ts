/**
 * The frontmatter of a case page (`content/cases/<slug>.mdx`).
 *
 * One doc comment per field: these comments are what contributors read in the schema reference.
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
  /** What kind of actor this is. */
  type: z.enum(actorTypes.keys),
  /** The actor's name, e.g. «NAV Trondheim» or «Kirkens Bymisjon». */
  name: line,
  /** What the actor did in the case, in a few words. */
  role: line.optional(),
});

/** A source: one of the project's source documents with a locator, or another publication. */
export const sourceSchema = z.strictObject({
  /** Key of one of the project's source documents; leave out for another publication. */
  document: z.enum(sourceDocumentKeys).optional(),
  /** Title of another publication (required when `document` is left out). */
  title: line.optional(),
  /** Author or publisher of another publication. */
  publisher: line.optional(),
  /** Year of another publication. */
  year: year.optional(),
  /** A web address, if the publication is online. */
  url: z.url({ protocol: /^https?$/ }).optional(),
  /** Where in the publication: chapter, box, section or page. */
  locator: line,
  /** A note, e.g. «omtalt i rapporten» for a source the report cites. */
  note: line.optional(),
}).refine((s) => s.document !== undefined || s.title !== undefined, {
  params: { kind: 'source-needs-document-or-title' },
  path: ['title'],
});

export const caseSchema = z
  .strictObject({
    /** The case's name as people know it, e.g. «Lagmodellen». */
    title: line.max(120),
    /** One paragraph: what was done, by whom, and what came of it. Shown in lists and search. */
    summary: text.max(700),

    /** Kommunenummer of each municipality involved (quoted: "0301"). Empty for a national case or a case abroad. */
    municipalities: z.array(kommunenummer).default([]),
    /** Earlier municipality names the sources use, for cases from before a merger, e.g. «Kvalsund». */
    historicalNames: z.array(line).default([]),
    /** Country, as an ISO code (NO, DK, SE, …). Norway if left out. */
    country: z.enum(countries.keys).default('NO'),
    /** The place in words where no single municipality fits: a region, a district, a city abroad. */
    place: line.optional(),

    /** The service areas the case belongs to (at least one). */
    serviceAreas: z.array(z.enum(serviceAreas.keys)).min(1),
    /** Whom the case is for (at least one). */
    targetGroups: z.array(z.enum(targetGroups.keys)).min(1),
    /** Who took part, each with a type and a name (at least one). */
    actors: z.array(actorSchema).min(1),
    /** Kind of innovation (optional). */
    innovationTypes: z.array(z.enum(innovationTypes.keys)).default([]),

    /** The case's place on the co-creation ladder (samskapingstrappen), with the reason. */
    coCreation: z.strictObject({
      /** Step 1 to 5, or «none» where neither residents, volunteers nor civil society take part (pure inter-agency work). */
      step: z.union([z.int().min(COCREATION_STEP_MIN).max(COCREATION_STEP_MAX), z.literal(COCREATION_NONE)]),
      /** One line: why this step, from what the sources say about who did what. */
      reason: line.max(300),
    }),
    /** The case's rung on Arnstein's ladder of citizen participation, with the reason. */
    arnstein: z.strictObject({
      /** Rung 1 to 8 (number or name, e.g. 6 or partnership), or «none» where citizens play no part. */
      rung: z.union([
        z.int().min(1).max(ARNSTEIN_RUNG_MAX),
        z.enum([...arnsteinKeys, ARNSTEIN_NONE] as [string, ...string[]]),
      ]),
      /** One line: why this rung, from what the sources say about citizens' real power. */
      reason: line.max(300),
    }),

    /** Where the case stands as of `lastChecked`. */
    status: z.enum(statuses.keys),
    /** The year the status describes, when the newest source is older than `lastChecked`, e.g. 2013. */
    statusAsOf: year.optional(),
    /** Why it ended, or other context for the status (optional). */
    statusNote: line.optional(),
    /** When the case ran. Leave out a year the sources do not give. */
    period: z
      .strictObject({
        /** First year. */
        start: year.optional(),
        /** Last year, if it has ended. */
        end: year.optional(),
      })
      .superRefine(({ start, end }, ctx) => {
        // Checked on the period itself, so it is reported even when other fields are wrong too.
        if (start !== undefined && end !== undefined && end < start) {
          ctx.addIssue({ code: 'custom', path: ['end'], params: { kind: 'end-before-start', start, end }, message: 'end-before-start' });
        }
      })
      .default({}),

    /** How well the results are documented. */
    evidence: z.strictObject({
      /** Level of evidence. */
      level: z.enum(evidenceLevels.keys),
      /** Who evaluated or studied it, if anyone. */
      evaluatedBy: line.optional(),
    }),

    /** What got in the way (keys from the barrier list). */
    barriers: z.array(z.enum(barriers.keys)).default([]),
    /** What helped (keys from the driver list). */
    drivers: z.array(z.enum(drivers.keys)).default([]),

    /** What another municipality needs to know to reuse the case. */
    reuse: z
      .strictObject({
        /** What it takes: people, money, partners, time. Say «ikke oppgitt» rather than guess. */
        requirements: text.optional(),
        /** Kommunenummer of municipalities that adopted the case. */
        adoptedBy: z.array(kommunenummer).default([]),
      })
      .default({ adoptedBy: [] }),

    /** The slug of a larger case this one is part of, e.g. «omsorg-3-0» for one of its measures. */
    partOf: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).optional(),

    /** Whom to ask: a role and an organisation, never a person's phone or e-mail. */
    contact: z
      .strictObject({
        /** A role, e.g. «prosjektleder» or «kommunalsjef for helse og velferd». */
        role: line.optional(),
        /** The organisation, e.g. «Trondheim kommune». */
        organisation: line,
      })
      .optional(),

    /** Where the facts come from (at least one), each with a locator. */
    sources: z.array(sourceSchema).min(1),

    /** The date someone last checked the page against its sources (YYYY-MM-DD). */
    lastChecked: z.preprocess(
      // YAML reads 2026-11-25 as a date already; a quoted "2026-11-25" is accepted too.
      (v) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T00:00:00Z`) : v),
      z.date(),
    ),
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
