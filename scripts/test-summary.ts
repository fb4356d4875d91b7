/**
 * Prints one closing line for all test runs, «N passed, N failed», from Vitest's JSON reports, so
 * CI and a reader see the total of unit and browser tests together.
 */
import { readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
for (const name of ['unit', 'e2e']) {
  const report = JSON.parse(readFileSync(new URL(`../test-results/${name}.json`, import.meta.url), 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
  };
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests;
}
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
if (passed === 0 || failed > 0) process.exit(1);
