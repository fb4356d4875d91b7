/**
 * The scaffolder's logic, apart from its terminal: the flags, the questions, how each answer is
 * checked, and the case file the answers make. `scripts/new-case.ts` runs it in a terminal; the
 * tests run it with scripted answers.
 */
import { parse as parseYaml, stringify as toYaml } from 'yaml';
import { caseSchema, type CaseInput } from '../model/case-schema.ts';
import { foldForSearch } from '../model/municipality.ts';
import { municipalities, municipality } from '../model/municipalities.ts';
import { sourceDocuments, type SourceDocument } from '../model/source-documents.ts';
import {
  ARNSTEIN_NONE,
  COCREATION_NONE,
  actorTypes,
  arnsteinRungs,
  evidenceLevels,
  serviceAreas,
  statuses,
  targetGroups,
  type Vocabulary,
} from '../model/vocabularies.ts';
import { closest } from '../validation/suggest.ts';
import { SLUG_PATTERN } from '../model/slug.ts';
import type { Asker, Check } from './prompt.ts';

export type { Check } from './prompt.ts';

/** The address of a case from its title: «Områdeforum i Asker» → omradeforum-i-asker. */
export function slugFromTitle(title: string): string {
  return foldForSearch(title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '');
}

/**
 * A suggestion only if it is not what was typed, in part or in whole (a «Mente du» that repeats the
 * answer helps no one).
 */
function suggestion(typed: string, candidates: readonly string[], whole = typed): string | undefined {
  const same = (a: string, b: string) => foldForSearch(a).trim() === foldForSearch(b).trim();
  const near = closest(
    typed,
    candidates.filter((c) => !same(c, whole)),
  );
  return near !== undefined && !same(near, typed) ? near : undefined;
}

/** A free text that must not be empty; line breaks inside become spaces unless `keepLines`. */
export function checkText(answer: string, what: string, keepLines = false): Check<string> {
  const value = keepLines ? answer.trim() : answer.replace(/\s+/g, ' ').trim();
  return value ? { ok: true, value } : { ok: false, message: `${what} kan ikke være tom.` };
}

/**
 * The address (file name without .mdx): valid, and not used by any file in the case folder, in any
 * letter case and as .md or .mdx (`existing` is the folder's file names).
 */
export function checkSlug(answer: string, existing: readonly string[]): Check<string> {
  const slug = answer.trim().replace(/\.mdx?$/i, '');
  if (!SLUG_PATTERN.test(slug))
    return {
      ok: false,
      message: `«${slug}» kan ikke brukes som adresse: bare små bokstaver a–z, tall og enkle bindestreker, for eksempel ${slugFromTitle(slug) || 'omradeforum-asker'}.`,
    };
  const clash = existing.find((name) => name.replace(/\.mdx?$/i, '').toLowerCase() === slug);
  if (clash)
    return {
      ok: false,
      message: `Adressen «${slug}» er allerede brukt av ${clash}, og den fila blir ikke overskrevet. Velg en annen adresse.`,
    };
  return { ok: true, value: slug };
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
    const near = suggestion(
      part,
      municipalities.flatMap((m) => m.names),
      answer,
    );
    return {
      ok: false,
      message: `Fant ingen kommune som heter «${part}».${near ? ` Mente du ${near}?` : ''} Skriv navnet eller kommunenummeret, skilt med komma.`,
    };
  }
  return { ok: true, value: [...new Set(numbers)] };
}

/** The choices of a vocabulary, numbered, as a question's hint. */
export function choices(vocabulary: Vocabulary): string {
  return vocabulary.terms.map((t, i) => `  ${String(i + 1).padStart(2)}. ${t.label} (${t.key})`).join('\n');
}

/**
 * One or more terms of a vocabulary, by number, key or label, separated by commas. A label that
 * contains a comma («Barn, unge og familier») is recognised whole before the answer is split.
 */
