/**
 * The build itself refuses a broken case, with the same Norwegian line as `npm run check` and no
 * stack trace, so a contributor sees the same message locally, in CI and on a pull request.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './site-data.ts';

describe('astro build with a broken case', () => {
  it('stops with the contributor’s message and no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'broken-'));
    const empty = mkdtempSync(join(tmpdir(), 'tom-'));
    copyFileSync(join(root, 'tests/fixtures/cases/invalid/misspelt-rung.mdx'), join(dir, 'misspelt-rung.mdx'));
    let status = 0;
    let output = '';
    try {
      // The project's Node runs Astro, whatever `node` is first on the PATH.
      execFileSync(
        process.execPath,
        [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', join(dir, 'dist')],
        {
          cwd: root,
          // Only the broken case: the real programmes and concepts link to real cases.
          env: {
            ...process.env,
            CASES_DIR: dir,
            PROGRAMMES_DIR: empty,
            CONCEPTS_DIR: empty,
            ASTRO_TELEMETRY_DISABLED: '1',
          },
          encoding: 'utf8',
          stdio: 'pipe',
        },
      );
    } catch (e) {
      const err = e as { status: number; stdout: string; stderr: string };
      status = err.status;
      output = err.stdout + err.stderr;
    }
    expect(status).toBe(1);
    expect(output).toContain('misspelt-rung.mdx:16: arnstein.rung: «partnershp» er ikke et trinn på Arnsteins stige.');
    expect(output).toContain('Mente du «partnership»?');
    expect(output).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });
});
