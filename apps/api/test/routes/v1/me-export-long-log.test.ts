import { addAccessLogEntries } from '@xinyong/test-support/access-log';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlClient } from '../../../src/db/client';
import { accessLogRepository } from '../../../src/repositories/access-log';
import { createTestApp } from '../../helpers';
import { bearer, devLogin, expectNoData } from '../../self-service.helpers';

// The soak of issue 15 gave each demo citizen about 5,000 entries in an hour; the export used to stop at 10,000
// while saying it held everything. Its own app, because the rows below are written outside the chain.
let app: FastifyInstance;
let db: SqlClient;
let zhang: string;
let zhangId: number;
const EXTRA = 10_050;
beforeAll(async () => {
  ({ app, db } = await createTestApp({}, { demo: true }));
  zhang = await devLogin(app, 'zhang');
  expect((await app.inject({ url: '/api/v1/me/records', headers: bearer(zhang) })).statusCode).toBe(200);
  const { rows } = await db.query<{ id: string }>(
    "SELECT subject_person_id::text AS id FROM access_log WHERE purpose = '本人查询信用记录' ORDER BY seq DESC LIMIT 1",
  );
  zhangId = Number(rows[0]?.id);
  await addAccessLogEntries(db, zhangId, EXTRA);
});
afterAll(() => app.close());

describe('GET /api/v1/me/export with a long access log', () => {
  it('holds every entry about the subject, newest first, not the newest 10,000', async () => {
    const res = await app.inject({ url: '/api/v1/me/export', headers: bearer(zhang) });
    expect(res.statusCode).toBe(200);
    const { accessLog } = res.json() as { accessLog: { purpose: string; at: string }[] };
    const total = (await app.inject({ url: '/api/v1/me/access-log', headers: bearer(zhang) })).json().total as number;
    // The page read after the export also counts the export's own line, which the export cannot hold.
    expect(accessLog.length).toBe(total - 1);
    expect(accessLog.length).toBeGreaterThan(EXTRA);
    expect(accessLog.filter((e) => e.purpose.startsWith('核查第 ')).length).toBe(EXTRA);
    expect(accessLog.some((e) => e.purpose === '核查第 10050 号')).toBe(true);
    expectNoData(await app.inject({ url: '/api/v1/me/export' }), [401]);
  });

  it('reads across batch boundaries without losing or repeating an entry', async () => {
    const subject = { personId: zhangId, entityId: null };
    const repo = accessLogRepository(db);
    const inBatches = await repo.allOfSubject(subject, 7);
    const page = await repo.ofSubject(subject, 1, 20_000);
    expect(inBatches.length).toBe(page.total);
    expect(inBatches).toEqual(page.items);
  });
});
