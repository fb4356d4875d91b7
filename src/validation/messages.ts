/**
 * Turns Zod's issues into the Norwegian messages a contributor reads: what is wrong, what is
 * allowed, and a «Mente du …?» for a near miss. One message per issue, no stack trace.
 */
import type { core } from 'astro/zod';
import { municipalities } from '../model/municipalities.ts';
import { ARNSTEIN_NONE, arnsteinRungs } from '../model/vocabularies.ts';
import { closest } from './suggest.ts';

export interface Message {
  /** What is wrong (a sentence, no full stop needed). */
  problem: string;
  /** What is allowed, if it helps. */
  allowed?: string;
  /** A likely intended value. */
  suggestion?: string;
}

type Issue = core.$ZodIssue;

/** How Zod reports the pattern of page addresses (the `slug` schema in case-schema.ts). */
const SLUG_REGEX_SOURCE = String(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

const TYPE_NAMES: Record<string, string> = {
  string: 'tekst',
  number: 'et tall',
  int: 'et heltall',
  array: 'en liste',
  object: 'en gruppe med felt',
  boolean: 'ja/nei (true/false)',
  date: 'en dato (ÅÅÅÅ-MM-DD)',
  undefined: 'ingenting',
  null: 'tom verdi',
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value instanceof Date) return 'date';
  if (typeof value === 'number' && Number.isInteger(value)) return 'int';
  return typeof value;
}

const quote = (v: unknown) => `«${typeof v === 'string' ? v : JSON.stringify(v)}»`;
const list = (values: readonly unknown[]) => values.map((v) => String(v)).join(', ');

/** Everything that may stand in `arnstein.rung`. */
const RUNG_VALUES = [...arnsteinRungs.map((r) => r.key), ARNSTEIN_NONE];
const RUNG_ALLOWED = `1–8, ${list(RUNG_VALUES)}`;
const STEP_ALLOWED = 'et helt tall fra 1 til 5, eller none når verken innbyggere, frivillige eller sivilsamfunn deltar';

function municipalityMessage(value: unknown): Message {
  const typed = String(value ?? '');
  if (/^\d+$/.test(typed)) {
    const near = municipalities.filter((m) => closest(typed, [m.number]) === m.number);
    return {
      problem: /^\d{4}$/.test(typed)
        ? `${quote(typed)} er ikke et kommunenummer i SSBs register (${municipalities.length} kommuner per 2024)`
        : `${quote(typed)} er ikke et kommunenummer: det skal ha fire siffer`,
      allowed: 'fire siffer i anførselstegn, for eksempel "5001" for Trondheim; alle står i src/data/kommuner.json',
      suggestion:
        near.length > 0 && near.length <= 5 ? near.map((m) => `"${m.number}" (${m.name})`).join(' eller ') : undefined,
    };
  }
  // Someone wrote a name where the number goes: find the municipality they meant.
  const names = municipalities.flatMap((m) => m.names.map((n) => ({ n, m })));
  const hit = closest(
    typed,
    names.map((x) => x.n),
  );
  const meant = names.filter((x) => x.n === hit).map((x) => x.m);
  return {
    problem: `${quote(typed)} er ikke et kommunenummer`,
    allowed: 'kommunenummeret med fire siffer i anførselstegn, for eksempel "5001" for Trondheim',
    suggestion: meant.length > 0 ? meant.map((m) => `"${m.number}" (${m.name})`).join(' eller ') : undefined,
  };
}

