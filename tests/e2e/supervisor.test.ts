import { execFileSync } from 'node:child_process';
import { type RunningSystem, startSystem } from '@xinyong/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `npm start` keeps the service up: an API process that dies (as it did when the heap ran out under uploads) is
// started again by scripts/start.mjs, and Ctrl-C still stops everything.
let system: RunningSystem;
beforeAll(async () => {
  system = await startSystem({ skipSetup: true });
}, 300_000);
afterAll(async () => {
  await system?.stop();
});

/** The API process started by this system's start.mjs: its only child. */
function childOf(parentPid: number): number {
  const out = execFileSync('ps', ['-o', 'pid=', '--ppid', String(parentPid)], { encoding: 'utf8' }).trim();
  const pid = Number(out.split('\n')[0]);
  if (!pid) throw new Error(`no child of ${parentPid}`);
  return pid;
}

async function healthy(origin: string, attempts = 240): Promise<boolean> {
  for (let i = 0; i < attempts; i++) {
    const ok = await fetch(`${origin}/api/v1/health`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return true;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}

describe('npm start after the API dies', () => {
  it('starts the API again and serves as before', async () => {
    const supervisor = system.pid;
    const first = childOf(supervisor);
    process.kill(first, 'SIGKILL');
    expect(await healthy(system.origin)).toBe(true);
    const second = childOf(supervisor);
    expect(second).not.toBe(first);
    expect(system.output()).toContain('starting it again');
  }, 180_000);
});
