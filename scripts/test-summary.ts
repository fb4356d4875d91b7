/**
 * `npm test`: the unit tests, then the browser tests, then one closing line for both,
 * «N passed, N failed», read from Vitest's JSON reports. The line is printed whatever happened: a
 * suite that failed before it could report (a build that stopped, say) counts as one failure, so
 * the total can never look green when a suite did not run.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const reports = new URL('../test-results/', import.meta.url);
rmSync(reports, { recursive: true, force: true });

let passed = 0;
let failed = 0;
let skipped = 0;
let allRan = true;
for (const suite of ['unit', 'e2e']) {
  const status = spawnSync('npm', ['run', `test:${suite}`], { stdio: 'inherit' }).status;
  try {
    const report = JSON.parse(readFileSync(new URL(`${suite}.json`, reports), 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      numPendingTests: number;
    };
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests;
    if (status !== 0 && report.numFailedTests === 0) {
      failed += 1; // the runner failed without a failing test (a suite that could not load)
    }
  } catch {
    console.error(`Testene i «${suite}» ga ingen rapport (bygget eller oppsettet stoppet før testene).`);
    failed += 1;
    allRan = false;
  }
}
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
if (passed === 0 || failed > 0 || !allRan) process.exit(1);