/** The Norwegian message for one issue. `input` is the value that failed (Zod's reportInput). */
export function messageFor(issue: Issue): Message {
  const input = (issue as { input?: unknown }).input;
  const params = (issue as { params?: Record<string, unknown> }).params ?? {};
  const field = issue.path.at(-1);

  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined)
        return { problem: 'feltet mangler', allowed: `${TYPE_NAMES[issue.expected] ?? issue.expected}` };
      if (issue.expected === 'date') {
        return { problem: `${quote(input)} er ikke en gyldig dato`, allowed: 'ÅÅÅÅ-MM-DD, for eksempel 2026-11-25' };
      }
      return {
        problem: `skal være ${TYPE_NAMES[issue.expected] ?? issue.expected}, men er ${TYPE_NAMES[typeOf(input)] ?? typeOf(input)} (${quote(input)})`,
      };
    }
    case 'invalid_value': {
      const values = issue.values.map(String);
      if (input === undefined) return { problem: 'feltet mangler', allowed: list(values) };
      return {
        problem: `${quote(input)} er ikke en gyldig verdi`,
        allowed: list(values),
        suggestion: typeof input === 'string' ? closest(input, values) : undefined,
      };
    }
    case 'invalid_union': {
      // The only union in the schema is the Arnstein rung: a number 1–8 or a rung's name.
      if (field === 'rung') {
        const suggestion = typeof input === 'string' ? closest(input, RUNG_VALUES) : undefined;
        const problem =
          typeof input === 'number'
            ? `${input} er utenfor stigen: Arnsteins stige har trinn 1–8`
            : `${quote(input)} er ikke et trinn på Arnsteins stige`;
        return { problem, allowed: `${RUNG_ALLOWED} (none når innbyggerne ikke deltar)`, suggestion };
      }
      if (field === 'step') {
        return {
          problem:
            typeof input === 'number'
              ? `${input} er utenfor trappen: samskapingstrappen har trinn 1–5`
              : `${quote(input)} er ikke et trinn på samskapingstrappen`,
          allowed: STEP_ALLOWED,
        };
      }
      return { problem: `${quote(input)} har feil form` };
    }
    case 'too_small':
    case 'too_big': {
      if (field === 'rung') {
        return {
          problem: `${String(input)} er utenfor stigen: Arnsteins stige har trinn 1–8`,
          allowed: `${RUNG_ALLOWED} (none når innbyggerne ikke deltar)`,
        };
      }
      if (field === 'step')
        return {
          problem: `${String(input)} er utenfor trappen: samskapingstrappen har trinn 1–5`,
          allowed: STEP_ALLOWED,
        };
      return issue.code === 'too_small' ? tooSmall(issue, input) : tooBig(issue, input);
    }
    case 'invalid_format': {
      // A page address (programmes, concepts, partOf, inspiredBy) rather than a kommunenummer.
      if (issue.format === 'regex' && issue.pattern === SLUG_REGEX_SOURCE) {
        return {
          problem: `${quote(input)} er ikke en gyldig adresse`,
          allowed: 'filnavnet uten .mdx: små bokstaver a–z, tall og bindestrek, for eksempel «stimulab»',
        };
      }
      if (issue.format === 'regex' && params.kind === undefined) return municipalityMessage(input);
      if (issue.format === 'url') {
        return {
          problem: `${quote(input)} er ikke en gyldig nettadresse`,
          allowed: 'en adresse som begynner med https://',
        };
      }
      return { problem: `${quote(input)} har feil format` };
    }
    case 'unrecognized_keys':
      // Handled per key in validate-cases.ts, where the allowed keys are known.
      return { problem: `ukjent felt ${issue.keys.map(quote).join(', ')}` };
    case 'custom': {
      switch (params.kind) {
        case 'unknown-municipality':
          return municipalityMessage(input);
        case 'end-before-start':
          return {
            problem: `sluttåret ${params.end} er før startåret ${params.start}`,
            allowed: `et år fra ${params.start} og senere, eller la feltet stå tomt`,
          };
        case 'municipalities-abroad':
          return {
            problem: `norske kommunenummer passer ikke for en sak i ${params.country}`,
            allowed: 'tom liste, og stedet i feltet place',
          };
        case 'end-needs-ended':
          return {
            problem: `et sluttår passer ikke med status ${quote(params.status)}`,
            allowed: 'status ended når det er avsluttet, eller endPlanned: true når sluttåret er planlagt',
          };
        case 'place-needed':
          return {
            problem: 'saken har verken kommune eller sted',
            allowed:
              'minst ett kommunenummer i municipalities, eller et sted i place (for nasjonale saker og saker i utlandet)',
          };
        case 'source-needs-document-or-title':
          return {
            problem: 'kilden mangler både document og title',
            allowed: 'document (en av prosjektets kildedokumenter) eller title (en annen publikasjon)',
          };
      }
      return { problem: issue.message };
    }
    default:
      return { problem: issue.message };
  }
}

function tooSmall(issue: core.$ZodIssueTooSmall, input: unknown): Message {
  if (issue.origin === 'string') return { problem: 'kan ikke være tom' };
  if (issue.origin === 'array')
    return { problem: `må ha minst ${issue.minimum === 1 ? 'én verdi' : `${issue.minimum} verdier`}` };
  return { problem: `${quote(input)} er for lite`, allowed: `minst ${issue.minimum}` };
}

function tooBig(issue: core.$ZodIssueTooBig, input: unknown): Message {
  if (issue.origin === 'string')
    return { problem: `er for lang (${String(input).length} tegn)`, allowed: `høyst ${issue.maximum} tegn` };
  return { problem: `${quote(input)} er for stort`, allowed: `høyst ${issue.maximum}` };
}
