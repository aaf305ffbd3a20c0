// npm test: the same setup as npm start (plus the weapp build), then lint, types, the dependency rules and every test.
// With TEST_DATABASE_URL set, the API suite runs a second time against that PostgreSQL server.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fail, log, ROOT, run } from './lib.mjs';
import { setup } from './setup.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function checkChromium() {
  if (existsSync(CHROMIUM)) return;
  fail(
    [
      `Chromium was not found at ${CHROMIUM}; the end-to-end tests need it.`,
      '  Install it from Debian (as root):  apt-get update && apt-get install -y chromium fonts-noto-cjk',
      '  or point CHROMIUM_PATH at an existing Chromium binary. Never `npx playwright install` (it downloads from outside).',
    ].join('\n'),
  );
}

// The night-time journeys start the system with its clock at 02:30 China time through libfaketime.
const LIBFAKETIME = process.env.LIBFAKETIME_PATH ?? '/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1';
function checkFaketime() {
  if (existsSync(LIBFAKETIME)) return;
  fail(
    [
      `libfaketime was not found at ${LIBFAKETIME}; the night-time journeys need it.`,
      '  Install it from Debian (as root):  apt-get install -y faketime   (or point LIBFAKETIME_PATH at it)',
    ].join('\n'),
  );
}

checkChromium();
checkFaketime();
const pnpm = setup({ weapp: true });
log('lint and format (biome check)');
run(pnpm, ['exec', 'biome', 'check', '.']);
log('type check');
run(pnpm, ['-r', '--workspace-concurrency=1', 'run', 'typecheck']);
log('dependency rules (dependency-cruiser, .dependency-cruiser.cjs)');
run(pnpm, ['run', 'deps']);

const artifacts = join(ROOT, 'tests', 'artifacts');
mkdirSync(artifacts, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0, brokenFiles: 0 };
let status = 0;

function vitest(name, args, env) {
  const report = join(artifacts, `vitest-${name}.json`);
  rmSync(report, { force: true });
  const all = ['exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...args];
  log(`tests (${name}): vitest ${all.slice(2).join(' ')}`);
  const result = spawnSync(pnpm, all, {
    stdio: 'inherit',
    cwd: ROOT,
    env: { ...process.env, XINYONG_SKIP_SETUP: '1', CHROMIUM_PATH: CHROMIUM, LIBFAKETIME_PATH: LIBFAKETIME, ...env },
  });
  if (result.status !== 0) status = result.status ?? 1;
  if (!existsSync(report)) return;
  const r = JSON.parse(readFileSync(report, 'utf8'));
  totals.passed += r.numPassedTests;
  totals.failed += r.numFailedTests;
  // A file can fail outside any test (set-up, tear-down): it has no failed test to count but must not look green.
  totals.brokenFiles += r.testResults.filter((f) => f.status === 'failed' && f.assertionResults.every((a) => a.status !== 'failed')).length;
  totals.skipped += r.numPendingTests + r.numTodoTests;
}

// The embedded database for every project first; TEST_DATABASE_URL must not leak into it.
vitest('pglite', process.argv.slice(2), { TEST_DATABASE_URL: '' });
if (process.env.TEST_DATABASE_URL) vitest('postgres', ['--project', 'api'], { TEST_DATABASE_URL: process.env.TEST_DATABASE_URL });
else log('TEST_DATABASE_URL not set: the API suite ran on PGlite only (.ci/run also runs it on PostgreSQL).');

const broken = totals.brokenFiles ? `, ${totals.brokenFiles} test file(s) failed outside their tests` : '';
console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}${broken}`);
process.exit(status);
