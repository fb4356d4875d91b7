/** The check's Norwegian lines, first in the job summary and verbatim in the pull-request comment. */
import { describe, expect, it } from 'vitest';
import { checkMarkdown, checkText, codeBlock } from '../../src/contribute/ci-summary.ts';

const line =
  'content/cases/min-sak.mdx:16: status: «piolt» er ikke en gyldig verdi. Tillatt: idea, pilot. Mente du «pilot»?';

describe('the check summary', () => {
  it('puts the check lines first, in a code block, then how the tests went', () => {
    expect(
      checkMarkdown({ output: `${line}\n\n1 feil i 1 av 1 saksfiler.\n`, check: 'failure', tests: 'skipped' }),
    ).toBe(
      [
        '## Sjekk av sakene',
        '',
        'Sjekken av sakene fant feil. Hver linje sier fil, linje, felt, hva som er galt og hva som er lov. Rett fila i den samme pull requesten, så kjører sjekken på nytt.',
        '',
        '```text',
        line,
        '1 feil i 1 av 1 saksfiler.',
        '```',
        '',
        'Testene ble ikke kjørt, fordi sjekken av sakene fant feil. Rett feilene over, så kjører alt på nytt.',
        '',
      ].join('\n'),
    );
  });

  it('says nothing about the tests before they have run', () => {
    expect(checkMarkdown({ output: 'Alle 3 saksfiler er i orden.\n', check: 'success', tests: '' })).toBe(
      '## Sjekk av sakene\n\nSjekken av sakene: i orden.\n\n```text\nAlle 3 saksfiler er i orden.\n```\n',
    );
  });

  it('as plain text for the comment', () => {
    expect(checkText({ output: 'Alle 3 saksfiler er i orden.', check: 'success', tests: 'failure' })).toBe(
      'Sjekken av sakene: i orden.\n\nAlle 3 saksfiler er i orden.\n\nTestene feilet. Se steget «Test» i loggen; meldingene der er på engelsk. Står det en linje fra sjekken over, rett den først.',
    );
  });

  it('keeps a value with backticks inside its code block', () => {
    expect(codeBlock('title: «a ```` b»')).toBe('`````text\ntitle: «a ```` b»\n`````');
  });
});
