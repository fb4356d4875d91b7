/**
 * The scaffolder's logic, apart from its terminal: the questions, how each answer is checked, and
 * the case file the answers make. `scripts/new-case.ts` asks the questions or reads flags.
 */
import yaml from 'js-yaml';
import { caseSchema, type CaseInput } from '../model/case-schema.ts';
import { foldForSearch } from '../model/municipality.ts';
import { municipalities, municipality } from '../model/municipalities.ts';
import { sourceDocumentKeys } from '../model/source-documents.ts';
import {
  ARNSTEIN_NONE,
  COCREATION_NONE,
  arnsteinRungs,
  evidenceLevels,
  serviceAreas,
  statuses,
  targetGroups,
  type Vocabulary,
} from '../model/vocabularies.ts';
import { closest } from '../validation/suggest.ts';

export type Check<T> = { ok: true; value: T } | { ok: false; message: string };

/** The address of a case from its title: «Områdeforum i Asker» → omradeforum-i-asker. */
export function slugFromTitle(title: string): string {
  return foldForSearch(title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '');
}

/** Municipalities by number or by any of their names, tolerant of missing æøå. */
export function checkMunicipalities(answer: string): Check<string[]> {
  const parts = answer
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return { ok: true, value: [] };
  const numbers: string[] = [];
  for (const part of parts) {
    if (/^\d{4}$/.test(part) && municipality(part)) {
      numbers.push(part);
      continue;
    }
    const folded = foldForSearch(part);
    const exact = municipalities.filter((m) => m.names.some((n) => foldForSearch(n) === folded));
    if (exact.length === 1) {
      numbers.push(exact[0]!.number);
      continue;
    }
    if (exact.length > 1) {
      return {
        ok: false,
        message: `«${part}» er navnet på flere kommuner: ${exact.map((m) => `${m.number} ${m.name}`).join(', ')}. Skriv kommunenummeret.`,
      };
    }
    const names = municipalities.flatMap((m) => m.names);
    const near = closest(part, names);
    return {
      ok: false,
      message: `Fant ingen kommune som heter «${part}».${near ? ` Mente du ${near}?` : ''} Skriv navnet eller kommunenummeret.`,
    };
  }
  return { ok: true, value: [...new Set(numbers)] };
}

/** One or more keys from a vocabulary, by key or by label. */
export function checkTerms(answer: string, vocabulary: Vocabulary, what: string): Check<string[]> {
  const parts = answer
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return { ok: false, message: `Velg minst én ${what}.` };
  const keys: string[] = [];
  for (const part of parts) {
    const term = vocabulary.terms.find((t) => t.key === part || foldForSearch(t.label) === foldForSearch(part));
    if (term) {
      keys.push(term.key);
      continue;
    }
    const near = closest(
      part,
      vocabulary.terms.flatMap((t) => [t.key, t.label]),
    );
    return {
      ok: false,
      message: `«${part}» er ikke en ${what}.${near ? ` Mente du «${near}»?` : ''} Tillatt: ${vocabulary.keys.join(', ')}.`,
    };
  }
  return { ok: true, value: [...new Set(keys)] };
}

export function checkStep(answer: string): Check<number | typeof COCREATION_NONE> {
  const a = answer.trim().toLowerCase();
  if (a === COCREATION_NONE || a === 'ingen') return { ok: true, value: COCREATION_NONE };
  const n = Number(a);
  if (Number.isInteger(n) && n >= 1 && n <= 5) return { ok: true, value: n };
  return {
    ok: false,
    message:
      'Samskapingstrappen har trinn 1–5, eller none når verken innbyggere, brukere, pårørende, frivillige eller sivilsamfunn deltar.',
  };
}

