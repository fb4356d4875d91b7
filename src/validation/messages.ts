/**
 * Turns Zod's issues into the Norwegian messages a contributor reads: what is wrong, what is
 * allowed, and a «Mente du …?» for a near miss. One message per issue, no stack trace.
 */
import type { core } from 'astro/zod';
import { municipalities, populationYear } from '../model/municipalities.ts';
import {
  ARNSTEIN_NONE,
  ARNSTEIN_RUNG_MAX,
  actorTypes,
  arnsteinRungs,
  COCREATION_STEP_MAX,
  COCREATION_STEP_MIN,
} from '../model/vocabularies.ts';

const RUNGS = `1–${ARNSTEIN_RUNG_MAX}`;
const STEPS = `${COCREATION_STEP_MIN}–${COCREATION_STEP_MAX}`;
import { closest } from './suggest.ts';
import { SLUG_PATTERN } from '../model/slug.ts';
import { NO_CONTROL_CHARS } from '../model/case-schema.ts';
import { currentYear, FIRST_CHECK_DATE, FIRST_YEAR, today } from '../model/dates.ts';
import { shorten } from '../pipeline/frontmatter.ts';

export interface Message {
  /** What is wrong (a sentence, no full stop needed). */
  problem: string;
  /** What is allowed, if it helps. */
  allowed?: string;
  /** A likely intended value. */
  suggestion?: string;
}

type Issue = core.$ZodIssue;

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

/** A value as the contributor wrote it, shortened to fit one line. */
const quote = (v: unknown) => `«${shorten(typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v)))}»`;
const list = (values: readonly unknown[]) => values.map((v) => String(v)).join(', ');

/** Everything that may stand in `arnstein.rung`. */
const RUNG_VALUES = [...arnsteinRungs.map((r) => r.key), ARNSTEIN_NONE];
const RUNG_ALLOWED = `${RUNGS}, ${list(RUNG_VALUES)}`;
const STEP_ALLOWED = `et helt tall fra ${COCREATION_STEP_MIN} til ${COCREATION_STEP_MAX}, eller none når verken innbyggere, brukere, pårørende, frivillige eller sivilsamfunn deltar`;
/** Actor types as a contributor reads them: «residents (Innbyggere)». */
const actorList = (keys: unknown) =>
  (Array.isArray(keys) ? keys : []).map((k: string) => `${k} (${actorTypes.label(k)})`).join(', ');

