/**
 * The case schema and its messages, as a contributor meets them: valid fixtures pass, and each kind
 * of broken file gets exactly the line `npm run check` and the build print.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  formatProblem,
  validateCases,
  validateCaseSource,
  type CaseFile,
} from '../../src/validation/validate-cases.ts';
import yaml from 'js-yaml';
import { caseSchema, rungNumber, stepNumber } from '../../src/model/case-schema.ts';

const fixtures = new URL('../fixtures/cases/', import.meta.url).pathname;
const read = (dir: string): CaseFile[] =>
  readdirSync(join(fixtures, dir))
    .filter((f) => /\.mdx?$/.test(f))
    .sort()
    .map((f) => ({ file: `${dir}/${f}`, source: readFileSync(join(fixtures, dir, f), 'utf8') }));

/** The lines a contributor sees for one broken fixture. */
function messagesFor(name: string): string[] {
  const file = `invalid/${name}.mdx`;
  return validateCases([{ file, source: readFileSync(join(fixtures, file), 'utf8') }]).problems.map(formatProblem);
}

describe('valid case files', () => {
  const valid = read('valid');
  const { cases, problems } = validateCases(valid);

  it('are all accepted', () => {
    expect(problems.map(formatProblem)).toEqual([]);
    expect(cases).toHaveLength(valid.length);
  });

  it('cover every step of the co-creation ladder, and «none»', () => {
    const steps = new Set(cases.map((c) => stepNumber(c.data.coCreation.step)));
    expect([...steps].sort()).toEqual([1, 2, 3, 4, 5, null].sort());
  });

  it('cover every rung of Arnstein’s ladder, given as number or name, and «none»', () => {
    const rungs = new Set(cases.map((c) => rungNumber(c.data.arnstein.rung)));
    expect([...rungs].sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8, null].sort());
    expect(cases.some((c) => typeof c.data.arnstein.rung === 'number')).toBe(true);
    expect(cases.some((c) => typeof c.data.arnstein.rung === 'string')).toBe(true);
  });

  it('may leave out every optional field, which then gets its default', () => {
    const bare = cases.find((c) => c.slug === 'steg-3-informasjon')!.data;
    expect(bare.barriers).toEqual([]);
    expect(bare.drivers).toEqual([]);
    expect(bare.historicalNames).toEqual([]);
    expect(bare.country).toBe('NO');
    expect(bare.period).toEqual({});
    expect(bare.reuse).toEqual({ adoptedBy: [] });
    expect(bare.contact).toBeUndefined();
  });

  it('accept an unquoted kommunenummer, which YAML reads as a number', () => {
    expect(cases.find((c) => c.slug === 'delegert-makt')!.data.municipalities).toEqual(['5001']);
  });

  it('include the contributors’ template, with every field in a valid form, refused only for its placeholders', () => {
    const template = readFileSync(new URL('../../content/mal.mdx', import.meta.url), 'utf8');
    const front = /^---\n([\s\S]*?\n)---\n/.exec(template)![1]!;
    expect(caseSchema.safeParse(yaml.load(front)).success).toBe(true);
    const problems = validateCaseSource('content/mal.mdx', template).problems.map(formatProblem);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.filter((p) => !/ er malens (plassholdertekst|eksempeltekst|eksempelverdi)/.test(p))).toEqual([]);
  });
});

