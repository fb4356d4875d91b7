/**
 * `npm run ny-sak` as a newcomer meets it: every answer asked again until it is valid, nothing lost,
 * actors asked for and never made up, choices by number, key or label, the source documents by
 * title, pasted paragraphs kept; and as a script runs it, with flags. The questions are driven with
 * scripted answers; the command itself is run for flags, --help and the ways out.
 */
import { execFileSync, spawn } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkMunicipalities,
  checkRung,
  checkSlug,
  checkSource,
  checkTerms,
  interview,
  slugFromTitle,
  vocabularies,
  type Answers,
  type Flags,
} from '../../src/contribute/scaffold.ts';
import { readEntry } from '../../src/pipeline/content.ts';
import { caseKind } from '../../src/pipeline/kinds.ts';
import { formatProblem } from '../../src/pipeline/report.ts';
import { Cancelled, TerminalAsker, scriptedInput, streamInput } from '../../src/contribute/prompt.ts';

const script = new URL('../../scripts/new-case.ts', import.meta.url).pathname;
const template = readFileSync(new URL('../../content/mal.mdx', import.meta.url), 'utf8');
const templateBody = template.replace(/^---\n[\s\S]*?\n---\n/, '');

/** Runs the questions with scripted answers; returns the answers and everything printed. */
async function ask(
  script: string[],
  options: { flags?: Flags; existing?: string[] } = {},
): Promise<{ answers: Answers; output: string }> {
  let output = '';
  const print = (t: string, newline = true) => (output += newline ? `${t}\n` : t);
  const answers = await interview(new TerminalAsker(scriptedInput(script), print), print, {
    flags: options.flags ?? {},
    existing: options.existing ?? [],
    templateBody,
    today: '2026-11-30',
  });
  return { answers, output };
}

/** Answers to every question after the title and address, all valid. */
const REST = [
  'Et sammendrag.', // sammendrag
  '', // ends it
  'Trondheim', // kommune
  '1', // tjenesteområde
  '2', // målgruppe
  '1', // aktør type
  'Trondheim kommune', // navn
  '', // rolle
  'nei', // flere
  '4',
  'Begrunnelse.',
  '6',
  'Begrunnelse.',
  'pilot',
  'described',
  '1',
  'kap. 4',
  '', // Bakgrunn
  '', // Hva ble gjort
  '', // Resultater
  '', // Erfaringer
];

