/**
 * The dev preview as a contributor uses it: a saved edit shows at once, and a broken file shows its
 * Norwegian line in the terminal and on the page while the server keeps running.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from './site-data.ts';

const port = 4391;
const url = `http://127.0.0.1:${port}`;
const dir = mkdtempSync(join(tmpdir(), 'forhandsvisning-'));
cpSync(join(root, 'tests/fixtures/cases/valid'), dir, { recursive: true });
let server: ChildProcess;
let output = '';

/** Polls until `check` passes or `seconds` have gone (the watcher reacts within a second or two). */
async function eventually<T>(read: () => Promise<T>, check: (v: T) => boolean, seconds = 20): Promise<T> {
  let value = await read();
  for (let i = 0; i < seconds * 4 && !check(value); i++) {
    await new Promise((r) => setTimeout(r, 250));
    value = await read();
  }
  return value;
}
const page = (path: string) =>
  fetch(`${url}${path}`).then(
    (r) => r.text(),
    () => '',
  );

beforeAll(async () => {
  server = spawn(
    process.execPath,
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1', '--force'],
    {
      cwd: root,
      // Not Vitest's own environment (VITEST, NODE_OPTIONS…): the preview runs as a contributor starts it.
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        CASES_DIR: dir,
        PROGRAMMES_DIR: 'tests/fixtures/virkemidler/valid',
        CONCEPTS_DIR: 'tests/fixtures/begreper/valid',
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    },
  );
  server.stdout!.on('data', (d) => (output += d));
  server.stderr!.on('data', (d) => (output += d));
  // --force: Astro 7 runs one dev server per project, and the one under test must be this one.
  const title = 'Testsak steg-3-informasjon</h1>';
  const first = await eventually(
    () => page('/saker/steg-3-informasjon/'),
    (html) => html.includes(title),
    100,
  );
  if (!first.includes(title)) throw new Error(`Forhåndsvisningen startet ikke:\n${output}`);
}, 120_000);

afterAll(() => {
  server?.kill();
});

describe('npm run dev', () => {
  const file = join(dir, 'steg-3-informasjon.mdx');
  const original = readFileSync(file, 'utf8');

  it('shows a changed title as soon as the file is saved', async () => {
    writeFileSync(
      file,
      original.replace('title: Testsak steg-3-informasjon', 'title: Ny tittel fra forhåndsvisningen'),
    );
    const html = await eventually(
      () => page('/saker/steg-3-informasjon/'),
      (h) => h.includes('Ny tittel fra forhåndsvisningen'),
    );
    expect(html).toContain('Ny tittel fra forhåndsvisningen');
  }, 30_000);

  it('shows a broken file’s line in the terminal and on the page, and keeps running', async () => {
    writeFileSync(file, original.replace('status: in-operation', 'status: piolt'));
    const html = await eventually(
      () => page('/saker/steg-1-manipulasjon/'),
      (h) => h.includes('Feil i innholdsfilene'),
    );
    expect(html).toContain('Feil i innholdsfilene (1)');
    expect(html).toContain('status: «piolt» er ikke en gyldig verdi.');
    expect(output).toMatch(/steg-3-informasjon\.mdx:\d+: status: «piolt» er ikke en gyldig verdi\./);
    expect(output).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(server.exitCode).toBeNull();
  }, 30_000);

  it('clears the message once the file is fixed', async () => {
    writeFileSync(file, original);
    const html = await eventually(
      () => page('/saker/steg-3-informasjon/'),
      (h) => h.includes('Testsak steg-3-informasjon</h1>') && !h.includes('Feil i innholdsfilene'),
    );
    expect(html).toContain('Testsak steg-3-informasjon</h1>');
    expect(html).not.toContain('Feil i innholdsfilene');
  }, 30_000);
});