describe('broken case files get one Norwegian line per problem', () => {
  it('broken YAML', () => {
    expect(messagesFor('broken-yaml')).toEqual([
      'invalid/broken-yaml.mdx:5: frontmatter er ikke gyldig YAML: en verdi fortsetter over flere linjer; mangler et avsluttende anførselstegn? Tillatt: felt: verdi på hver linje, to mellomrom innrykk under en gruppe, og tekst med kolon i anførselstegn.',
    ]);
  });

  it('an empty file', () => {
    expect(messagesFor('empty')).toEqual([
      'invalid/empty.mdx: fila er tom. Tillatt: frontmatter mellom to linjer med --- øverst, og deretter teksten; se malen i content/mal.mdx.',
    ]);
  });

  it('a missing required field', () => {
    expect(messagesFor('missing-field')).toEqual([
      'invalid/missing-field.mdx: status: feltet mangler. Tillatt: idea, pilot, in-operation, spread, ended, unknown.',
    ]);
  });

  it('values outside a vocabulary, with a suggestion for a near miss', () => {
    expect(messagesFor('outside-vocabulary')).toEqual([
      'invalid/outside-vocabulary.mdx:5: serviceAreas[0]: «helth-care» er ikke en gyldig verdi. Tillatt: health-care, elderly-dementia, rehabilitation, children-youth-families, work-inclusion, mental-health-substance, housing-neighbourhood, volunteering-civil-society, culture-leisure, public-health, welfare-technology, procurement, workforce, planning-governance, research-knowledge. Mente du «health-care»?',
      'invalid/outside-vocabulary.mdx:16: status: «piolt» er ikke en gyldig verdi. Tillatt: idea, pilot, in-operation, spread, ended, unknown. Mente du «pilot»?',
    ]);
  });

  it('an unknown kommunenummer, and a misspelt municipality name with the number it meant', () => {
    expect(messagesFor('unknown-municipality')).toEqual([
      'invalid/unknown-municipality.mdx:4: municipalities[0]: «9999» er ikke et kommunenummer i SSBs register (357 kommuner per 2024). Tillatt: fire siffer i anførselstegn, for eksempel "5001" for Trondheim; alle står i src/data/kommuner.json.',
      'invalid/unknown-municipality.mdx:4: municipalities[1]: «Trondhiem» er ikke et kommunenummer. Tillatt: kommunenummeret med fire siffer i anførselstegn, for eksempel "5001" for Trondheim. Mente du "5001" (Trondheim - Tråante)?',
    ]);
  });

  it('a step and a rung out of range', () => {
    expect(messagesFor('out-of-range')).toEqual([
      'invalid/out-of-range.mdx:11: coCreation.step: 7 er utenfor trappen: samskapingstrappen har trinn 1–5. Tillatt: et helt tall fra 1 til 5, eller none når verken innbyggere, frivillige eller sivilsamfunn deltar.',
      'invalid/out-of-range.mdx:14: arnstein.rung: 9 er utenfor stigen: Arnsteins stige har trinn 1–8. Tillatt: 1–8, manipulation, therapy, informing, consultation, placation, partnership, delegated-power, citizen-control, none (none når innbyggerne ikke deltar).',
    ]);
  });

  it('a misspelt rung', () => {
    expect(messagesFor('misspelt-rung')).toEqual([
      'invalid/misspelt-rung.mdx:14: arnstein.rung: «partnershp» er ikke et trinn på Arnsteins stige. Tillatt: 1–8, manipulation, therapy, informing, consultation, placation, partnership, delegated-power, citizen-control, none (none når innbyggerne ikke deltar). Mente du «partnership»?',
    ]);
  });

  it('an end year before the start year', () => {
    expect(messagesFor('end-before-start')).toEqual([
      'invalid/end-before-start.mdx:19: period.end: sluttåret 2019 er før startåret 2020. Tillatt: et år fra 2020 og senere, eller la feltet stå tomt.',
    ]);
  });

  it('an unknown field', () => {
    expect(messagesFor('unknown-field')).toEqual([
      'invalid/unknown-field.mdx:17: colour: ukjent felt. Tillatt: title, summary, municipalities, historicalNames, country, place, serviceAreas, targetGroups, actors, innovationTypes, coCreation, arnstein, status, statusAsOf, statusNote, period, evidence, barriers, drivers, reuse, inspiredBy, partOf, contact, sources, lastChecked.',
    ]);
  });

  it('two files with the same address (slug)', () => {
    const { problems } = validateCases(read('invalid/duplicate'));
    expect(problems.map(formatProblem)).toEqual([
      'invalid/duplicate/dobbel.mdx: adressen /saker/dobbel/ er allerede brukt av invalid/duplicate/dobbel.md. Tillatt: et filnavn ingen annen sak har.',
    ]);
  });

  it('a file name that cannot be an address', () => {
    const source = readFileSync(join(fixtures, 'valid/steg-1-manipulasjon.mdx'), 'utf8');
    expect(validateCases([{ file: 'Min sak.mdx', source }]).problems.map(formatProblem)).toEqual([
      'Min sak.mdx: filnavnet "Min sak" kan ikke brukes som adresse. Tillatt: små bokstaver a–z, tall og bindestrek, uten æøå og mellomrom, for eksempel omradeforum-asker.mdx.',
    ]);
  });

  it('a link to a case that does not exist', () => {
    const source = readFileSync(join(fixtures, 'valid/steg-1-manipulasjon.mdx'), 'utf8').replace(
      'status:',
      'partOf: omsorg-3-1\nstatus:',
    );
    const other = readFileSync(join(fixtures, 'valid/steg-3-informasjon.mdx'), 'utf8');
    expect(
      validateCases([
        { file: 'a.mdx', source },
        { file: 'omsorg-3-0.mdx', source: other },
      ]).problems.map(formatProblem),
    ).toEqual([
      'a.mdx:16: partOf: det finnes ingen sak med adressen "omsorg-3-1". Tillatt: filnavnet (uten .mdx) til en annen sak i content/cases/. Mente du «omsorg-3-0»?',
    ]);
  });

  it('never prints a stack trace, whatever the input', () => {
    for (const source of ['---\n---\n', '---\n- a\n- b\n---\n', '---\ntitle: [\n---\n', 'bare tekst', '\u0000']) {
      const lines = validateCaseSource('x.mdx', source).problems.map(formatProblem);
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(line).not.toMatch(/\n|at .*\(|Error:/);
    }
  });
});