function municipalityMessage(value: unknown): Message {
  const typed = String(value ?? '');
  if (/^\d+$/.test(typed)) {
    const near = municipalities.filter((m) => closest(typed, [m.number]) === m.number);
    return {
      problem: /^\d{4}$/.test(typed)
        ? `${quote(typed)} er ikke et kommunenummer i SSBs register (${municipalities.length} kommuner per ${populationYear})`
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
      if (input === null)
        return {
          problem: 'feltet har ingen verdi (det som står etter # er en kommentar i YAML)',
          allowed: `${TYPE_NAMES[issue.expected] ?? issue.expected}; sett teksten i anførselstegn hvis den skal begynne med #`,
        };
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
      // The unions in the schema: the Arnstein rung (a number or a rung's name) and the step (a number or none).
      if (field === 'rung') {
        const suggestion = typeof input === 'string' ? closest(input, RUNG_VALUES) : undefined;
        const problem =
          typeof input === 'number'
            ? `${input} er utenfor stigen: Arnsteins stige har trinn ${RUNGS}`
            : `${quote(input)} er ikke et trinn på Arnsteins stige`;
        return {
          problem,
          allowed: `${RUNG_ALLOWED} (none når innbyggerne ikke har noen rolle i beslutningene)`,
          suggestion,
        };
      }
      if (field === 'step') {
        return {
          problem:
            typeof input === 'number'
              ? `${input} er utenfor trappen: samskapingstrappen har trinn ${STEPS}`
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
          problem: `${String(input)} er utenfor stigen: Arnsteins stige har trinn ${RUNGS}`,
          allowed: `${RUNG_ALLOWED} (none når innbyggerne ikke har noen rolle i beslutningene)`,
        };
      }
      if (field === 'step')
        return {
          problem: `${String(input)} er utenfor trappen: samskapingstrappen har trinn ${STEPS}`,
          allowed: STEP_ALLOWED,
        };
      return issue.code === 'too_small' ? tooSmall(issue, input) : tooBig(issue, input);
    }
    case 'invalid_format': {
      if (issue.format === 'regex' && (issue as { pattern?: string }).pattern === String(NO_CONTROL_CHARS)) {
        return {
          problem: 'teksten har usynlige kontrolltegn (ofte fra kopiering)',
          allowed: 'vanlig tekst; skriv verdien inn på nytt',
        };
      }
      if (issue.format === 'regex' && (issue as { pattern?: string }).pattern === String(SLUG_PATTERN)) {
        return {
          problem: `${quote(input)} er ikke en gyldig adresse`,
          allowed: 'adressen til en side: små bokstaver a–z, tall og bindestrek, for eksempel «omsorg-3-0»',
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
      // Handled per key in src/pipeline/content.ts, where the allowed keys are known.
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
        case 'year-in-future':
          return {
            problem: `året ${quote(input)} er ikke kommet ennå`,
            allowed: `et år fra ${FIRST_YEAR} til ${currentYear()}`,
          };
        case 'not-a-date':
          return {
            problem: `${quote(input)} er ikke en dato som finnes`,
            allowed: 'ÅÅÅÅ-MM-DD med en måned fra 01 til 12 og en dag som finnes i måneden, for eksempel 2026-11-25',
          };
        case 'date-out-of-range':
          return {
            problem: `datoen ${quote(input)} er ${String(input) > today() ? 'i framtiden' : 'for tidlig'}`,
            allowed: `en dato fra ${FIRST_CHECK_DATE} til i dag (${today()})`,
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
        case 'step-needs-civil-actor':
          return {
            problem: `trinn ${params.step} på samskapingstrappen krever at noen utenfor det offentlige deltar, men ingen aktør er innbyggere, brukere, pårørende, frivillige eller sivilsamfunn (næringsliv, forskere og leverandører på kontrakt teller ikke alene)`,
            allowed: `en aktør av typen ${actorList(params.allowed)}, eller step: none; se /om/stigene/`,
          };
        case 'rung-needs-citizen-actor':
          return {
            problem: `trinn ${params.rung} på Arnsteins stige (partnerskap eller høyere) krever at innbyggerne selv har makt, men ingen aktør er innbyggere, brukere, pårørende eller frivillige`,
            allowed: `en aktør av typen ${actorList(params.allowed)}, eller et lavere trinn; stigen måler innbyggernes makt, ikke samarbeidspartnernes`,
          };
        case 'rung-needs-civil-actor':
          return {
            problem: `trinn ${params.rung} på Arnsteins stige krever at innbyggere, brukere eller pårørende deltar, men ingen aktør er av en slik type`,
            allowed: `en aktør av typen ${actorList(params.allowed)}, eller rung: none`,
          };
        case 'status-after-checked':
          return {
            problem: `statusAsOf ${params.statusAsOf} er etter året saken sist ble kontrollert (${params.checkedYear})`,
            allowed: `året kilden beskriver, senest ${params.checkedYear}`,
          };
        case 'end-in-future':
          return {
            problem: `sluttåret ${params.end} er etter ${params.asOf}, året statusen gjelder: det kan ikke ha skjedd ennå`,
            allowed: 'endPlanned: true i period når kilden omtaler sluttåret som en plan, ellers et år som har vært',
          };
        case 'end-planned-without-end':
          return {
            problem: 'endPlanned er satt, men period mangler end',
            allowed: 'et planlagt sluttår i end, eller fjern endPlanned',
          };
        case 'ended-with-planned-end':
          return {
            problem: 'saken har status ended, men sluttåret er merket som planlagt',
            allowed: 'fjern endPlanned når saken faktisk er avsluttet, eller velg en annen status',
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
