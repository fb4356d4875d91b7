/**
 * `npm run ny-sak` with flags, as a contributor or a script would run it: the file it writes passes
 * the same validation as every case, and it never overwrites an existing file.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkMunicipalities,
  checkRung,
  checkTerms,
  slugFromTitle,
  vocabularies,
} from '../../src/contribute/scaffold.ts';
import { readEntry } from '../../src/pipeline/content.ts';
import { caseKind } from '../../src/pipeline/kinds.ts';
import { formatProblem } from '../../src/pipeline/report.ts';

const script = new URL('../../scripts/new-case.ts', import.meta.url).pathname;
const flags = [
  '--ikke-interaktiv',
  '--tittel',
  'Områdeforum på Utsira',
  '--sammendrag',
  'Et sammendrag med egne ord.',
  '--kommune',
  'Utsira',
  '--tjenesteomrade',
  'Eldreomsorg og demens, volunteering-civil-society',
  '--malgruppe',
  'older-people',
  '--trinn',
  '4',
  '--trinn-begrunnelse',
  'Ideene ble utviklet sammen med innbyggerne.',
  '--arnstein',
  'konsultasjon',
  '--arnstein-begrunnelse',
  'Innbyggerne ble spurt, men kommunen bestemte.',
  '--status',
  'pilot',
  '--dokumentasjon',
  'described',
  '--kilde',
  'den-nye-velferdskommunen-2026',
  '--plassering',
  'kap. 4.2',
];

function run(dir: string, args: string[]): { status: number; output: string } {
  try {
    const output = execFileSync(process.execPath, [script, ...args], {
      env: { ...process.env, CASES_DIR: dir },
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { status: 0, output };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { status: err.status, output: err.stdout + err.stderr };
  }
}

describe('npm run ny-sak, non-interactively', () => {
  it('writes a case file that passes npm run check', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ny-sak-'));
    const { status, output } = run(dir, flags);
    expect(output).toContain('omradeforum-pa-utsira.mdx');
    expect(status).toBe(0);
    const file = join(dir, 'omradeforum-pa-utsira.mdx');
    const source = readFileSync(file, 'utf8');
    const { entry, problems } = readEntry(caseKind, { file, slug: 'omradeforum-pa-utsira' }, readFileSync(file));
    expect(problems.map(formatProblem)).toEqual([]);
    expect(entry!.data).toMatchObject({
      municipalities: ['1151'],
      serviceAreas: ['elderly-dementia', 'volunteering-civil-society'],
      arnstein: { rung: 'consultation' },
      coCreation: { step: 4 },
    });
    expect(source).toContain('## Hva ble gjort');
  });

  it('refuses to overwrite an existing file, and leaves it as it was', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ny-sak-'));
    const file = join(dir, 'omradeforum-pa-utsira.mdx');
    writeFileSync(file, 'en bidragsyters tekst');
    const { status, output } = run(dir, flags);
    expect(status).toBe(1);
    expect(output).toContain('finnes allerede, og blir ikke overskrevet');
    expect(readFileSync(file, 'utf8')).toBe('en bidragsyters tekst');
  });

  it('lists every missing or wrong answer, and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ny-sak-'));
    const { status, output } = run(dir, [
      '--ikke-interaktiv',
      '--tittel',
      'X',
      '--kommune',
      'Trondhiem',
      '--status',
      'piolt',
    ]);
    expect(status).toBe(1);
    expect(output).toContain('--kommune: Fant ingen kommune som heter «Trondhiem». Mente du Trondheim?');
    expect(output).toContain('--status: «piolt» er ikke en status. Mente du «pilot»?');
    expect(output).toContain('--sammendrag mangler');
  });
});

describe('checking answers as they are given', () => {
  it('finds municipalities by name without æøå, by Sámi name or by number', () => {
    expect(checkMunicipalities('Baerum, Tråante, 0301')).toEqual({ ok: true, value: ['3201', '5001', '0301'] });
  });
  it('asks for the number where a name is shared', () => {
    expect(checkMunicipalities('Herøy')).toMatchObject({ ok: false });
    expect((checkMunicipalities('Herøy') as { message: string }).message).toContain(
      '1515 Herøy (Møre og Romsdal), 1818 Herøy (Nordland)',
    );
  });
  it('accepts rungs by number, name or label, and suggests a near miss', () => {
    expect(checkRung('6')).toEqual({ ok: true, value: 6 });
    expect(checkRung('Delegert makt')).toEqual({ ok: true, value: 'delegated-power' });
    expect((checkRung('partnershp') as { message: string }).message).toContain('Mente du «partnership»?');
  });
  it('accepts vocabulary terms by key or label', () => {
    expect(checkTerms('I drift', vocabularies.statuses, 'status')).toEqual({ ok: true, value: ['in-operation'] });
  });
  it('makes an address from a title', () => {
    expect(slugFromTitle('«Føre Var» i Askøy kommune')).toBe('fore-var-i-askoy-kommune');
  });
});