describe('the questions, answered in a terminal', () => {
  it('suggests the address from the title first, and asks again until it is valid and free', async () => {
    const { answers, output } = await ask(
      ['Forandringshus i Trondheim', 'Forandringshus i Trondheim!', 'forandringshus', '', ...REST],
      { existing: ['Forandringshus.md'] },
    );
    expect(output.indexOf('Adresse')).toBeLessThan(output.indexOf('Sammendrag'));
    expect(output).toContain('[forandringshus-i-trondheim]:');
    expect(output).toContain(
      '«Forandringshus i Trondheim!» kan ikke brukes som adresse: bare små bokstaver a–z, tall og enkle bindestreker, for eksempel forandringshus-i-trondheim.',
    );
    expect(output).toContain(
      'Adressen «forandringshus» er allerede brukt av Forandringshus.md, og den fila blir ikke overskrevet. Velg en annen adresse.',
    );
    // The third try was refused too, so the address asked a fourth time: Enter takes the suggestion.
    expect(answers.slug).toBe('forandringshus-i-trondheim');
  });

  it('asks every answer again until it is valid, and keeps the ones already given', async () => {
    const { answers, output } = await ask([
      'Forandringshus',
      '',
      'Et sammendrag.',
      '',
      'Trondhiem',
      'Trondheim',
      'helth',
      'Barn, unge og familier, 8',
      'eldre',
      '99',
      'foo',
      '1',
      'Trondheim kommune',
      'eier tiltaket',
      'kanskje',
      'nei',
      '7',
      '4',
      'Begrunnelse.',
      'partnershp',
      'Partnerskap',
      'Begrunnelse.',
      'pilot, spread',
      'I drift',
      '1',
      'Morgendagens omsorg',
      'boks 4.6',
      '',
      '',
      '',
      '',
    ]);
    expect(output).toContain('Fant ingen kommune som heter «Trondhiem». Mente du Trondheim?');
    expect(output).toContain('Samskapingstrappen har trinn 1–5');
    expect(output).toContain('Mente du «partnership»?');
    expect(output).toContain('Velg bare én status.');
    expect(output).toContain('Svar ja eller nei.');
    expect(answers).toMatchObject({
      title: 'Forandringshus',
      slug: 'forandringshus',
      municipalities: ['5001'],
      serviceAreas: ['children-youth-families', 'volunteering-civil-society'],
      targetGroups: ['older-people'],
      actors: [{ type: 'municipality', name: 'Trondheim kommune', role: 'eier tiltaket' }],
      step: 4,
      rung: 'partnership',
      status: 'in-operation',
      source: { document: 'meld-st-29-2012-2013' },
      locator: 'boks 4.6',
    });
  });

  it('asks for the actors, as many as there are, and makes none up', async () => {
    const { answers } = await ask([
      'Forandringshus',
      '',
      'Et sammendrag.',
      '',
      'Trondheim',
      '1',
      '2',
      'voluntary',
      'KFUK-KFUM',
      'driver huset',
      'ja',
      'Kommunen',
      'Trondheim kommune',
      '',
      'nei',
      ...REST.slice(9),
    ]);
    expect(answers.actors).toEqual([
      { type: 'voluntary', name: 'KFUK-KFUM', role: 'driver huset' },
      { type: 'municipality', name: 'Trondheim kommune' },
    ]);
  });

  it('keeps a pasted summary of several lines, and pasted paragraphs under a heading', async () => {
    const rest = REST.slice(2, -4);
    const { answers } = await ask([
      'Forandringshus',
      '',
      'Første linje av sammendraget,\nandre linje.',
      '',
      ...rest,
      'Første avsnitt.\n\nAndre avsnitt,\nto linjer.',
      '',
      '',
      '',
      '',
    ]);
    expect(answers.summary).toBe('Første linje av sammendraget, andre linje.');
    expect(answers.sections['Bakgrunn']).toBe('Første avsnitt.\n\nAndre avsnitt,\nto linjer.');
  });

  it('takes valid flags without asking, and asks again for a wrong one', async () => {
    const { answers, output } = await ask(['Trondheim', ...REST.slice(3)], {
      flags: { tittel: 'Forandringshus', adresse: 'forandringshus', sammendrag: 'Fra flagget.', kommune: 'Trondhiem' },
    });
    expect(output).not.toContain('Tittel');
    expect(output).toContain('Fant ingen kommune som heter «Trondhiem»');
    expect(answers).toMatchObject({ title: 'Forandringshus', summary: 'Fra flagget.', municipalities: ['5001'] });
  });

  it('stops on Ctrl-D and on Ctrl-C, without an answer made up', async () => {
    await expect(ask(['Forandringshus'])).rejects.toEqual(new Cancelled('end-of-input'));
    await expect(ask(['Forandringshus', '\u0003'])).rejects.toMatchObject({ reason: 'interrupted' });
  });
});

