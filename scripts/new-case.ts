/**
 * `npm run ny-sak`: starts a new case file from the template, asking for what every case needs and
 * checking each answer as it is given. Never overwrites a file.
 *
 * Interactive:      npm run ny-sak
 * With flags:       npm run ny-sak -- --tittel "…" --sammendrag "…" --kommune Asker --tjenesteomrade elderly-dementia \
 *                     --malgruppe older-people --trinn 4 --trinn-begrunnelse "…" --arnstein consultation \
 *                     --arnstein-begrunnelse "…" --status pilot --dokumentasjon described \
 *                     --kilde den-nye-velferdskommunen-2026 --plassering "kap. 4, boks «…»"
 * Missing flags are asked for in a terminal; with --ikke-interaktiv (or no terminal) they are errors.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  caseFile,
  checkMunicipalities,
  checkRung,
  checkStep,
  checkTerms,
  checkText,
  slugFromTitle,
  validates,
  vocabularies,
  type Answers,
  type Check,
} from '../src/contribute/scaffold.ts';
import { CASES_DIR } from '../src/model/paths.ts';
import { sourceDocuments } from '../src/model/source-documents.ts';
import type { Vocabulary } from '../src/model/vocabularies.ts';
import { SLUG_PATTERN } from '../src/model/slug.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

const { values: flags } = parseArgs({
  options: {
    tittel: { type: 'string' },
    sammendrag: { type: 'string' },
    kommune: { type: 'string' },
    sted: { type: 'string' },
    tjenesteomrade: { type: 'string' },
    malgruppe: { type: 'string' },
    trinn: { type: 'string' },
    'trinn-begrunnelse': { type: 'string' },
    arnstein: { type: 'string' },
    'arnstein-begrunnelse': { type: 'string' },
    status: { type: 'string' },
    dokumentasjon: { type: 'string' },
    kilde: { type: 'string' },
    plassering: { type: 'string' },
    adresse: { type: 'string' },
    'ikke-interaktiv': { type: 'boolean', default: false },
  },
  strict: true,
});

const interactive = !flags['ikke-interaktiv'] && process.stdin.isTTY === true;
const rl = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
const errors: string[] = [];

/** Takes a flag's value, or asks until the answer passes its check. */
async function answer<T>(
  flag: keyof typeof flags,
  question: string,
  check: (a: string) => Check<T>,
  hint?: string,
  required = true,
): Promise<T | undefined> {
  const given = flags[flag];
  if (given === undefined && !rl && !required) return undefined;
  if (typeof given === 'string') {
    const result = check(given);
    if (result.ok) return result.value;
    if (!rl) {
      errors.push(`--${flag}: ${result.message}`);
      return undefined;
    }
    console.log(result.message);
  } else if (!rl) {
    errors.push(`--${flag} mangler (${question.toLowerCase()})`);
    return undefined;
  }
  if (hint) console.log(hint);
  for (;;) {
    const result = check(await rl!.question(`${question}: `));
    if (result.ok) return result.value;
    console.log(result.message);
  }
}

const list = (terms: readonly { key: string; label: string }[]) =>
  terms.map((t) => `  ${t.key}: ${t.label}`).join('\n');
const optional = (a: string): Check<string> => ({ ok: true, value: a.trim() });

const title = await answer('tittel', 'Tittel (navnet saken er kjent under)', (a) => checkText(a, 'Tittelen'));
const summary = await answer('sammendrag', 'Sammendrag (ett avsnitt med egne ord)', (a) =>
  checkText(a, 'Sammendraget'),
);
const municipalityNumbers = await answer(
  'kommune',
  'Kommune(r), navn eller nummer, skilt med komma (tomt for nasjonale saker og saker i utlandet)',
  checkMunicipalities,
);
const place =
  municipalityNumbers && municipalityNumbers.length === 0
    ? await answer('sted', 'Sted i ord (for eksempel «Hele landet» eller «Odense, Danmark»)', (a) =>
        checkText(a, 'Stedet'),
      )
    : typeof flags.sted === 'string'
      ? flags.sted
      : undefined;
