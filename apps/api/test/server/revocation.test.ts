import { type RunningServer, startApi } from '@xinyong/test-support/processes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlClient } from '../../src/db/client';
import { openDatabase } from '../../src/db/open';
import { DEMO_ENTITIES } from '../../src/demo/fixed';
import { createScratchDatabase } from '../helpers';

// Authority ends when it ends: an authorisation revoked while a person is acting for the business ends their
// acting at once, through whichever API process their next request reaches. Before, the session kept the
// business until it expired (up to 12 hours).
const serverUrl = process.env.TEST_DATABASE_URL as string;
let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
let a: RunningServer;
let b: RunningServer;
let db: SqlClient;

beforeAll(async () => {
  scratch = await createScratchDatabase(serverUrl);
  const env = { DATABASE_URL: scratch.url };
  [a, b] = await Promise.all([startApi({ env }), startApi({ env })]);
  db = await openDatabase({ databaseUrl: scratch.url });
}, 120_000);
afterAll(async () => {
  await db?.close();
  await Promise.all([a?.stop('SIGTERM'), b?.stop('SIGTERM')]);
  await scratch?.drop();
});

async function call(origin: string, path: string, token: string, body?: unknown) {
  const res = await fetch(`${origin}/api/v1${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json().catch(() => null)) as Record<string, unknown> | null };
}

describe('revoking an authorisation', () => {
  it('ends acting for the business at once in every process', async () => {
    const login = await fetch(`${a.origin}/api/v1/auth/dev-login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ citizen: 'zhang' }),
    });
    const { token } = (await login.json()) as { token: string };
    const { rows } = await db.query<{ person_id: number }>('SELECT person_id FROM sessions ORDER BY id DESC LIMIT 1');
    const personId = rows[0]?.person_id;
    await db.query(
      `INSERT INTO business_authorisations (person_id, entity_id, recorded_by_staff_id, basis, valid_from)
       SELECT $1, id, 1, '授权委托书（测试）', current_date - 1 FROM entities WHERE code = $2`,
      [personId, DEMO_ENTITIES.xiaochi.code],
    );

    expect((await call(a.origin, '/me/acting', token, { entityCode: DEMO_ENTITIES.xiaochi.code })).status).toBe(204);
    const acting = await call(b.origin, '/me/records', token);
    expect((acting.body?.subject as { label?: string } | undefined)?.label).toBe(DEMO_ENTITIES.xiaochi.name);

    await db.query(
      `UPDATE business_authorisations SET revoked_at = now()
       WHERE person_id = $1 AND entity_id = (SELECT id FROM entities WHERE code = $2)`,
      [personId, DEMO_ENTITIES.xiaochi.code],
    );

    for (const origin of [b.origin, a.origin]) {
      const records = await call(origin, '/me/records', token);
      expect(records.status).toBe(200);
      expect((records.body?.subject as { label?: string } | undefined)?.label).toBeTruthy();
      expect((records.body?.subject as { label?: string } | undefined)?.label).not.toBe(DEMO_ENTITIES.xiaochi.name);
      const me = await call(origin, '/me', token);
      expect(me.body?.actingFor).toBeNull();
    }
    // Acting again is refused: the authorisation is gone, not merely forgotten by the session.
    const again = await call(b.origin, '/me/acting', token, { entityCode: DEMO_ENTITIES.xiaochi.code });
    expect(again.status).toBe(403);
  }, 180_000);
});