describe('checking answers as they are given', () => {
  it('finds municipalities by name without æøå, by Sámi name or by number', () => {
    expect(checkMunicipalities('Baerum, Tråante, 0301')).toEqual({ ok: true, value: ['3201', '5001', '0301'] });
  });
  it('asks for the number where a name is shared', () => {
    expect((checkMunicipalities('Herøy') as { message: string }).message).toContain(
      '1515 Herøy (Møre og Romsdal), 1818 Herøy (Nordland)',
    );
  });
  it('accepts rungs by number, name or label, and suggests a near miss', () => {
    expect(checkRung('6')).toEqual({ ok: true, value: 6 });
    expect(checkRung('Delegert makt')).toEqual({ ok: true, value: 'delegated-power' });
    expect((checkRung('partnershp') as { message: string }).message).toContain('Mente du «partnership»?');
  });
  it('accepts choices by number, key or label, also labels with commas', () => {
    expect(checkTerms('I drift', vocabularies.statuses, 'status')).toEqual({ ok: true, value: ['in-operation'] });
    expect(checkTerms('Barn, unge og familier', vocabularies.serviceAreas, 'tjenesteområde')).toEqual({
      ok: true,
      value: ['children-youth-families'],
    });
    expect(checkTerms('1, barn, unge og familier, rehabilitation', vocabularies.serviceAreas, 'x')).toEqual({
      ok: true,
      value: ['health-care', 'children-youth-families', 'rehabilitation'],
    });
  });
  it('never suggests what was typed', () => {
    for (const typed of ['Barn, unge og familer', 'Barn', 'Trondheim, Osloo']) {
      const r = checkTerms(typed, vocabularies.serviceAreas, 'tjenesteområde');
      if (!r.ok) expect(r.message).not.toContain(`Mente du «${typed}»`);
    }
    const r = checkTerms('Barn, unge og familier, Helse og omsrog', vocabularies.serviceAreas, 'et tjenesteområde');
    expect(r).toEqual({
      ok: false,
      message:
        '«Helse og omsrog» er ikke et tjenesteområde. Mente du «Helse og omsorg»? Svar med nummer, nøkkel eller navn fra listen (1–15).',
    });
  });
  it('finds a source document by number, key or title, and keeps another title as it is', () => {
    expect(checkSource('2')).toEqual({ ok: true, value: { document: 'meld-st-29-2012-2013' } });
    expect(checkSource('Meld. St. 29 (2012-2013) Morgendagens omsorg')).toEqual({
      ok: true,
      value: { document: 'meld-st-29-2012-2013' },
    });
    expect(checkSource('Den nye velferdskommunen')).toEqual({
      ok: true,
      value: { document: 'den-nye-velferdskommunen-2026' },
    });
    expect(checkSource('Årsrapport 2024 for Forandringshus')).toEqual({
      ok: true,
      value: { title: 'Årsrapport 2024 for Forandringshus' },
    });
  });
  it('refuses an address in use in any letter case, as .md or .mdx', () => {
    expect(checkSlug('lagmodellen', ['Lagmodellen.MD'])).toMatchObject({ ok: false });
    expect(checkSlug('lagmodellen.mdx', ['lagmodellen.md'])).toMatchObject({ ok: false });
    expect(checkSlug('lagmodellen-2', ['lagmodellen.md'])).toEqual({ ok: true, value: 'lagmodellen-2' });
  });
  it('makes an address from a title', () => {
    expect(slugFromTitle('«Føre Var» i Askøy kommune')).toBe('fore-var-i-askoy-kommune');
  });
});

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
  '--aktor',
  'municipality; Utsira kommune; eier tiltaket',
  '--aktor',
  'Frivillige organisasjoner; Utsira sanitetslag',
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
  'Den nye velferdskommunen',
  '--plassering',
  'kap. 4.2',
  '--tekst',
  'Bakgrunn: Egen tekst om bakgrunnen.',
  '--tekst',
  'hva-ble-gjort: Egen tekst om hva som ble gjort.',
  '--tekst',
  'Resultater: Egen tekst om resultatene.',
  '--tekst',
  'Erfaringer: Egen tekst om erfaringene.',
];

