#!/usr/bin/env node
// `npm test`: every check and every test, ending with one plain line "N passed, N failed" summed over vitest and
// Playwright (CI reads that line). Order: type check, lint, unit/component tests, build, size budget, browser tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const REPORTS = '.reports';
mkdirSync(REPORTS, { recursive: true });
const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';

let passed = 0;
let failed = 0;
const problems = [];

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) problems.push(`${label} exited with ${result.status ?? result.signal}`);
  return result.status === 0;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

const bin = (name) => join('node_modules', '.bin', name);

run('type check', bin('tsc'), ['--noEmit', '-p', '.']);
run('lint and format', bin('biome'), ['check', '.']);

const vitestJson = join(REPORTS, 'vitest.json');
rmSync(vitestJson, { force: true });
run('unit and component tests', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
const vitest = readJson(vitestJson);
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
} else problems.push('vitest wrote no report');

const built = run('build', bin('vite'), ['build', '--logLevel', 'warn']);
if (built) run('size budget', process.execPath, ['scripts/budget.mjs']);

if (existsSync(chromium) && built) {
  const playwrightJson = join(REPORTS, 'playwright.json');
  rmSync(playwrightJson, { force: true });
  run('browser tests (Playwright + Chromium)', bin('playwright'), ['test'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
  });
  const report = readJson(playwrightJson);
  if (report?.stats) {
    passed += report.stats.expected + (report.stats.flaky ?? 0);
    failed += report.stats.unexpected;
  } else problems.push('Playwright wrote no report');
} else if (!existsSync(chromium)) {
  const message = `Chromium not found at ${chromium}: browser tests NOT run (apt-get install -y chromium).`;
  if (process.env.CI) problems.push(message);
  else console.log(`\n⚠ ${message}`);
}

if (problems.length > 0) {
  console.log('\nProblems:');
  for (const problem of problems) console.log(`  - ${problem}`);
}
// A failed check that is not a test (type errors, lint, build) still counts as a failure in the summary line.
if (problems.length > 0 && failed === 0) failed = problems.length;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(problems.length > 0 || failed > 0 ? 1 : 0);
