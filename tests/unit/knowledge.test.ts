/**
 * Programmes (virkemidler) and concepts (begreper): their schemas, the Norwegian messages a
 * contributor gets for a broken file, the links between kinds («Mente du …?») and the A–Z order.
 * Expected lines are written out by hand, as a contributor would read them.
 */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { byLetter, indexLetter } from '../../src/lib/alphabet.ts';
import { checkKind, knowledgeFile } from '../../src/contribute/new-page.ts';
import { toCsvWith } from '../../src/lib/export.ts';
import { conceptSchema } from '../../src/model/concept-schema.ts';
import { programmeSchema } from '../../src/model/programme-schema.ts';
import { loadKind, readEntry, type ContentKind } from '../../src/pipeline/content.ts';
import { caseKind, conceptKind, programmeKind } from '../../src/pipeline/kinds.ts';
import { formatProblem } from '../../src/pipeline/report.ts';

const fixtures = new URL('../fixtures/', import.meta.url).pathname;

/** One file read on its own, as `npm run check -- file` reads it. */
const lines = (kind: ContentKind<never> | ContentKind<unknown>, path: string, source?: string) =>
  readEntry(
    kind as ContentKind<never>,
    { file: path, slug: 'x' },
    new TextEncoder().encode(source ?? readFileSync(join(fixtures, path), 'utf8')),
  ).problems.map(formatProblem);

/**
 * The valid fixtures of all three kinds in a project of their own (folders cases/, virkemidler/,
 * begreper/), with extra files added, checked the way `npm run check` checks them.
 */
function project(extra: Record<string, string> = {}) {
  const root = mkdtempSync(join(tmpdir(), 'kinder-'));
  cpSync(join(fixtures, 'cases/valid'), join(root, 'cases'), { recursive: true });
  cpSync(join(fixtures, 'virkemidler/valid'), join(root, 'virkemidler'), { recursive: true });
  cpSync(join(fixtures, 'begreper/valid'), join(root, 'begreper'), { recursive: true });
  for (const [path, from] of Object.entries(extra)) cpSync(join(fixtures, from), join(root, path));
  const kinds = [
    { ...caseKind, dir: 'cases' },
    { ...programmeKind, dir: 'virkemidler' },
    { ...conceptKind, dir: 'begreper' },
  ] as unknown as ContentKind<never>[];
  const results = kinds.map((k) => loadKind(k, root, kinds));
  return { results, problems: results.flatMap((r) => r.problems).map(formatProblem) };
}

describe('valid programme and concept files', () => {
  it('are all accepted, with their links to each other and from a case', () => {
    const { results, problems } = project();
    expect(problems).toEqual([]);
    expect(results[1]!.entries.map((p) => p.slug).sort()).toEqual(['testforslag', 'testprogram']);
    expect(results[2]!.entries.map((p) => p.slug).sort()).toEqual(['ovingsbegrep', 'testbegrep']);
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
    expect(lines(programmeKind, 'virkemidler/invalid/feil-type.mdx')).toEqual([
      'virkemidler/invalid/feil-type.mdx:4: kind: «programm» er ikke en gyldig verdi. Tillatt: programme, fund, grant-scheme, loan-scheme, network, national-body, agreement, competence-centre. Mente du «programme»?',
    ]);
  });

  it('an end year on a programme that is still running', () => {
    expect(lines(programmeKind, 'virkemidler/invalid/slutt-uten-avsluttet.mdx')).toEqual([
      'virkemidler/invalid/slutt-uten-avsluttet.mdx:12: period.end: et sluttår passer ikke med status «running». Tillatt: status ended når det er avsluttet, eller endPlanned: true når sluttåret er planlagt.',
    ]);
  });

  it('an unknown field on a concept, with the field meant', () => {
    expect(lines(conceptKind, 'begreper/invalid/ukjent-felt.mdx')).toEqual([
      'begreper/invalid/ukjent-felt.mdx:6: alias: ukjent felt. Tillatt: title, summary, aliases, kind, origin, related, sources, lastChecked. Mente du «aliases»?',
    ]);
  });

  it('an address that is not a file name', () => {
    const source = readFileSync(join(fixtures, 'virkemidler/valid/testprogram.mdx'), 'utf8').replace(
      'concepts: [testbegrep]',
      'concepts: [Test begrep]',
    );
    expect(lines(programmeKind, 'virkemidler/x.mdx', source)).toEqual([
      'virkemidler/x.mdx:12: concepts[0]: «Test begrep» er ikke en gyldig adresse. Tillatt: adressen til en side: små bokstaver a–z, tall og bindestrek, for eksempel «omsorg-3-0».',
    ]);
  });
});

