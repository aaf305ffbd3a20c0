// npm test: the same setup as npm start (plus the weapp build), then lint and every test, ending with one summary line.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fail, log, ROOT, run } from './lib.mjs';
import { setup } from './setup.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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

checkChromium();
const pnpm = setup({ weapp: true });
log('lint and format (biome check)');
run(pnpm, ['exec', 'biome', 'check', '.']);
log('type check');
run(pnpm, ['-r', '--workspace-concurrency=1', 'run', 'typecheck']);

const artifacts = join(ROOT, 'tests', 'artifacts');
mkdirSync(artifacts, { recursive: true });
const report = join(artifacts, 'vitest-report.json');
const args = ['exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)];
log(`tests: ${args.slice(1).join(' ')}`);
const result = spawnSync(pnpm, args, {
  stdio: 'inherit',
  cwd: ROOT,
  env: { ...process.env, XINYONG_SKIP_SETUP: '1', CHROMIUM_PATH: CHROMIUM },
});
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  const skipped = r.numPendingTests + r.numTodoTests;
  console.log(`\nvitest: ${r.numPassedTests} passed, ${r.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`);
}
process.exit(result.status ?? 1);
