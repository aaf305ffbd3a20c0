import { type RunningServer, startApi } from '@xinyong/test-support/processes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/open';
import { DEMO_DECISION_NUMBERS, DEMO_ENTITIES } from '../../src/demo/fixed';
import { verifyAccessLog } from '../../src/repositories/access-log';
import { createScratchDatabase, inFreshWindow } from '../helpers';

// Two API processes on two ports against one PostgreSQL server must behave as one service.
const serverUrl = process.env.TEST_DATABASE_URL as string;
let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
let a: RunningServer;
let b: RunningServer;

beforeAll(async () => {
  scratch = await createScratchDatabase(serverUrl);
  // Started together: migrations and the demo seed must each run exactly once.
  const env = { DATABASE_URL: scratch.url };
  [a, b] = await Promise.all([startApi({ env }), startApi({ env })]);
}, 120_000);
afterAll(async () => {
  await Promise.all([a?.stop('SIGTERM'), b?.stop('SIGTERM')]);
  await scratch?.drop();
});

const call = async (
  origin: string,
  path: string,
  init: { method?: string; token?: string; body?: unknown; headers?: Record<string, string> } = {},
) => {
  const res = await fetch(`${origin}/api/v1${path}`, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      ...init.headers,
    },
    body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
  });
  return { status: res.status, body: (await res.json().catch(() => null)) as Record<string, unknown> | null, headers: res.headers };
};

describe('two API processes, one PostgreSQL server', () => {
  it('seeded the demo data once although both started together', async () => {
    const db = await openDatabase({ databaseUrl: scratch.url });
    const { rows } = await db.query<{ n: number }>('SELECT count(*) AS n FROM entities WHERE code = $1', [DEMO_ENTITIES.huaxia.code]);
    await db.close();
    expect(rows[0]?.n).toBe(1);
  });

  it('logs in through one process and continues through the other', async () => {
    const login = await call(a.origin, '/auth/dev-login', { method: 'POST', body: { citizen: 'li' } });
    expect(login.status).toBe(200);
    const token = login.body?.token as string;
    const acting = await call(a.origin, '/me/acting', { method: 'POST', token, body: { entityCode: DEMO_ENTITIES.xiaochi.code } });
    expect(acting.status).toBe(204);
    const records = await call(b.origin, '/me/records', { token });
    expect(records.status).toBe(200);
    expect((records.body?.subject as { label: string } | undefined)?.label).toBe(DEMO_ENTITIES.xiaochi.name);

    // The same idempotent POST sent to both processes at once files exactly one objection.
    const items = records.body?.items as { id: string; decisionNo: string }[];
    const recordId = items.find((r) => r.decisionNo === DEMO_DECISION_NUMBERS.xiaochiRepairable)?.id;
    const key = `scale-out-${Date.now()}-key`;
    const submit = (origin: string) =>
      call(origin, '/me/objections', {
        method: 'POST',
        token,
        headers: { 'idempotency-key': key },
        body: { recordId, reason: '罚款金额与决定书不一致，请核实原始记录。', attachmentIds: [] },
      });
    const [first, second] = await Promise.all([submit(a.origin), submit(b.origin)]);
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(first.body?.id).toBe(second.body?.id);
    const db = await openDatabase({ databaseUrl: scratch.url });
    const { rows } = await db.query<{ n: number }>('SELECT count(*) AS n FROM objections WHERE record_id = $1 AND public_id IS NOT NULL', [
      Number(String(recordId).split('-')[1]),
    ]);
    expect(rows[0]?.n).toBe(1);
    expect((await verifyAccessLog(db)).ok).toBe(true);
    await db.close();

    // Logout through one process ends the session in the other.
    await call(b.origin, '/auth/logout', { method: 'POST', token, body: {} });
    expect((await call(a.origin, '/me', { token })).status).toBe(401);
  });

  it('shares rate-limit counters: the login limit counts across both processes', async () => {
    // A CI run straddled a minute boundary here and saw two windows.
    await inFreshWindow();
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++)
      statuses.push(
        (
          await call(i % 2 ? a.origin : b.origin, '/staff/login', {
            method: 'POST',
            body: { username: 'nobody', password: 'wrong-password' },
          })
        ).status,
      );
    // Ten per minute per address in total (one login above may already have used this window).
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(2);
    const limited = await call(a.origin, '/staff/login', { method: 'POST', body: { username: 'nobody', password: 'x' } });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
