import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { type RunningServer, startApi } from '@xinyong/test-support/processes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlClient } from '../../src/db/client';
import { openDatabase } from '../../src/db/open';
import { DEMO_DECISION_NUMBERS, DEMO_ENTITIES } from '../../src/demo/fixed';
import { createScratchDatabase } from '../helpers';

// The recompute command runs in a process of its own. Before, it emptied only its own answer cache, so a running
// API kept serving public profiles made from the old windows for up to PUBLIC_CACHE_SECONDS. Now it notifies every
// API process on the database, which drops its cached public answers at once.
const API_DIR = fileURLToPath(new URL('../../', import.meta.url));
const serverUrl = process.env.TEST_DATABASE_URL as string;
let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
let api: RunningServer;
let db: SqlClient;

beforeAll(async () => {
  scratch = await createScratchDatabase(serverUrl);
  // The longest cache the configuration allows: only the notification can explain a fresh answer within it.
  api = await startApi({ env: { DATABASE_URL: scratch.url, PUBLIC_CACHE_SECONDS: '60' } });
  db = await openDatabase({ databaseUrl: scratch.url });
}, 120_000);
afterAll(async () => {
  await db?.close();
  await api?.stop('SIGTERM');
  await scratch?.drop();
});

const shownNumbers = async () => {
  const res = await fetch(`${api.origin}/api/v1/entities/${DEMO_ENTITIES.huaxia.code}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { penalties: { decisionNo: string }[] }).penalties.map((p) => p.decisionNo);
};

describe('windows:recompute in another process', () => {
  it('is seen by a running API at once, not when its cached answer expires', async () => {
    const no = DEMO_DECISION_NUMBERS.huaxiaInDisplay;
    // A window stored under other rule data, ended in the past: the public profile leaves the record out.
    await db.query("UPDATE penalties SET window_end = '2000-01-01', window_rule_version = 'old' WHERE decision_no = $1", [no]);
    expect(await shownNumbers()).not.toContain(no);
    expect(await shownNumbers()).not.toContain(no); // now served from the API's answer cache

    const { stdout } = await promisify(execFile)('node', ['--import', 'tsx', join('src', 'cli', 'recompute-windows.ts')], {
      cwd: API_DIR,
      env: { ...process.env, DATABASE_URL: scratch.url, NODE_ENV: 'development' },
    });
    expect(stdout).toMatch(/公示截止日变化 1 条/);

    // The notice travels asynchronously; a few tries, all well inside the 60 seconds the cached answer would live.
    let seen = false;
    for (let i = 0; i < 20 && !seen; i++) {
      seen = (await shownNumbers()).includes(no);
      if (!seen) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(seen).toBe(true);
  });
});