/** `what` with its article: «en status», «et tjenesteområde». */
export function checkTerms(answer: string, vocabulary: Vocabulary, what: string, single = false): Check<string[]> {
  const one = what.replace(/^en /, 'én ').replace(/^et /, 'ett ');
  const parts = answer.split(',').map((p) => p.trim());
  const match = (text: string) => {
    const f = foldForSearch(text);
    if (/^\d+$/.test(text)) return vocabulary.terms[Number(text) - 1];
    return vocabulary.terms.find((t) => t.key === text.toLowerCase() || foldForSearch(t.label) === f);
  };
  const keys: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    if (parts[i] === '') continue;
    // The longest run of parts that is one label («Barn», «unge og familier» → «Barn, unge og familier»).
    let found: { term: Vocabulary['terms'][number]; end: number } | undefined;
    for (let j = parts.length; j > i && !found; j--) {
      const term = match(parts.slice(i, j).join(', '));
      if (term) found = { term, end: j };
    }
    if (!found) {
      const near = suggestion(
        parts[i]!,
        vocabulary.terms.flatMap((t) => [t.key, t.label]),
        answer,
      );
      return {
        ok: false,
        message: `«${parts[i]}» er ikke ${what}.${near ? ` Mente du «${near}»?` : ''} Svar med nummer, nøkkel eller navn fra listen (1–${vocabulary.terms.length}).`,
      };
    }
    keys.push(found.term.key);
    i = found.end - 1;
  }
  const unique = [...new Set(keys)];
  if (unique.length === 0) return { ok: false, message: `Velg minst ${one}: nummer, nøkkel eller navn fra listen.` };
  if (single && unique.length > 1) return { ok: false, message: `Velg bare ${one}.` };
  return { ok: true, value: unique };
}

export function checkStep(answer: string): Check<number | typeof COCREATION_NONE> {
  const a = answer.trim().toLowerCase();
  if (a === COCREATION_NONE || a === 'ingen') return { ok: true, value: COCREATION_NONE };
  const n = Number(a);
  if (a !== '' && Number.isInteger(n) && n >= 1 && n <= 5) return { ok: true, value: n };
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
  if (a !== '' && Number.isInteger(n) && n >= 1 && n <= 8) return { ok: true, value: n };
  const rung = arnsteinRungs.find((r) => r.key === a || foldForSearch(r.label) === foldForSearch(a));
  if (rung) return { ok: true, value: rung.key };
  const near = suggestion(
    a,
    arnsteinRungs.flatMap((r) => [r.key, r.label]),
  );
  return {
    ok: false,
    message: `Arnsteins stige har trinn 1–8 (eller navnet, for eksempel partnership), eller none.${near ? ` Mente du «${near}»?` : ''}`,
  };
}

export function checkYesNo(answer: string): Check<boolean> {
  const a = foldForSearch(answer.trim());
  if (['j', 'ja', 'y', 'yes'].includes(a)) return { ok: true, value: true };
  if (['n', 'nei', 'no'].includes(a)) return { ok: true, value: false };
  return { ok: false, message: 'Svar ja eller nei.' };
}

const dashes = (s: string) => s.replace(/[\u2010-\u2015\u2212]/g, '-');
const foldTitle = (s: string) => foldForSearch(dashes(s)).replace(/\s+/g, ' ').trim();

/** One of the project's source documents, by number, key or title (or the start of its title). */
export function findDocument(answer: string): SourceDocument | undefined {
  const a = answer.trim();
  if (/^\d+$/.test(a)) return sourceDocuments[Number(a) - 1];
  const f = foldTitle(a);
  if (f.length === 0) return undefined;
  return sourceDocuments.find(
    (d) =>
      d.key === a.toLowerCase() ||
      foldTitle(d.title) === f ||
      // A typed title that is a good part of the document's title («Morgendagens omsorg»).
      (f.length >= 12 && foldTitle(d.title).includes(f)),
  );
}

/** The source: a project document (its key) or the title of another publication. */
export function checkSource(answer: string): Check<{ document: string } | { title: string }> {
  const doc = findDocument(answer);
  if (doc) return { ok: true, value: { document: doc.key } };
  const title = answer.replace(/\s+/g, ' ').trim();
  if (/^\d+$/.test(title))
    return {
      ok: false,
      message: `Det finnes ikke noe dokument nummer ${title}. Velg 1–${sourceDocuments.length}, eller skriv tittelen.`,
    };
  return title ? { ok: true, value: { title } } : { ok: false, message: 'Kilden kan ikke være tom.' };
}

