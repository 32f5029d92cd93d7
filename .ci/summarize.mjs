// Sums the JSON reports of every suite (Vitest and Playwright) into one closing line, after
// naming each failed test with the start of its error, so the end of the CI log says what broke.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// The reports a whole run writes: one missing means its suite never ran (lint, types or the build failed first).
const [dir, ...expected] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];

const firstLines = (text) =>
  String(text ?? '')
    .replace(/\u001b\[[0-9;]*m/g, '')
    .split('\n')
    .slice(0, 6)
    .join('\n    ');

function playwrightFailures(suite, file, titles = []) {
  for (const spec of suite.specs ?? []) {
    for (const test of spec.tests ?? []) {
      if (test.status !== 'unexpected') continue;
      const last = test.results?.at(-1);
      failures.push(
        `${file}: [${test.projectName}] ${[...titles, spec.title].join(' › ')}\n    ${firstLines(last?.error?.message)}`,
      );
    }
  }
  for (const child of suite.suites ?? [])
    playwrightFailures(child, file, suite.title ? [...titles, child.title] : [child.title]);
}

for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  const report = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
  if ('numPassedTests' in report) {
    // Vitest (Jest-compatible JSON)
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + (report.numTodoTests ?? 0);
    console.info(`${file}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
    for (const result of report.testResults ?? []) {
      for (const a of result.assertionResults ?? []) {
        if (a.status === 'failed') failures.push(`${file}: ${a.fullName}\n    ${firstLines(a.failureMessages?.[0])}`);
      }
      if (result.status === 'failed' && !(result.assertionResults ?? []).some((a) => a.status === 'failed')) {
        failures.push(`${file}: ${path.basename(result.name)} did not run\n    ${firstLines(result.message)}`);
      }
    }
  } else if (report.stats) {
    // Playwright
    const { expected, unexpected, flaky, skipped: s } = report.stats;
    passed += expected + flaky;
    failed += unexpected;
    skipped += s;
    console.info(`${file}: ${expected + flaky} passed, ${unexpected} failed${flaky ? ` (${flaky} flaky)` : ''}`);
    for (const suite of report.suites ?? []) playwrightFailures(suite, file);
    for (const error of report.errors ?? []) failures.push(`${file}: ${firstLines(error.message)}`);
  }
}
const written = new Set(readdirSync(dir));
const missing = expected.filter((name) => !written.has(`${name}.json`));
for (const name of missing) failures.push(`${name}: no report, the suite did not run (see the log above)`);
if (failures.length) console.info(`\nFailed:\n${failures.map((f) => `- ${f}`).join('\n')}\n`);
console.info(
  `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}` +
    (missing.length ? `, ${missing.length} suite${missing.length > 1 ? 's' : ''} did not run` : ''),
);
process.exit(failed > 0 || passed === 0 || missing.length > 0 ? 1 : 0);
