/**
 * Programmes (virkemidler) and concepts (begreper): their schemas, the Norwegian messages a
 * contributor gets for a broken file, the links between kinds («Mente du …?»), the A–Z order and
 * the CSV guard. Expected lines are written out by hand, as a contributor would read them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { byLetter, indexLetter } from '../../src/lib/alphabet.ts';
import { safeCell } from '../../src/lib/export.ts';
import { conceptSchema } from '../../src/model/concept-schema.ts';
import { caseKind, conceptKind, programmeKind } from '../../src/model/kinds.ts';
import { programmeSchema } from '../../src/model/programme-schema.ts';
import { validateKinds } from '../../src/validation/cross-links.ts';
import { formatProblem, validateCases, type CaseFile } from '../../src/validation/validate-cases.ts';

const fixtures = new URL('../fixtures/', import.meta.url).pathname;
const read = (dir: string): CaseFile[] =>
  readdirSync(join(fixtures, dir))
    .filter((f) => /\.mdx?$/.test(f))
    .sort()
    .map((f) => ({ file: `${dir}/${f}`, source: readFileSync(join(fixtures, dir, f), 'utf8') }));
const one = (dir: string, name: string) => read(dir).filter((f) => f.file.endsWith(`/${name}.mdx`));

const validCases = read('cases/valid');
const validProgrammes = read('virkemidler/valid');
const validConcepts = read('begreper/valid');

/** Every kind at once, with `extra` files added to one kind, as `npm run check` validates them. */
function check(extra: { kind: typeof caseKind; files: CaseFile[] }) {
  const sets = [
    { kind: caseKind, files: validCases },
    { kind: programmeKind, files: validProgrammes },
    { kind: conceptKind, files: validConcepts },
  ].map((s) => (s.kind === extra.kind ? { ...s, files: [...s.files, ...extra.files] } : s));
  return validateKinds(sets).problems.map(formatProblem);
}

describe('valid programme and concept files', () => {
  it('are all accepted, with their links to each other and from a case', () => {
    const { valid, problems } = validateKinds([
      { kind: caseKind, files: validCases },
      { kind: programmeKind, files: validProgrammes },
      { kind: conceptKind, files: validConcepts },
    ]);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(
      valid
        .get('programmes')!
        .map((p) => p.slug)
        .sort(),
    ).toEqual(['testforslag', 'testprogram']);
    expect(
      valid
        .get('concepts')!
        .map((p) => p.slug)
        .sort(),
    ).toEqual(['ovingsbegrep', 'testbegrep']);
  });

  it('get defaults for the optional lists, and Norway as country', () => {
    const p = programmeSchema.parse({
      title: 'X',
      summary: 'Y',
      kind: 'network',
      owner: 'Z',
      purpose: 'W',
      status: 'unknown',
      statusAsOf: 2013,
      sources: [{ title: 'Kilde', locator: 's. 1' }],
      lastChecked: '2026-11-30',
    });
    expect(p.country).toBe('NO');
    expect(p.audience).toEqual([]);
    expect(p.concepts).toEqual([]);
    expect(p.lastChecked).toEqual(new Date('2026-11-30T00:00:00Z'));
    const c = conceptSchema.parse({
      title: 'X',
      summary: 'Y',
      kind: 'model',
      origin: 'Kildene sier ikke hvor det kommer fra.',
      sources: [{ document: 'omsorg-3-0-2017', locator: 'kap. 4' }],
      lastChecked: new Date('2026-11-30T00:00:00Z'),
    });
    expect(c.aliases).toEqual([]);
    expect(c.related).toEqual([]);
  });

  it('accept a planned end year on a running programme, but not an unplanned one', () => {
    const base = {
      title: 'X',
      summary: 'Y',
      kind: 'programme',
      owner: 'Z',
      purpose: 'W',
      status: 'running',
      statusAsOf: 2026,
      sources: [{ title: 'Kilde', locator: 's. 1' }],
      lastChecked: '2026-11-30',
    };
    expect(programmeSchema.safeParse({ ...base, period: { start: 2024, end: 2028, endPlanned: true } }).success).toBe(
      true,
    );
    expect(programmeSchema.safeParse({ ...base, period: { start: 2024, end: 2028 } }).success).toBe(false);
    expect(programmeSchema.safeParse({ ...base, status: 'ended', period: { start: 2024, end: 2025 } }).success).toBe(
      true,
    );
  });
});