export function checkRung(answer: string): Check<number | string> {
  const a = answer.trim().toLowerCase();
  if (a === ARNSTEIN_NONE || a === 'ingen') return { ok: true, value: ARNSTEIN_NONE };
  const n = Number(a);
  if (Number.isInteger(n) && n >= 1 && n <= 8) return { ok: true, value: n };
  const rung = arnsteinRungs.find((r) => r.key === a || foldForSearch(r.label) === foldForSearch(a));
  if (rung) return { ok: true, value: rung.key };
  const near = closest(
    a,
    arnsteinRungs.flatMap((r) => [r.key, r.label]),
  );
  return {
    ok: false,
    message: `Arnsteins stige har trinn 1–8 (eller navnet, for eksempel partnership), eller none.${near ? ` Mente du «${near}»?` : ''}`,
  };
}

export function checkText(answer: string, what: string): Check<string> {
  return answer.trim() ? { ok: true, value: answer.trim() } : { ok: false, message: `${what} kan ikke være tom.` };
}

export interface Answers {
  title: string;
  summary: string;
  municipalities: string[];
  place?: string;
  serviceAreas: string[];
  targetGroups: string[];
  step: number | string;
  stepReason: string;
  rung: number | string;
  rungReason: string;
  status: string;
  evidence: string;
  /** A project source document key, or the title of another publication. */
  source: string;
  locator: string;
  today: string;
}

/** The frontmatter the answers make: only what was asked; the rest is left for the contributor. */
export function frontmatterFor(a: Answers): CaseInput {
  const isDocument = (sourceDocumentKeys as readonly string[]).includes(a.source);
  return {
    title: a.title,
    summary: a.summary,
    municipalities: a.municipalities,
    ...(a.place ? { place: a.place } : {}),
    serviceAreas: a.serviceAreas as CaseInput['serviceAreas'],
    targetGroups: a.targetGroups as CaseInput['targetGroups'],
    actors: [
      ...(a.municipalities.length > 0
        ? a.municipalities.map((n) => ({ type: 'municipality' as const, name: `${municipality(n)!.name} kommune` }))
        : [{ type: 'state' as const, name: a.place ?? 'Fyll inn' }]),
      // A step or rung needs someone on the citizens' side among the actors (the schema checks it).
      ...(a.step !== COCREATION_NONE || a.rung !== ARNSTEIN_NONE
        ? [{ type: 'residents' as const, name: 'Innbyggere', role: 'Fyll inn: hva de gjorde, slik kilden sier det' }]
        : []),
    ],
    // The basis starts as the source's locator and the confidence as a judgement: the contributor sharpens both.
    coCreation: {
      step: a.step as CaseInput['coCreation']['step'],
      reason: a.stepReason,
      basis: a.locator,
      confidence: 'judgement',
    },
    arnstein: { rung: a.rung, reason: a.rungReason, basis: a.locator, confidence: 'judgement' },
    status: a.status as CaseInput['status'],
    evidence: { level: a.evidence as CaseInput['evidence']['level'] },
    barriers: [],
    drivers: [],
    sources: [
      isDocument ? { document: a.source as never, locator: a.locator } : { title: a.source, locator: a.locator },
    ],
    lastChecked: a.today as unknown as Date,
  };
}

/** The whole case file: generated frontmatter, then the template's body with its section headings. */
export function caseFile(a: Answers, templateBody: string): string {
  const front = yaml.dump(frontmatterFor(a), { lineWidth: 100, quotingType: '"', forceQuotes: false });
  // Keep kommunenummer quoted, so 0301 stays 0301 for anyone who edits the file by hand.
  const quoted = front.replace(
    /^(municipalities:\n)((?: {2}- \d{4}\n)+)/m,
    (_, head: string, items: string) => head + items.replace(/- (\d{4})/g, '- "$1"'),
  );
  return `---\n${quoted}---\n${templateBody.startsWith('\n') ? '' : '\n'}${templateBody}`;
}

/** The parsed frontmatter must pass the same schema as every case; a last guard before writing. */
export function validates(a: Answers): boolean {
  return caseSchema.safeParse(yaml.load(yaml.dump(frontmatterFor(a)))).success;
}

export const vocabularies = { serviceAreas, targetGroups, statuses, evidenceLevels };
