/** The pull-request summary says which cases are added, changed (and which fields) or removed. */
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, summarize } from '../../src/contribute/summarize-changes.ts';

const file = (front: string, text = 'Tekst.') => `---\n${front}\n---\n\n${text}\n`;
const changes = [
  { status: 'added' as const, path: 'content/cases/ny.mdx', after: file('title: Ny sak') },
  {
    status: 'modified' as const,
    path: 'content/cases/gammel.mdx',
    before: file('title: Gammel sak\nstatus: pilot\narnstein:\n  rung: 4'),
    after: file('title: Gammel sak\nstatus: in-operation\narnstein:\n  rung: 5', 'Ny tekst.'),
  },
  { status: 'deleted' as const, path: 'content/cases/borte.mdx', before: file('title: Borte') },
];

describe('the pull-request summary', () => {
  it('lists new, changed and removed cases, with the changed fields', () => {
    expect(summarize(changes)).toBe(
      [
        '### Endringer i sakene',
        '',
        '**Nye saker (1)**',
        '',
        '- Ny sak (content/cases/ny\\.mdx)',
        '',
        '**Endrede saker (1)**',
        '',
        '- Gammel sak (content/cases/gammel\\.mdx): *status*, *arnstein*, teksten',
        '',
        '**Fjernede saker (1)**',
        '',
        '- Borte (content/cases/borte\\.mdx)',
        '',
      ].join('\n'),
    );
  });

  it('as plain text for the comment, which shows it verbatim', () => {
    expect(summarize(changes, 'text')).toBe(
      [
        'Endringer i sakene',
        '',
        'Nye saker (1):',
        '',
        '- Ny sak (content/cases/ny.mdx)',
        '',
        'Endrede saker (1):',
        '',
        '- Gammel sak (content/cases/gammel.mdx): status, arnstein, teksten',
        '',
        'Fjernede saker (1):',
        '',
        '- Borte (content/cases/borte.mdx)',
        '',
      ].join('\n'),
    );
  });

  it('says so when no case changes', () => {
    expect(summarize([])).toContain('Pull requesten endrer ingen saker.');
  });

  it('shows a crafted file name and title as text: no link, image, heading, HTML or code span', () => {
    const path = 'content/cases/x`) ![bilde](https://evil.example/p.png) <img src=x>.mdx';
    const summary = summarize([
      { status: 'added', path, after: file('title: "**Viktig**\\n# Overskrift [lenke](https://evil.example)"') },
    ]);
    expect(summary).toBe(
      [
        '### Endringer i sakene',
        '',
        '**Nye saker (1)**',
        '',
        '- \\*\\*Viktig\\*\\* \\# Overskrift \\[lenke\\]\\(https\\://evil\\.example\\) ' +
          '(content/cases/x\\`\\) \\!\\[bilde\\]\\(https\\://evil\\.example/p\\.png\\) &lt;img src=x&gt;\\.mdx)',
        '',
      ].join('\n'),
    );
  });
});

describe('escaping Markdown', () => {
  it('escapes every character that starts formatting, and HTML', () => {
    expect(escapeMarkdown('a_b *c* [d](e) <f> & @g #h `i` |j| ~k~')).toBe(
      'a\\_b \\*c\\* \\[d\\]\\(e\\) &lt;f&gt; &amp; \\@g \\#h \\`i\\` \\|j\\| \\~k\\~',
    );
  });
});
