/** The pull-request summary says which cases are added, changed (and which fields) or removed. */
import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/contribute/summarize-changes.ts';

const file = (front: string, text = 'Tekst.') => `---\n${front}\n---\n\n${text}\n`;

describe('the pull-request summary', () => {
  it('lists new, changed and removed cases, with the changed fields', () => {
    const summary = summarize([
      { status: 'added', path: 'content/cases/ny.mdx', after: file('title: Ny sak') },
      {
        status: 'modified',
        path: 'content/cases/gammel.mdx',
        before: file('title: Gammel sak\nstatus: pilot\narnstein:\n  rung: 4'),
        after: file('title: Gammel sak\nstatus: in-operation\narnstein:\n  rung: 5', 'Ny tekst.'),
      },
      { status: 'deleted', path: 'content/cases/borte.mdx', before: file('title: Borte') },
    ]);
    expect(summary).toBe(
      [
        '### Endringer i sakene',
        '',
        '**Nye saker (1)**',
        '',
        '- Ny sak (`content/cases/ny.mdx`)',
        '',
        '**Endrede saker (1)**',
        '',
        '- Gammel sak (`content/cases/gammel.mdx`): `status`, `arnstein`, teksten',
        '',
        '**Fjernede saker (1)**',
        '',
        '- Borte (`content/cases/borte.mdx`)',
        '',
      ].join('\n'),
    );
  });

  it('says so when no case changes', () => {
    expect(summarize([])).toContain('Pull requesten endrer ingen saker.');
  });
});
