/**
 * For the check workflow: prints the Norwegian summary of `npm run check` and the tests.
 * Usage: node scripts/ci-summary.ts <fil med utskriften fra npm run check> <sjekk-utfall> [<test-utfall>] [--tekst | --bare-tester]
 * The outcomes are GitHub's step outcomes (success, failure, skipped, cancelled; empty: not run yet).
 * Markdown for the job summary by default; --tekst gives plain text for the pull-request comment;
 * --bare-tester only the line on the tests (added to the job summary once they have run).
 */
import { readFileSync } from 'node:fs';
import { checkMarkdown, checkText, testsLine, type Outcome } from '../src/contribute/ci-summary.ts';

const [file, check = '', tests = '', format] = process.argv.slice(2);
let output = '';
try {
  output = readFileSync(file ?? '', 'utf8');
} catch {
  output = '';
}
const result = { output, check: check as Outcome, tests: tests as Outcome };
if (format === '--bare-tester') process.stdout.write(`${testsLine(result.tests)}\n\n`);
else process.stdout.write(format === '--tekst' ? `${checkText(result)}\n` : checkMarkdown(result));
