/**
 * What the check workflow tells a contributor, in Norwegian and first: the lines from `npm run check`,
 * then how the tests went. Written to the job summary as Markdown, and as plain text to the
 * artifact that the comment workflow posts on the pull request.
 */

/** Text shown verbatim in Markdown: a fence longer than any run of backticks inside it. */
export function codeBlock(text: string): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}text\n${text.replace(/\n+$/, '')}\n${fence}`;
}

/** How a workflow step ended, as GitHub reports it (`steps.<id>.outcome`). */
export type Outcome = 'success' | 'failure' | 'cancelled' | 'skipped' | '';

export interface CheckResult {
  /** What `npm run check` printed. */
  output: string;
  check: Outcome;
  tests: Outcome;
}

const TESTS: Record<Outcome, string> = {
  success: 'Testene besto.',
  failure:
    'Testene feilet. Se steget «Test» i loggen; meldingene der er på engelsk. Står det en linje fra sjekken over, rett den først.',
  cancelled: 'Testene ble avbrutt.',
  skipped: 'Testene ble ikke kjørt, fordi sjekken av sakene fant feil. Rett feilene over, så kjører alt på nytt.',
  // Not run yet: the job summary gets the check's lines before the tests start.
  '': '',
};

/** The line on how the tests went (empty while they have not run). */
export function testsLine(tests: Outcome): string {
  return TESTS[tests] ?? '';
}

/** The lines a contributor needs, as plain text. */
export function checkText(r: CheckResult): string {
  const lines = r.output
    .split('\n')
    .map((l) => l.trimEnd())
    .filter(Boolean);
  const head =
    r.check === 'success'
      ? 'Sjekken av sakene: i orden.'
      : r.check === 'failure'
        ? 'Sjekken av sakene fant feil. Hver linje sier fil, linje, felt, hva som er galt og hva som er lov. Rett fila i den samme pull requesten, så kjører sjekken på nytt.'
        : 'Sjekken av sakene ble ikke fullført.';
  return [head, '', ...lines, '', testsLine(r.tests)].join('\n').trimEnd();
}

/** The same, as the first section of the job summary. */
export function checkMarkdown(r: CheckResult): string {
  const [head, , ...rest] = checkText({ ...r, tests: '' }).split('\n');
  const lines = rest.join('\n').trim();
  const tests = testsLine(r.tests);
  return [
    `## Sjekk av sakene`,
    '',
    head,
    '',
    ...(lines ? [codeBlock(lines), ''] : []),
    ...(tests ? [tests, ''] : []),
  ].join('\n');
}
