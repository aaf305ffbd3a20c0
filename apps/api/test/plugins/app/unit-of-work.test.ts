import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlClient } from '../../../src/db/client';
import { DEMO_DECISION_NUMBERS, DEMO_ENTITIES } from '../../../src/demo/fixed';
import { DEMO_STAFF } from '../../../src/demo/staff';
import { verifyAccessLog } from '../../../src/repositories/access-log';
import { createTestApp } from '../../helpers';
import { bearer, devLogin, expectNoData } from '../../self-service.helpers';

/**
 * The access-log line of a declared route is written by the unit of work, from the session, in the same transaction
 * as the route's work: the actor label is the same on every route, a staff decision is a decision, and a read that
 * fails leaves no line.
 */
let app: FastifyInstance;
let db: SqlClient;
let zhang: string;
let li: string;
let reviewer: string;
let objectionId: string;
beforeAll(async () => {
  ({ app, db } = await createTestApp({}, { demo: true }));
  [zhang, li] = [await devLogin(app, 'zhang'), await devLogin(app, 'li')];
  reviewer = (
    await app.inject({
      method: 'POST',
      url: '/api/v1/staff/login',
      payload: { username: DEMO_STAFF.lixia.username, password: DEMO_STAFF.lixia.password },
    })
  ).json().token;
  // Zhang acts for his company and objects to one of its records; the company's department (历下区) reviews it.
  await app.inject({
    method: 'POST',
    url: '/api/v1/me/acting',
    headers: bearer(zhang),
    payload: { entityCode: DEMO_ENTITIES.huaxia.code },
  });
  const { items } = (await app.inject({ url: '/api/v1/me/records', headers: bearer(zhang) })).json();
  const record = items.find((r: { decisionNo: string }) => r.decisionNo === DEMO_DECISION_NUMBERS.huaxiaInDisplay);
  objectionId = (
    await app.inject({
      method: 'POST',
      url: '/api/v1/me/objections',
      headers: { ...bearer(zhang), 'idempotency-key': `uow-${Date.now()}-objection` },
      payload: { recordId: record.id, reason: '处罚决定书上的违法事实与实际不符，请核实。', attachmentIds: [] },
    })
  ).json().id;
});
afterAll(() => app.close());

type Entry = { who: string; action: string; purpose: string; fields: string[] };
const logOf = async (token: string) => (await app.inject({ url: '/api/v1/me/access-log', headers: bearer(token) })).json().items as Entry[];
const lines = async () => (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM access_log')).rows[0]?.n ?? 0;

describe('the unit of work of a declared route', () => {
  it('labels the reader the same way on every route while acting for a business', async () => {
    await app.inject({ url: '/api/v1/me/objections', headers: bearer(zhang) });
    await app.inject({ url: `/api/v1/me/objections/${objectionId}`, headers: bearer(zhang) });
    const log = await logOf(zhang);
    for (const purpose of ['本人查询信用记录', '本人查看异议', '本人查看异议详情']) {
      expect(log.find((e) => e.purpose === purpose)?.who, purpose).toBe('本人（代办企业）');
    }
  });

  it('logs a reviewer’s read as a read and the decision as a decision, in the subject’s log', async () => {
    const read = await app.inject({
      url: `/api/v1/staff/objections/${objectionId}`,
      headers: { ...bearer(reviewer), 'x-access-purpose': encodeURIComponent('核实异议材料') },
    });
    expect(read.statusCode).toBe(200);
    const decided = await app.inject({
      method: 'POST',
      url: `/api/v1/staff/objections/${objectionId}/decision`,
      headers: { ...bearer(reviewer), 'idempotency-key': `uow-${Date.now()}-decision` },
      payload: { outcome: 'accepted', reason: '材料齐全，予以受理。' },
    });
    expect(decided.statusCode).toBe(200);
    const log = await logOf(zhang);
    expect(log.find((e) => e.purpose === '核实异议材料')).toMatchObject({ who: '济南市历下区市场监督管理局 审核员', action: 'read' });
    expect(log.find((e) => e.purpose === '处理异议（accepted）')).toMatchObject({
      who: '济南市历下区市场监督管理局 审核员',
      action: 'decide',
      fields: ['异议理由', '异议材料', '信用记录'],
    });
  });

  it('writes nothing when the work fails, and nothing twice when a decision is replayed', async () => {
    const before = await lines();
    expectNoData(await app.inject({ url: '/api/v1/me/objections/ZZZZZZZZZZZZ', headers: bearer(zhang) }), [404]);
    expectNoData(
      await app.inject({
        url: '/api/v1/staff/objections/ZZZZZZZZZZZZ',
        headers: { ...bearer(reviewer), 'x-access-purpose': encodeURIComponent('核实异议材料') },
      }),
      [404],
    );
    expect(await lines()).toBe(before);
    const send = () =>
      app.inject({
        method: 'POST',
        url: `/api/v1/staff/objections/${objectionId}/decision`,
        headers: { ...bearer(reviewer), 'idempotency-key': 'uow-replayed-decision-0001' },
        payload: { outcome: 'upheld', reason: '经核实，原记录无误，维持。' },
      });
    expect((await send()).statusCode).toBe(200);
    const afterFirst = await lines();
    expect(afterFirst).toBe(before + 1);
    const again = await send();
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(await lines()).toBe(afterFirst);
    expect((await verifyAccessLog(db)).ok).toBe(true);
  });

  it('shows a stranger none of it', async () => {
    const strangers = await logOf(li);
    expect(strangers.some((e) => e.purpose.startsWith('处理异议') || e.purpose === '核实异议材料')).toBe(false);
    expectNoData(await app.inject({ url: '/api/v1/me/access-log' }), [401]);
  });
});