export interface Actor {
  type: string;
  name: string;
  role?: string;
}

/** An actor from a flag: «type; navn; rolle» (the role may be left out). */
export function checkActorFlag(answer: string): Check<Actor> {
  const [type = '', name = '', role = ''] = answer.split(';').map((p) => p.trim());
  const t = checkTerms(type, actorTypes, 'en aktørtype', true);
  if (!t.ok) return t;
  if (!name)
    return {
      ok: false,
      message: `Aktøren mangler navn: skriv «type; navn; rolle», for eksempel «municipality; Asker kommune; eier tiltaket».`,
    };
  return { ok: true, value: { type: t.value[0]!, name, ...(role ? { role } : {}) } };
}

export interface Answers {
  title: string;
  slug: string;
  summary: string;
  municipalities: string[];
  place?: string;
  serviceAreas: string[];
  targetGroups: string[];
  actors: Actor[];
  step: number | string;
  stepReason: string;
  rung: number | string;
  rungReason: string;
  status: string;
  evidence: string;
  source: { document: string } | { title: string; publisher?: string; year?: number };
  locator: string;
  /** The text under each of the template's headings, by heading; missing ones keep the template's. */
  sections: Record<string, string>;
  today: string;
}

/** The frontmatter the answers make: only what was asked; the rest is left for the contributor. */
export function frontmatterFor(a: Answers): CaseInput {
  return {
    title: a.title,
    summary: a.summary,
    municipalities: a.municipalities,
    ...(a.place ? { place: a.place } : {}),
    serviceAreas: a.serviceAreas as CaseInput['serviceAreas'],
    targetGroups: a.targetGroups as CaseInput['targetGroups'],
    actors: a.actors as CaseInput['actors'],
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
    sources: [{ ...a.source, locator: a.locator } as CaseInput['sources'][number]],
    lastChecked: a.today as unknown as Date,
  };
}

