/**
 * MDX is code. Each way a case file from a pull request could run something or inject markup is a
 * fixture in tests/fixtures/cases/unsafe/, rejected with the line a contributor sees.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, validateCaseSource } from '../../src/validation/validate-cases.ts';

const dir = new URL('../fixtures/cases/unsafe/', import.meta.url).pathname;
const messages = (name: string) =>
  validateCaseSource(`unsafe/${name}.mdx`, readFileSync(`${dir}${name}.mdx`, 'utf8')).problems.map(formatProblem);

const MARKDOWN = 'Tillatt: vanlig Markdown: avsnitt, overskrifter, lister, lenker og tabeller.';

describe('a case body may hold Markdown and nothing that runs', () => {
  it.each([
    ['import', 'tekst: import og export er ikke tillatt i en sak (MDX ville kjørt det som kode). ' + MARKDOWN],
    ['export', 'tekst: import og export er ikke tillatt i en sak (MDX ville kjørt det som kode). ' + MARKDOWN],
    [
      'expression',
      'tekst: krøllparenteser { } er JavaScript-uttrykk i MDX og er ikke tillatt. Tillatt: skriv \\{ og \\} hvis du vil vise krøllparenteser som tegn.',
    ],
    ['script', 'tekst: <script> er ikke tillatt i en sak. ' + MARKDOWN],
    ['iframe', 'tekst: <iframe> er ikke tillatt i en sak. ' + MARKDOWN],
    ['event-handler', 'tekst: hendelsesattributtet onmouseover= på <abbr> er ikke tillatt. ' + MARKDOWN],
    [
      'javascript-url',
      'tekst: lenken "javascript:alert(1" er ikke tillatt. Tillatt: lenker som begynner med https://, http://, / eller #.',
    ],
    [
      'data-url',
      'tekst: lenken "data:image/svg+xml;base64,PHN2Zz4=" er ikke tillatt. Tillatt: lenker som begynner med https://, http://, / eller #.',
    ],
    ['component', 'tekst: komponenten <Ladder> er ikke tillatt. Tillatt: ingen komponenter; bruk vanlig Markdown.'],
    [
      'html-element',
      'tekst: HTML-elementet <div> er ikke tillatt. Tillatt: vanlig Markdown, eller <abbr>, <br>, <sub>, <sup>.',
    ],
  ])('%s is rejected, naming the file and line', (name, message) => {
    expect(messages(name)).toEqual([`unsafe/${name}.mdx:29: ${message}`]);
  });

  it('<style> is rejected, and so are the braces inside it', () => {
    expect(messages('style')).toEqual([
      'unsafe/style.mdx:29: tekst: krøllparenteser { } er JavaScript-uttrykk i MDX og er ikke tillatt. Tillatt: skriv \\{ og \\} hvis du vil vise krøllparenteser som tegn.',
      'unsafe/style.mdx:29: tekst: <style> er ikke tillatt i en sak. ' + MARKDOWN,
    ]);
  });

  it('allows what a case needs: the allowed elements, escaped braces, code, and «a < b»', () => {
    const source = readFileSync(`${dir}script.mdx`, 'utf8').replace(
      '<script>alert("hei")</script>',
      [
        '<abbr title="Kommunenes sentralforbund">KS</abbr> og CO<sub>2</sub>.',
        'Mengden \\{x\\} og a < b, under 5 000 innbyggere.',
        'Koden `<script>` og `{x}` vises bare.',
        '```',
        'import x from "y"',
        '<iframe></iframe>',
        '```',
        '[Regjeringen](https://www.regjeringen.no/) og [en sak](/saker/lagmodellen/#kilder).',
      ].join('\n'),
    );
    expect(validateCaseSource('ok.mdx', source).problems.map(formatProblem)).toEqual([]);
  });
});