describe('links between kinds', () => {
  it('a programme naming a concept that does not exist: «Mente du» among the real ones', () => {
    expect(project({ 'virkemidler/lenke.mdx': 'virkemidler/invalid/lenke-til-ukjent-begrep.mdx' }).problems).toEqual([
      'virkemidler/lenke.mdx:10: concepts[0]: det finnes ingen side med adressen "testbegerp" i begreper/. Tillatt: filnavnet (uten .mdx) til en side i begreper/. Mente du «testbegrep»?',
    ]);
  });

  it('a concept related to itself, and to a misspelt concept', () => {
    expect(
      project({ 'begreper/lenker-til-seg-selv.mdx': 'begreper/invalid/lenker-til-seg-selv.mdx' }).problems,
    ).toEqual([
      'begreper/lenker-til-seg-selv.mdx:6: related[0]: et begrep kan ikke lenke til seg selv. Tillatt: adressen til en annen side i begreper/.',
      'begreper/lenker-til-seg-selv.mdx:6: related[1]: det finnes ingen side med adressen "ovingsbegrpe" i begreper/. Tillatt: filnavnet (uten .mdx) til en side i begreper/. Mente du «ovingsbegrep»?',
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

describe('CSV for programmes and concepts', () => {
  it('never starts a cell with a character a spreadsheet would run as a formula', () => {
    const csv = toCsvWith(
      [{ header: 'tittel', value: (r: string) => r }],
      ['=HYPERLINK("x")', '+47 kroner', '-1', '@navn', 'Tilskudd'],
    );
    expect(csv).toBe(
      '\uFEFF"tittel"\r\n"\'=HYPERLINK(""x"")"\r\n"\'+47 kroner"\r\n"\'-1"\r\n"\'@navn"\r\n"Tilskudd"\r\n',
    );
  });
});

describe('the contributors’ templates', () => {
  it('are refused as they stand, for their placeholders only', () => {
    for (const [file, kind] of [
      ['content/mal-virkemiddel.mdx', programmeKind],
      ['content/mal-begrep.mdx', conceptKind],
    ] as const) {
      const found = lines(kind, `../../${file}`);
      expect(found.length, file).toBeGreaterThan(0);
      for (const line of found) expect(line).toMatch(/er malens (plassholdertekst|eksempel)/);
    }
  });
});

describe('npm run ny-sak for a programme or a concept', () => {
  it('takes the kind by number, key or the start of its label', () => {
    expect(checkKind('2')).toMatchObject({ ok: true, value: { key: 'virkemiddel' } });
    expect(checkKind('begrep')).toMatchObject({ ok: true, value: { key: 'begrep' } });
    expect(checkKind('Virkem')).toMatchObject({ ok: true, value: { key: 'virkemiddel' } });
    expect(checkKind('4')).toEqual({ ok: false, message: 'Svar 1, 2 eller 3, eller sak, virkemiddel, begrep.' });
  });

  it('writes the template with the title and date filled in, keeping its guidance', () => {
    const template = readFileSync(new URL('../../content/mal-begrep.mdx', import.meta.url), 'utf8');
    const file = knowledgeFile(template, 'Prøvebegrep: et eksempel', '2026-11-30');
    expect(file).toContain('title: "Prøvebegrep: et eksempel"');
    expect(file).toContain('lastChecked: 2026-11-30');
    expect(file).toContain('# Mal for et nytt begrep');
    expect(file.endsWith(template.slice(template.indexOf('\n---\n', 4) + 5))).toBe(true);
  });
});