/** The template's body as headings with the text under each. */
export function templateSections(templateBody: string): { heading: string; text: string }[] {
  return templateBody
    .split(/^## /m)
    .slice(1)
    .map((block) => {
      const [heading, ...rest] = block.split('\n');
      return { heading: heading!.trim(), text: rest.join('\n').trim() };
    });
}

/** The flag for a heading of the template: «Hva ble gjort» → hva-ble-gjort. */
export const sectionFlag = (heading: string) => slugFromTitle(heading);

/** The whole case file: generated frontmatter, then each heading with the contributor's text. */
export function caseFile(a: Answers, templateBody: string): string {
  const front = toYaml(frontmatterFor(a), { lineWidth: 100, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' });
  // Keep kommunenummer quoted, so 0301 stays 0301 for anyone who edits the file by hand.
  const quoted = front.replace(
    /^(municipalities:\n)((?: {2}- \d{4}\n)+)/m,
    (_, head: string, items: string) => head + items.replace(/- (\d{4})/g, '- "$1"'),
  );
  const body = templateSections(templateBody)
    .map((s) => `## ${s.heading}\n\n${a.sections[s.heading]?.trim() || s.text}\n`)
    .join('\n');
  return `---\n${quoted}---\n\n${body}`;
}

/** The parsed frontmatter must pass the same schema as every case; a last guard before writing. */
export function validates(a: Answers): boolean {
  return caseSchema.safeParse(parseYaml(toYaml(frontmatterFor(a)), { version: '1.2', schema: 'core' })).success;
}

export const vocabularies = { serviceAreas, targetGroups, statuses, evidenceLevels, actorTypes };

/** Every flag of `npm run ny-sak`, for node:util parseArgs and for --help (one list for both). */
export const FLAGS = {
  type: { type: 'string', help: 'hva slags side: sak, virkemiddel eller begrep (sak hvis utelatt)' },
  tittel: { type: 'string', help: 'navnet saken er kjent under' },
  adresse: { type: 'string', help: 'filnavnet uten .mdx (foreslås fra tittelen)' },
  sammendrag: { type: 'string', help: 'ett avsnitt med egne ord' },
  kommune: {
    type: 'string',
    help: 'kommuner, navn eller nummer, skilt med komma; tomt («») for nasjonale saker og saker i utlandet',
  },
  sted: { type: 'string', help: 'sted i ord, når saken ikke har én kommune' },
  tjenesteomrade: { type: 'string', help: 'tjenesteområder: nummer, nøkkel eller navn, skilt med komma' },
  malgruppe: { type: 'string', help: 'målgrupper: nummer, nøkkel eller navn, skilt med komma' },
  aktor: { type: 'string', multiple: true, help: '«type; navn; rolle», én gang per aktør (rollen kan utelates)' },
  trinn: { type: 'string', help: 'samskapingstrappen: 1–5 eller none' },
  'trinn-begrunnelse': { type: 'string', help: 'én linje: hvorfor dette trinnet' },
  arnstein: { type: 'string', help: 'Arnsteins stige: 1–8, navnet på trinnet, eller none' },
  'arnstein-begrunnelse': { type: 'string', help: 'én linje: hvorfor dette trinnet' },
  status: { type: 'string', help: 'én status: nummer, nøkkel eller navn' },
  dokumentasjon: { type: 'string', help: 'ett dokumentasjonsnivå: nummer, nøkkel eller navn' },
  kilde: {
    type: 'string',
    help: 'et av prosjektets kildedokumenter (nummer, nøkkel eller tittel), eller tittelen på en annen publikasjon',
  },
  plassering: { type: 'string', help: 'hvor i kilden: kapittel, boks eller side' },
  utgiver: { type: 'string', help: 'utgiveren, for en annen publikasjon (valgfritt)' },
  aar: { type: 'string', help: 'utgivelsesåret, for en annen publikasjon (valgfritt)' },
  tekst: {
    type: 'string',
    multiple: true,
    help: '«Overskrift: tekst» for teksten under en av malens overskrifter, én gang per overskrift (valgfritt)',
  },
  'ikke-interaktiv': {
    type: 'boolean',
    help: 'spør ikke; manglende eller feil svar blir feil (standard når ingen terminal er koblet til)',
  },
  interaktiv: {
    type: 'boolean',
    help: 'spør også når svarene kommer fra en fil eller et annet program (ett svar per linje; en tekst over flere linjer slutter med en tom linje)',
  },
  help: { type: 'boolean', short: 'h', help: 'viser denne hjelpen' },
} as const satisfies Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string; help: string }>;

export type Flags = {
  [K in keyof typeof FLAGS]?: (typeof FLAGS)[K] extends { multiple: true }
    ? string[]
    : (typeof FLAGS)[K]['type'] extends 'boolean'
      ? boolean
      : string;
};

/** The help text, from FLAGS. */
export function helpText(): string {
  const width = Math.max(...Object.keys(FLAGS).map((k) => k.length)) + 4;
  const lines = Object.entries(FLAGS).map(([name, f]) => {
    const flag = `${'short' in f ? `-${f.short}, ` : ''}--${name}`;
    return `  ${flag.padEnd(width + 4)}${f.help}`;
  });
  return [
    'Lager en ny saksfil i content/cases/ fra malen. Overskriver aldri en fil.',
    '',
    'Bruk: npm run ny-sak                 (spør om alt)',
    '      npm run ny-sak -- --tittel "…"  (svarene som flagg; det som mangler spørres om)',
    '',
    'Flagg:',
    ...lines,
  ].join('\n');
}

/** What the interview needs from its surroundings. */
export interface Context {
  flags: Flags;
  /** The names of the files in the case folder, for the address check. */
  existing: readonly string[];
  templateBody: string;
  today: string;
}

const anything = (a: string): Check<string> => ({ ok: true, value: a.replace(/\s+/g, ' ').trim() });

/**
 * Asks for everything a case needs, in the order a contributor thinks of it, and re-asks every
 * answer until it is valid. A flag's value is used if valid; otherwise the question is asked.
 */
export async function interview(asker: Asker, print: (text: string) => void, ctx: Context): Promise<Answers> {
  const f = ctx.flags;
  const text = (flag: keyof typeof FLAGS, question: string, what: string, multiline = false) =>
    asker.ask({ text: question, check: (a) => checkText(a, what), multiline, flag }, f[flag] as string | undefined);

  const title = await text('tittel', 'Tittel (navnet saken er kjent under)', 'Tittelen');
  // The address next, suggested from the title, so a bad one is asked again before anything else.
  const slug = await asker.ask(
    {
      text: 'Adresse (filnavnet, blir /saker/<adresse>/); Enter tar forslaget',
      check: (a) => checkSlug(a, ctx.existing),
      suggested: title ? slugFromTitle(title) || undefined : undefined,
      flag: 'adresse',
      optional: true,
    },
    f.adresse,
  );
  const summary = await text('sammendrag', 'Sammendrag (ett avsnitt med egne ord)', 'Sammendraget', true);
  const municipalityNumbers = await asker.ask(
    {
      text: 'Kommune(r), navn eller nummer, skilt med komma (Enter for nasjonale saker og saker i utlandet)',
      check: checkMunicipalities,
      suggested: '',
      flag: 'kommune',
    },
    f.kommune,
  );
  const place =
    municipalityNumbers?.length === 0
      ? await text('sted', 'Sted i ord (for eksempel «Hele landet» eller «Odense, Danmark»)', 'Stedet')
      : f.sted?.trim() || undefined;

  const terms = (
    flag: keyof typeof FLAGS | undefined,
    question: string,
    vocabulary: Vocabulary,
    what: string,
    single = false,
  ) =>
    asker.ask(
      {
        text: `${question} (nummer, nøkkel eller navn${single ? '' : ', skilt med komma'})`,
        check: (a) => checkTerms(a, vocabulary, what, single),
        hint: choices(vocabulary),
        flag,
      },
      flag ? (f[flag] as string | undefined) : undefined,
    );
  const areas = await terms('tjenesteomrade', 'Tjenesteområde(r)', serviceAreas, 'et tjenesteområde');
  const groups = await terms('malgruppe', 'Målgruppe(r)', targetGroups, 'en målgruppe');

  // Actors: asked for, never made up from the other answers.
  const actors: Actor[] = [];
  let badActor = false;
  for (const given of f.aktor ?? []) {
    const a = checkActorFlag(given);
    if (a.ok) actors.push(a.value);
    else ((badActor = true), asker.fail(`--aktor: ${a.message}`));
  }
  if (!asker.interactive && actors.length === 0 && !badActor)
    asker.fail('--aktor mangler (minst én aktør: «type; navn; rolle»)');
  if (asker.interactive && (actors.length === 0 || badActor)) {
    print('Aktører: hvem deltok i saken (kommunen, frivillige, brukere, næringsliv …). Minst én.');
    for (let more = true; more;) {
      const n = actors.length + 1;
      const [type] = await terms(undefined, `Aktør ${n}, type`, actorTypes, 'en aktørtype', true);
      const name = await asker.ask({
        text: `Aktør ${n}, navn (for eksempel «Asker kommune» eller «Kirkens Bymisjon»)`,
        check: (a) => checkText(a, 'Navnet'),
      });
      const role = await asker.ask({
        text: `Aktør ${n}, rolle med noen få ord (Enter for å hoppe over)`,
        check: anything,
        suggested: '',
      });
      actors.push({ type: type!, name, ...(role ? { role } : {}) });
      more = await asker.ask({ text: 'Flere aktører? (ja/nei)', check: checkYesNo, suggested: 'nei' });
    }
  }

  const step = await asker.ask(
    {
      text: 'Samskapingstrappen, trinn 1–5 eller none',
      check: checkStep,
      hint: 'Se /om/stigene/ for hva trinnene betyr.',
      flag: 'trinn',
    },
    f.trinn,
  );
  const stepReason = await text('trinn-begrunnelse', 'Én linje: hvorfor dette trinnet', 'Begrunnelsen');
  const rung = await asker.ask(
    {
      text: 'Arnsteins stige, 1–8, navnet på trinnet, eller none',
      check: checkRung,
      hint: arnsteinRungs.map((r, i) => `  ${String(i + 1).padStart(2)}. ${r.label} (${r.key})`).join('\n'),
      flag: 'arnstein',
    },
    f.arnstein,
  );
  const rungReason = await text('arnstein-begrunnelse', 'Én linje: hvorfor dette trinnet', 'Begrunnelsen');
  const [status] = (await terms('status', 'Status', statuses, 'en status', true)) ?? [];
  const [evidence] =
    (await terms('dokumentasjon', 'Dokumentasjon', evidenceLevels, 'et dokumentasjonsnivå', true)) ?? [];

  let source: Answers['source'] = await asker.ask(
    {
      text: 'Kilde: nummer, nøkkel eller tittel på et av dokumentene, eller tittelen på en annen publikasjon',
      check: checkSource,
      hint: sourceDocuments.map((d, i) => `  ${i + 1}. ${d.title} (${d.key})`).join('\n'),
      flag: 'kilde',
    },
    f.kilde,
  );
  const docKey = source && 'document' in source ? source.document : undefined;
  const doc = sourceDocuments.find((d) => d.key === docKey);
  if (doc && asker.interactive) print(`Kilde: ${doc.title}.`);
  const locator = await text(
    'plassering',
    `Hvor i kilden${doc ? ` (${doc.locatorHint})` : ' (kapittel, boks eller side)'}`,
    'Plasseringen',
  );
  if (source && 'title' in source) {
    const publisher = await asker.ask(
      { text: 'Utgiver (Enter hvis ukjent)', check: anything, suggested: '', flag: 'utgiver', optional: true },
      f.utgiver,
    );
    const year = await asker.ask(
      {
        text: 'Utgivelsesår (Enter hvis ukjent)',
        check: (a): Check<number | undefined> =>
          a.trim() === ''
            ? { ok: true, value: undefined }
            : /^(19|20)\d\d$/.test(a.trim())
              ? { ok: true, value: Number(a.trim()) }
              : { ok: false, message: 'Skriv året med fire siffer, for eksempel 2024, eller la det stå tomt.' },
        suggested: '',
        flag: 'aar',
        optional: true,
      },
      f.aar,
    );
    source = { ...source, ...(publisher ? { publisher } : {}), ...(year ? { year } : {}) };
  }

  // The text under each of the template's headings; what is not written keeps the template's
  // guidance, which npm run check points out until it is replaced.
  const sections: Record<string, string> = {};
  const headings = templateSections(ctx.templateBody);
  for (const given of f.tekst ?? []) {
    const [heading = '', ...rest] = given.split(':');
    const s = headings.find(
      (h) => foldForSearch(h.heading) === foldForSearch(heading) || sectionFlag(h.heading) === heading.trim(),
    );
    if (s) sections[s.heading] = rest.join(':').trim();
    else
      asker.fail(
        `--tekst: malen har ingen overskrift «${heading.trim()}». Overskriftene er: ${headings.map((h) => h.heading).join(', ')}.`,
      );
  }
  if (asker.interactive) {
    for (const h of headings.filter((h) => !(h.heading in sections))) {
      sections[h.heading] = await asker.ask({
        text: `Teksten under «${h.heading}» (${h.text.split('\n')[0]!.replace(/\.$/, '')}); bare Enter: skriv den senere`,
        check: (a) => ({ ok: true, value: a }),
        multiline: true,
      });
    }
  }

  return {
    title,
    slug,
    summary,
    municipalities: municipalityNumbers,
    place,
    serviceAreas: areas,
    targetGroups: groups,
    actors,
    step,
    stepReason,
    rung,
    rungReason,
    status: status!,
    evidence: evidence!,
    source,
    locator,
    sections,
    today: ctx.today,
  };
}