function run(dir: string, args: string[], input?: string): { status: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(process.execPath, [script, ...args], {
      env: { ...process.env, CASES_DIR: dir },
      encoding: 'utf8',
      stdio: 'pipe',
      input,
    });
    return { status: 0, stdout, stderr: '' };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { status: err.status, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('npm run ny-sak, the command', () => {
  it('with flags, writes a case file that passes npm run check', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ny-sak-'));
    const { status, stdout, stderr } = run(dir, flags);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain('omradeforum-pa-utsira.mdx');
    const file = join(dir, 'omradeforum-pa-utsira.mdx');
    const source = readFileSync(file, 'utf8');
    const { entry, problems } = readEntry(caseKind, { file, slug: 'omradeforum-pa-utsira' }, readFileSync(file));
    expect(problems.map(formatProblem)).toEqual([]);
    expect(entry!.data).toMatchObject({
      municipalities: ['1151'],
      serviceAreas: ['elderly-dementia', 'volunteering-civil-society'],
      actors: [
        { type: 'municipality', name: 'Utsira kommune', role: 'eier tiltaket' },
        { type: 'voluntary', name: 'Utsira sanitetslag' },
      ],
      arnstein: { rung: 'consultation' },
      coCreation: { step: 4 },
      sources: [{ document: 'den-nye-velferdskommunen-2026', locator: 'kap. 4.2' }],
    });
    expect(source).toContain('## Hva ble gjort\n\nEgen tekst om hva som ble gjort.');
  });

  it('refuses to overwrite a file, also x.mdx when X.md exists, and leaves it as it was', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ny-sak-'));
    const file = join(dir, 'Omradeforum-pa-Utsira.md');
    writeFileSync(file, 'en bidragsyters tekst');
    const { status, stderr } = run(dir, flags);
    expect(status).toBe(1);
    expect(stderr).toContain(
      '--adresse: Adressen «omradeforum-pa-utsira» er allerede brukt av Omradeforum-pa-Utsira.md, og den fila blir ikke overskrevet.',
    );
    expect(readFileSync(file, 'utf8')).toBe('en bidragsyters tekst');
    expect(readdirSync(dir)).toEqual(['Omradeforum-pa-Utsira.md']);
  });

  it('lists every missing or wrong answer, and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ny-sak-'));
    const { status, stderr } = run(dir, [
      '--ikke-interaktiv',
      '--tittel',
      'X',
      '--kommune',
      'Trondhiem',
      '--status',
      'piolt',
    ]);
    expect(status).toBe(1);
    expect(stderr).toContain('--kommune: Fant ingen kommune som heter «Trondhiem». Mente du Trondheim?');
    expect(stderr).toContain('--status: «piolt» er ikke en status. Mente du «pilot»?');
    expect(stderr).toContain('--sammendrag mangler (ett avsnitt med egne ord)');
    expect(stderr).toContain('--aktor mangler');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('--help lists every flag', () => {
    const { status, stdout } = run(tmpdir(), ['--help']);
    expect(status).toBe(0);
    for (const flag of [
      'tittel',
      'adresse',
      'sammendrag',
      'kommune',
      'sted',
      'tjenesteomrade',
      'malgruppe',
      'aktor',
      'trinn',
      'trinn-begrunnelse',
      'arnstein',
      'arnstein-begrunnelse',
      'status',
      'dokumentasjon',
      'kilde',
      'plassering',
      'utgiver',
      'aar',
      'tekst',
      'ikke-interaktiv',
      'interaktiv',
      'help',
    ])
      expect(stdout).toMatch(new RegExp(`--${flag} `));
  });

  it.each([
    [['--farge', 'blå'], 'Ukjent flagg --farge. Se alle flaggene med npm run ny-sak -- --help.'],
    [
      ['--tittel', '--kommune', 'Asker'],
      '--tittel mangler en verdi (et svar kan ikke begynne med -; skriv --tittel=-… hvis det skal det). Se alle flaggene med npm run ny-sak -- --help.',
    ],
    [
      ['Asker'],
      'Forstår ikke «Asker»: svar står etter et flagg, for eksempel --tittel "…". Se alle flaggene med npm run ny-sak -- --help.',
    ],
  ])('%j gives one Norwegian line, no stack trace', (args, line) => {
    const { status, stderr } = run(tmpdir(), args);
    expect(status).toBe(1);
    expect(stderr.trim()).toBe(line);
  });

  it('Ctrl-D (the answers end) gives one Norwegian line and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ny-sak-'));
    const { status, stderr } = run(dir, ['--interaktiv'], '1\nForandringshus\n');
    expect(status).toBe(1);
    expect(stderr.trim()).toBe('Svarene tok slutt (Ctrl-D) før alle spørsmålene var besvart. Ingen fil ble laget.');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('Ctrl-C gives one Norwegian line and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ny-sak-'));
    const child = spawn(process.execPath, [script, '--interaktiv'], { env: { ...process.env, CASES_DIR: dir } });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    await new Promise<void>((ready) =>
      child.stdout.on('data', (d) => {
        stdout += d;
        if (stdout.includes('Hva slags side')) ready();
      }),
    );
    child.kill('SIGINT');
    const code = await new Promise((done) => child.on('close', done));
    expect(code).toBe(130);
    expect(stderr.trim()).toBe('Avbrutt. Ingen fil ble laget.');
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('reading a terminal', () => {
  const asker = (input: PassThrough) => new TerminalAsker(streamInput(input, true), () => {});

  it('takes lines pasted at once as one answer, and a typed line as an answer of its own', async () => {
    const input = new PassThrough();
    const a = asker(input);
    input.write('Forandringshus\ni Trondheim\n');
    expect(await a.ask({ text: 'Tittel', check: (x) => ({ ok: true, value: x }) })).toBe('Forandringshus i Trondheim');
    setTimeout(() => input.write('neste svar\n'), 100);
    expect(await a.ask({ text: 'Neste', check: (x) => ({ ok: true, value: x }) })).toBe('neste svar');
  });

  it('keeps the empty lines inside a pasted text, and ends it at an empty line typed afterwards', async () => {
    const input = new PassThrough();
    const a = asker(input);
    input.write('Første avsnitt.\n\nAndre avsnitt.\n');
    setTimeout(() => input.write('\n'), 100);
    expect(await a.ask({ text: 'Tekst', check: (x) => ({ ok: true, value: x }), multiline: true })).toBe(
      'Første avsnitt.\n\nAndre avsnitt.',
    );
  });
});