/** A question answered with keys or labels from a vocabulary, the allowed ones listed first. */
const askTerms = (flag: keyof typeof flags, question: string, vocabulary: Vocabulary, what: string) =>
  answer(flag, question, (a) => checkTerms(a, vocabulary, what), list(vocabulary.terms));

const areas = await askTerms(
  'tjenesteomrade',
  'Tjenesteområde(r), skilt med komma',
  vocabularies.serviceAreas,
  'tjenesteområde',
);
const groups = await askTerms('malgruppe', 'Målgruppe(r), skilt med komma', vocabularies.targetGroups, 'målgruppe');
const step = await answer(
  'trinn',
  'Samskapingstrappen, trinn 1–5 eller none',
  checkStep,
  'Se /om/stigene/ for hva trinnene betyr.',
);
const stepReason = await answer('trinn-begrunnelse', 'Én linje: hvorfor dette trinnet', (a) =>
  checkText(a, 'Begrunnelsen'),
);
const rung = await answer('arnstein', 'Arnsteins stige, 1–8, navnet på trinnet, eller none', checkRung);
const rungReason = await answer('arnstein-begrunnelse', 'Én linje: hvorfor dette trinnet', (a) =>
  checkText(a, 'Begrunnelsen'),
);
const status = await askTerms('status', 'Status', vocabularies.statuses, 'status');
const evidence = await askTerms('dokumentasjon', 'Dokumentasjon', vocabularies.evidenceLevels, 'dokumentasjonsnivå');
const source = await answer(
  'kilde',
  'Kilde: nøkkelen til et av prosjektets kildedokumenter, eller tittelen på en annen publikasjon',
  (a) => checkText(a, 'Kilden'),
  sourceDocuments.map((d) => `  ${d.key}: ${d.title}`).join('\n'),
);
const locator = await answer('plassering', 'Hvor i kilden (kapittel, boks eller side)', (a) =>
  checkText(a, 'Plasseringen'),
);
const slugAnswer = await answer(
  'adresse',
  `Adresse (filnavn) [${title ? slugFromTitle(title) : ''}]`,
  optional,
  undefined,
  false,
);
rl?.close();

if ((status?.length ?? 0) > 1) errors.push('--status: velg én status');
if ((evidence?.length ?? 0) > 1) errors.push('--dokumentasjon: velg ett nivå');
if (errors.length > 0) {
  console.error(`Saken ble ikke laget:\n${errors.map((e) => `  ${e}`).join('\n')}`);
  process.exit(1);
}

const slug = slugAnswer || slugFromTitle(title!);
if (!SLUG_PATTERN.test(slug)) {
  console.error(`Adressen «${slug}» kan ikke brukes: bare små bokstaver a–z, tall og bindestrek.`);
  process.exit(1);
}

const answers: Answers = {
  title: title!,
  summary: summary!,
  municipalities: municipalityNumbers!,
  place,
  serviceAreas: areas!,
  targetGroups: groups!,
  step: step!,
  stepReason: stepReason!,
  rung: rung!,
  rungReason: rungReason!,
  status: status![0]!,
  evidence: evidence![0]!,
  source: source!,
  locator: locator!,
  today: new Date().toISOString().slice(0, 10),
};
if (!validates(answers)) {
  console.error('Svarene gir ikke en gyldig sak. Kjør npm run check på fila etter at du har rettet den.');
  process.exit(1);
}

const template = readFileSync(`${root}content/mal.mdx`, 'utf8');
const body = template.replace(/^---\n[\s\S]*?\n---\n/, '');
const path = `${CASES_DIR}/${slug}.mdx`;
try {
  // 'wx': fail rather than overwrite a contributor's file.
  writeFileSync(resolve(root, path), caseFile(answers, body), { flag: 'wx' });
} catch (e) {
  if ((e as NodeJS.ErrnoException).code === 'EEXIST') {
    console.error(
      `${path} finnes allerede, og blir ikke overskrevet. Velg en annen adresse med --adresse, eller rediger fila.`,
    );
    process.exit(1);
  }
  throw e;
}
console.log(
  `Laget ${path}. Skriv teksten under overskriftene, fyll inn aktører, hemmere og fremmere, og kjør npm run check.`,
);
