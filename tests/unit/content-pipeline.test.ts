/**
 * The content pipeline as a contributor meets it: every file in a folder is accounted for, any
 * encoding or line ending a normal editor writes is read, links between pages are checked, and a
 * report of thousands of problems stays short and starts with its summary in a log.
 */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFolder, loadKind, readEntry, type ContentKind } from '../../src/pipeline/content.ts';
import { caseKind, conceptKind, programmeKind } from '../../src/pipeline/kinds.ts';
import { formatProblem, reportLines } from '../../src/pipeline/report.ts';
import { rungNumber, stepNumber } from '../../src/model/case-schema.ts';

const root = new URL('../../', import.meta.url).pathname;
const valid = readFileSync(`${root}tests/fixtures/cases/valid/steg-3-informasjon.mdx`, 'utf8');
const read = (source: string | Uint8Array, file = 'x.mdx') =>
  readEntry(caseKind, { file, slug: 'x' }, typeof source === 'string' ? new TextEncoder().encode(source) : source);

/** A project root with a content/cases folder holding the given files. */
function project(files: Record<string, string>): { dir: string; kind: ContentKind<never> } {
  const dir = mkdtempSync(join(tmpdir(), 'innhold-'));
  mkdirSync(join(dir, 'content/cases'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'content/cases', name), text);
  return { dir, kind: { ...caseKind, dir: 'content/cases' } as unknown as ContentKind<never> };
}

describe('the valid fixtures', () => {
  const { dir } = project({});
  const kind = { ...caseKind, dir: `${root}tests/fixtures/cases/valid` } as unknown as ContentKind<never>;
  const kinds = [
    kind,
    { ...programmeKind, dir: `${root}tests/fixtures/virkemidler/valid` },
    { ...conceptKind, dir: `${root}tests/fixtures/begreper/valid` },
  ] as unknown as ContentKind<never>[];
  const { entries, problems } = loadKind(kind, dir, kinds);
  const data = entries.map((e) => e.data as unknown as import('../../src/model/case-schema.ts').CaseData);

  it('are all accepted', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('cover every step of the co-creation ladder, and «none»', () => {
    expect(new Set(data.map((c) => stepNumber(c.coCreation.step)))).toEqual(new Set([1, 2, 3, 4, 5, null]));
  });

  it('cover every rung of Arnstein’s ladder, as number and as name, and «none»', () => {
    expect(new Set(data.map((c) => rungNumber(c.arnstein.rung)))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, null]));
    expect(data.some((c) => typeof c.arnstein.rung === 'number')).toBe(true);
    expect(data.some((c) => typeof c.arnstein.rung === 'string')).toBe(true);
  });
});

describe('encodings and line endings', () => {
  it('accepts a byte-order mark and CRLF line endings', () => {
    expect(read(`\uFEFF${valid.replace(/\n/g, '\r\n')}`).problems).toEqual([]);
  });

  it('accepts old Mac line endings (CR only) and keeps line numbers right', () => {
    const cr = valid.replace('status: in-operation', 'status: pilt').replace(/\n/g, '\r');
    expect(read(cr).problems.map(formatProblem)).toEqual([
      'x.mdx:22: status: «pilt» er ikke en gyldig verdi. Tillatt: idea, pilot, in-operation, spread, ended, unknown. Mente du «pilot»?',
    ]);
  });

  it('accepts blank lines before the frontmatter', () => {
    expect(read(`\n\n${valid}`).problems).toEqual([]);
  });

  it('refuses a file that is not UTF-8, saying so', () => {
    const latin1 = Uint8Array.from([...new TextEncoder().encode(valid.slice(0, 20)), 0xe6, 0xf8, 0xe5]);
    expect(read(latin1).problems.map(formatProblem)).toEqual([
      'x.mdx: fila er ikke lagret som UTF-8. Tillatt: lagre fila med tegnkoding UTF-8 (i de fleste editorer: «Lagre som» og velg UTF-8).',
    ]);
  });

  it('answers an alias bomb with one short line per kind, at once', () => {
    const bomb =
      `a: &a ["${'x'.repeat(50)}"]\n` +
      Array.from(
        { length: 30 },
        (_, i) =>
          `k${i}: &k${i} [${Array(20)
            .fill(i ? `*k${i - 1}` : '*a')
            .join(',')}]`,
      ).join('\n');
    const lines = read(valid.replace('lastChecked', `${bomb}\nlastChecked`)).problems.map(formatProblem);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line.length).toBeLessThan(200);
  });

  it('never prints a stack trace or a line break, whatever the input', () => {
    for (const source of [
      '---\n---\n',
      '---\n- a\n---\n',
      '---\ntitle: [\n---\n',
      'bare tekst',
      '\u0000',
      '---\n"\n---\n{',
    ]) {
      const lines = read(source).problems.map(formatProblem);
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(line).not.toMatch(/\n|\bat .*\(|Error:/);
    }
  });

  it('shortens a long value so a message fits one line', () => {
    const [line] = read(valid.replace('status: in-operation', `status: ${'x'.repeat(5000)}`)).problems.map(
      formatProblem,
    );
    expect(line!.length).toBeLessThan(300);
    expect(line).toContain('…»');
  });
});