describe('broken programme and concept files get one Norwegian line per problem', () => {
  it('a kind that does not exist', () => {
    expect(validateCases(one('virkemidler/invalid', 'feil-type'), programmeKind).problems.map(formatProblem)).toEqual([
      'virkemidler/invalid/feil-type.mdx:4: kind: «programm» er ikke en gyldig verdi. Tillatt: programme, fund, grant-scheme, loan-scheme, network, national-body, agreement, competence-centre. Mente du «programme»?',
    ]);
  });

  it('an end year on a programme that is still running', () => {
    expect(
      validateCases(one('virkemidler/invalid', 'slutt-uten-avsluttet'), programmeKind).problems.map(formatProblem),
    ).toEqual([
      'virkemidler/invalid/slutt-uten-avsluttet.mdx:12: period.end: et sluttår passer ikke med status «running». Tillatt: status ended når det er avsluttet, eller endPlanned: true når sluttåret er planlagt.',
    ]);
  });

  it('an unknown field on a concept, with the field meant', () => {
    expect(validateCases(one('begreper/invalid', 'ukjent-felt'), conceptKind).problems.map(formatProblem)).toEqual([
      'begreper/invalid/ukjent-felt.mdx:6: alias: ukjent felt. Tillatt: title, summary, aliases, kind, origin, related, sources, lastChecked. Mente du «aliases»?',
    ]);
  });

  it('an address that is not a file name', () => {
    const source = validProgrammes
      .find((f) => f.file.endsWith('/testprogram.mdx'))!
      .source.replace('concepts: [testbegrep]', 'concepts: [Test begrep]');
    expect(validateCases([{ file: 'virkemidler/x.mdx', source }], programmeKind).problems.map(formatProblem)).toEqual([
      'virkemidler/x.mdx:12: concepts[0]: «Test begrep» er ikke en gyldig adresse. Tillatt: filnavnet uten .mdx: små bokstaver a–z, tall og bindestrek, for eksempel «stimulab».',
    ]);
  });

  it('an empty programme file points to the programme template', () => {
    expect(
      validateCases([{ file: 'virkemidler/tom.mdx', source: '' }], programmeKind).problems.map(formatProblem),
    ).toEqual([
      'virkemidler/tom.mdx: fila er tom. Tillatt: frontmatter mellom to linjer med --- øverst, og deretter teksten; se malen i content/mal-virkemiddel.mdx.',
    ]);
  });
});

describe('links between kinds', () => {
  it('a programme naming a concept that does not exist: «Mente du» among the real ones', () => {
    expect(check({ kind: programmeKind, files: one('virkemidler/invalid', 'lenke-til-ukjent-begrep') })).toEqual([
      'virkemidler/invalid/lenke-til-ukjent-begrep.mdx:10: concepts[0]: det finnes ikke noe begrep med adressen "testbegerp". Tillatt: filnavnet (uten .mdx) til en side i content/begreper/. Mente du «testbegrep»?',
    ]);
  });

  it('a concept related to itself, and to a misspelt concept', () => {
    expect(check({ kind: conceptKind, files: one('begreper/invalid', 'lenker-til-seg-selv') })).toEqual([
      'begreper/invalid/lenker-til-seg-selv.mdx:6: related[0]: et begrep kan ikke lenke til seg selv. Tillatt: filnavnet (uten .mdx) til en side i content/begreper/.',
      'begreper/invalid/lenker-til-seg-selv.mdx:6: related[1]: det finnes ikke noe begrep med adressen "ovingsbegrpe". Tillatt: filnavnet (uten .mdx) til en side i content/begreper/. Mente du «ovingsbegrep»?',
    ]);
  });

  it('a case naming a programme and a concept that do not exist', () => {
    const source = validCases
      .find((f) => f.file.endsWith('/partnerskap.mdx'))!
      .source.replace('programmes: [testprogram]', 'programmes: [testprogramm]')
      .replace('concepts: [testbegrep]', 'concepts: [ovingsbgrep]');
    const file = 'cases/valid/partnerskap.mdx';
    const problems = validateKinds([
      { kind: caseKind, files: validCases.map((f) => (f.file === file ? { file, source } : f)) },
      { kind: programmeKind, files: validProgrammes },
      { kind: conceptKind, files: validConcepts },
    ]).problems.map(formatProblem);
    expect(problems).toEqual([
      'cases/valid/partnerskap.mdx:19: programmes[0]: det finnes ikke noe virkemiddel med adressen "testprogramm". Tillatt: filnavnet (uten .mdx) til en side i content/virkemidler/. Mente du «testprogram»?',
      'cases/valid/partnerskap.mdx:20: concepts[0]: det finnes ikke noe begrep med adressen "ovingsbgrep". Tillatt: filnavnet (uten .mdx) til en side i content/begreper/. Mente du «ovingsbegrep»?',
    ]);
  });
});

describe('the A–Z index of concepts', () => {
  it('puts Æ, Ø and Å after Z, accented letters under their base letter, digits first', () => {
    const groups = byLetter(
      ['Åpen innovasjon', 'Zeta', 'Ærlig', 'Ørsmå steg', 'alfa', 'Écu', '3D-modell', 'Beta'],
      (t) => t,
    );
    expect(groups.map((g) => g.letter)).toEqual(['#', 'A', 'B', 'E', 'Z', 'Æ', 'Ø', 'Å']);
    expect(groups.find((g) => g.letter === 'E')!.items).toEqual(['Écu']);
  });

  it('sorts within a letter the Norwegian way', () => {
    expect(byLetter(['Samvirke', 'Samproduksjon', 'Samskaping'], (t) => t)[0]!.items).toEqual([
      'Samproduksjon',
      'Samskaping',
      'Samvirke',
    ]);
    expect(indexLetter('  øvelse')).toBe('Ø');
  });
});

describe('CSV cells for programmes and concepts', () => {
  it('never start with a formula character a spreadsheet would run', () => {
    expect(safeCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(safeCell('+47 kroner')).toBe('"\'+47 kroner"');
    expect(safeCell('-1')).toBe('"\'-1"');
    expect(safeCell('@navn')).toBe('"\'@navn"');
    expect(safeCell('Tilskudd')).toBe('"Tilskudd"');
  });
});

describe('the contributors’ templates', () => {
  it('are valid files of their kind, every field filled in', () => {
    for (const [file, kind] of [
      ['content/mal-virkemiddel.mdx', programmeKind],
      ['content/mal-begrep.mdx', conceptKind],
    ] as const) {
      const source = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
      expect(validateCases([{ file, source }], kind).problems.map(formatProblem)).toEqual([]);
    }
  });
});