describe('every file in the folder is accounted for', () => {
  it('names each file that will not be published, and why', () => {
    const { dir } = project({
      'god-sak.mdx': valid,
      'Sak.MDX': valid,
      'Stor Sak.mdx': valid,
      'mellomrom .mdx': valid,
      'dobbel.md': valid,
      'notat.txt': 'x',
      '_utkast.mdx': 'halvferdig',
      '.gitkeep': '',
    });
    mkdirSync(join(dir, 'content/cases/undermappe'));
    symlinkSync(join(dir, 'content/cases/god-sak.mdx'), join(dir, 'content/cases/lenke.mdx'));
    const listing = listFolder(join(dir, 'content/cases'), dir);
    expect(listing.files.map((f) => f.slug)).toEqual(['god-sak']);
    expect(listing.drafts).toEqual(['content/cases/_utkast.mdx']);
    expect(listing.problems.map(formatProblem)).toEqual([
      'content/cases/Sak.MDX: filendelsen ".MDX" leses ikke. Tillatt: endelsen .mdx med små bokstaver, for eksempel sak.mdx.',
      'content/cases/Stor Sak.mdx: filnavnet "Stor Sak" kan ikke brukes som adresse. Tillatt: små bokstaver a–z, tall og bindestrek, uten æøå, mellomrom og store bokstaver, for eksempel stor-sak.mdx.',
      'content/cases/dobbel.md: filendelsen ".md" leses ikke. Tillatt: endelsen .mdx med små bokstaver, for eksempel dobbel.mdx.',
      'content/cases/lenke.mdx: snarveier (symbolske lenker) leses ikke. Tillatt: legg selve fila i mappa, ikke en snarvei til den.',
      'content/cases/mellomrom .mdx: filnavnet "mellomrom " kan ikke brukes som adresse. Tillatt: små bokstaver a–z, tall og bindestrek, uten æøå, mellomrom og store bokstaver, for eksempel mellomrom.mdx.',
      'content/cases/notat.txt: bare .mdx-filer hører hjemme her. Tillatt: endelsen .mdx med små bokstaver, for eksempel notat.mdx.',
      'content/cases/undermappe: undermapper leses ikke. Tillatt: flytt filene opp i content/cases/, én fil per side.',
    ]);
  });
});

describe('links between pages', () => {
  const other = valid.replace('Testsak steg-3-informasjon', 'Omsorg 3.0');

  it('a partOf that does not exist gets its own message, with the nearest address', () => {
    const { dir, kind } = project({
      'a.mdx': valid.replace('status:', 'partOf: omsorg-3-1\nstatus:'),
      'omsorg-3-0.mdx': other,
    });
    expect(loadKind(kind, dir, [kind]).problems.map(formatProblem)).toEqual([
      'content/cases/a.mdx:22: partOf: det finnes ingen side med adressen "omsorg-3-1" i content/cases/. Tillatt: filnavnet (uten .mdx) til en side i content/cases/. Mente du «omsorg-3-0»?',
    ]);
  });

  it('a link in the text to a case that does not exist is an error', () => {
    const { dir, kind } = project({
      'a.mdx': `${valid}\nSe [Omsorg 3.0](/saker/omsorg-3-1/).\n`,
      'omsorg-3-0.mdx': other,
    });
    expect(loadKind(kind, dir, [kind]).problems.map(formatProblem)).toEqual([
      'content/cases/a.mdx:33: tekst: lenken "/saker/omsorg-3-1/" går til en side som ikke finnes. Tillatt: en adresse som /saker/<filnavn>/ for en fil i content/cases/. Mente du «/saker/omsorg-3-0/»?',
    ]);
  });

  it('a case may not be part of itself', () => {
    const { dir, kind } = project({ 'a.mdx': valid.replace('status:', 'partOf: a\nstatus:') });
    expect(loadKind(kind, dir, [kind]).problems.map(formatProblem)).toEqual([
      'content/cases/a.mdx:22: partOf: en sak kan ikke lenke til seg selv. Tillatt: adressen til en annen side i content/cases/.',
    ]);
  });

  it('the entries it returns cannot be changed by a page', () => {
    const { dir, kind } = project({ 'a.mdx': valid, 'b.mdx': other });
    const { entries } = loadKind(kind, dir, [kind]);
    expect(() => (entries as unknown[]).sort()).toThrow();
  });
});

describe('a report of many problems', () => {
  const problems = Array.from({ length: 10_000 }, (_, i) => ({
    file: `content/cases/sak-${i}.mdx`,
    line: 2,
    problem: 'feil',
  }));

  it('starts with its summary in a log, and ends with it on a terminal', () => {
    expect(reportLines(problems, 10_000, { terminal: false })[0]).toBe('10000 feil i 10000 av 10000 filer.');
    expect(reportLines(problems, 10_000, { terminal: true }).at(-1)).toBe('10000 feil i 10000 av 10000 filer.');
  });

  it('is bounded, and says how many were left out', () => {
    const lines = reportLines(problems, 10_000, { terminal: false });
    expect(lines.length).toBeLessThanOrEqual(203);
    expect(lines.at(-1)).toBe('… og 9800 feil til (rett de første og kjør sjekken igjen).');
  });
});
