import { PNG } from '@xinyong/test-support/files';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlClient } from '../../../src/db/client';
import { DEMO_DECISION_NUMBERS, DEMO_ENTITIES } from '../../../src/demo/fixed';
import { DEMO_STAFF } from '../../../src/demo/staff';
import { createTestApp } from '../../helpers';
import { bearer, devLogin, expectNoData } from '../../self-service.helpers';

let app: FastifyInstance;
let db: SqlClient;
let zhang: string;
let li: string;
beforeAll(async () => {
  ({ app, db } = await createTestApp({}, { demo: true }));
  [zhang, li] = [await devLogin(app, 'zhang'), await devLogin(app, 'li')];
});
afterAll(() => app.close());

const key = () => `test-${Math.random().toString(36).slice(2)}-${Date.now()}`;

function multipart(filename: string, content: Buffer, type = 'application/octet-stream') {
  const boundary = '----xinyong-test-boundary';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload: body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

async function upload(token: string, filename: string, content: Buffer, type?: string) {
  const { payload, headers } = multipart(filename, content, type);
  return app.inject({ method: 'POST', url: '/api/v1/me/attachments', payload, headers: { ...headers, ...bearer(token) } });
}

async function recordId(token: string, decisionNo: string): Promise<string> {
  const { items } = (await app.inject({ url: '/api/v1/me/records', headers: bearer(token) })).json();
  return items.find((r: { decisionNo: string }) => r.decisionNo === decisionNo).id;
}

describe('attachments', () => {
  it('accepts an image checked by content', async () => {
    const res = await upload(zhang, 'evidence.png', PNG, 'image/png');
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ mediaType: 'image/png', byteSize: PNG.length });
  });

  it('refuses a renamed file whatever its name and declared type say', async () => {
    const res = await upload(zhang, 'photo.jpg', Buffer.from('MZ\x90\x00 this is an executable'), 'image/jpeg');
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('UNSUPPORTED_FILE_TYPE');
  });

  it('refuses a file over 5 MB with a message saying so', async () => {
    const res = await upload(zhang, 'big.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(5 * 1024 * 1024 + 10)]));
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('FILE_TOO_LARGE');
  });

  it('refuses strangers', async () => {
    const { payload, headers } = multipart('a.png', PNG);
    expectNoData(await app.inject({ method: 'POST', url: '/api/v1/me/attachments', payload, headers }), [401]);
  });
});

describe('objections', () => {
  it('files an objection with evidence, shows it as disputed in public, and keeps a history with deadlines', async () => {
    const evidence = (await upload(zhang, 'receipt.png', PNG)).json().id;
    const actingOk = await app.inject({
      method: 'POST',
      url: '/api/v1/me/acting',
      headers: bearer(zhang),
      payload: { entityCode: DEMO_ENTITIES.huaxia.code },
    });
    expect(actingOk.statusCode).toBe(204);
    const id = await recordId(zhang, DEMO_DECISION_NUMBERS.huaxiaInDisplay);
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/me/objections',
      headers: { ...bearer(zhang), 'idempotency-key': key() },
      payload: { recordId: id, reason: '处罚决定书上的违法事实与实际不符，抽检样品并非本公司销售。', attachmentIds: [evidence] },
    });
    expect(res.statusCode).toBe(201);
    const objection = res.json();
    expect(objection).toMatchObject({ status: 'submitted', department: '济南市历下区市场监督管理局', attachments: [{ id: evidence }] });
    expect(objection.history).toHaveLength(1);
    expect(objection.decideBy > objection.acceptBy).toBe(true);

    const profile = (await app.inject(`/api/v1/entities/${DEMO_ENTITIES.huaxia.code}`)).json();
    const shown = profile.penalties.find((p: { decisionNo: string }) => p.decisionNo === DEMO_DECISION_NUMBERS.huaxiaInDisplay);
    expect(shown).toMatchObject({ status: '异议处理中', disputed: true });

    // Staff decide: upheld. The public mark goes away; the history records both steps.
    const staffToken = (
      await app.inject({
        method: 'POST',
        url: '/api/v1/staff/login',
        payload: { username: DEMO_STAFF.lixia.username, password: DEMO_STAFF.lixia.password },
      })
    ).json().token;
    const queue = (await app.inject({ url: '/api/v1/staff/queue?kind=objection', headers: bearer(staffToken) })).json();
    expect(queue.items.map((i: { id: string }) => i.id)).toContain(objection.id);
    const noPurpose = await app.inject({ url: `/api/v1/staff/objections/${objection.id}`, headers: bearer(staffToken) });
    expect(noPurpose.json().error.code).toBe('PURPOSE_REQUIRED');
    const read = await app.inject({
      url: `/api/v1/staff/objections/${objection.id}`,
      headers: { ...bearer(staffToken), 'x-access-purpose': encodeURIComponent('核实异议材料') },
    });
    expect(read.statusCode).toBe(200);
    const decide = (payload: object) =>
      app.inject({
        method: 'POST',
        url: `/api/v1/staff/objections/${objection.id}/decision`,
        headers: { ...bearer(staffToken), 'idempotency-key': key() },
        payload,
      });
    // A conclusion straight from 已提交 skips acceptance: the state machine refuses it and nothing changes.
    const skipped = await decide({ outcome: 'upheld', reason: '经复核抽检记录，原处罚事实清楚，维持原记录。' });
    expect(skipped.statusCode).toBe(409);
    expect(skipped.json().error).toMatchObject({ code: 'ACCEPTANCE_REQUIRED', message: expect.stringContaining('请先受理') });
    expect((await decide({ outcome: 'accepted', reason: '材料齐全，予以受理。' })).statusCode).toBe(200);
    const decided = await decide({ outcome: 'upheld', reason: '经复核抽检记录，原处罚事实清楚，维持原记录。' });
    expect(decided.statusCode).toBe(200);
    // A second conclusion on a closed case is refused with the reason.
    const twice = await decide({ outcome: 'deleted', reason: '改变主意，删除这条记录。' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('CASE_CLOSED');
    const after = (await app.inject(`/api/v1/entities/${DEMO_ENTITIES.huaxia.code}`)).json();
    expect(after.penalties.find((p: { decisionNo: string }) => p.decisionNo === DEMO_DECISION_NUMBERS.huaxiaInDisplay)).toMatchObject({
      disputed: false,
      status: '公示中',
    });
    const detail = (await app.inject({ url: `/api/v1/me/objections/${objection.id}`, headers: bearer(zhang) })).json();
    expect(detail.history.map((h: { status: string }) => h.status)).toEqual(['submitted', 'accepted', 'upheld']);
    expect(detail.decisionReason).toContain('维持');

    // The staff read is in the subject's access log with its purpose.
    const log = (await app.inject({ url: '/api/v1/me/access-log', headers: bearer(zhang) })).json().items;
    expect(
      log.some((e: { who: string; purpose: string }) => e.who === '济南市历下区市场监督管理局 审核员' && e.purpose === '核实异议材料'),
    ).toBe(true);
    await app.inject({ method: 'POST', url: '/api/v1/me/acting', headers: bearer(zhang), payload: { entityCode: null } });
  });

  it('refuses the same grounds again once decided, with the reason and what to do, and takes them with new evidence', async () => {
    await app.inject({
      method: 'POST',
      url: '/api/v1/me/acting',
      headers: bearer(zhang),
      payload: { entityCode: DEMO_ENTITIES.huaxia.code },
    });
    const id = await recordId(zhang, DEMO_DECISION_NUMBERS.huaxiaInDisplay);
    const file = (reason: string, attachmentIds: string[] = []) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/me/objections',
        headers: { ...bearer(zhang), 'idempotency-key': key() },
        payload: { recordId: id, reason, attachmentIds },
      });
    // The grounds decided as 维持 above, with other punctuation and spaces: still the same grounds.
    const repeat = await file('处罚决定书上的违法事实与实际不符 抽检样品并非本公司销售！');
    expect(repeat.statusCode).toBe(409);
    expect(repeat.json().error).toMatchObject({ code: 'OBJECTION_REPEATED', message: expect.stringContaining('已经核实过并有了结论') });
    const { rows } = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM objections WHERE record_kind = 'penalty' AND record_id = $1 AND public_id IS NOT NULL",
      [Number(id.split('-')[1])],
    );
    expect(rows[0]?.n).toBe(1);
    // New evidence makes it a new objection; while it is open, a third one is refused.
    const evidence = (await upload(zhang, 'new-evidence.png', PNG)).json().id;
    expect((await file('处罚决定书上的违法事实与实际不符，抽检样品并非本公司销售。', [evidence])).statusCode).toBe(201);
    const third = await file('抽检样品的批号与本公司进货记录不一致，请再次核实。');
    expect(third.statusCode).toBe(409);
    expect(third.json().error.code).toBe('OBJECTION_ALREADY_OPEN');
    await app.inject({ method: 'POST', url: '/api/v1/me/acting', headers: bearer(zhang), payload: { entityCode: null } });
  });

  it('refuses another person’s record id with 404 and writes nothing', async () => {
    const zhangRecord = await recordId(zhang, DEMO_DECISION_NUMBERS.zhangPenalty);
    const before = await db.query<{ n: number }>('SELECT count(*) AS n FROM objections');
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/me/objections',
      headers: { ...bearer(li), 'idempotency-key': key() },
      payload: { recordId: zhangRecord, reason: '这不是我的记录但我想试试能不能改别人的。', attachmentIds: [] },
    });
    expectNoData(res, [404]);
    const after = await db.query<{ n: number }>('SELECT count(*) AS n FROM objections');
    expect(after.rows[0]?.n).toBe(before.rows[0]?.n);
  });

  it('files a replayed POST once and answers the retry with the first answer', async () => {
    const id = await recordId(zhang, DEMO_DECISION_NUMBERS.zhangPenalty);
    const k = key();
    const send = () =>
      app.inject({
        method: 'POST',
        url: '/api/v1/me/objections',
        headers: { ...bearer(zhang), 'idempotency-key': k },
        payload: { recordId: id, reason: '占道经营的地点不在处罚决定书写的路段，请核实。', attachmentIds: [] },
      });
    const [first, second] = [await send(), await send()];
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.json().id).toBe(first.json().id);
    const { rows } = await db.query<{ n: number }>(
      "SELECT count(*) AS n FROM objections WHERE public_id IS NOT NULL AND record_id = $1 AND record_kind = 'penalty'",
      [Number(id.split('-')[1])],
    );
    expect(rows[0]?.n).toBe(1);
    // A second objection on the same record while one is open is refused.
    const again = await app.inject({
      method: 'POST',
      url: '/api/v1/me/objections',
      headers: { ...bearer(zhang), 'idempotency-key': key() },
      payload: { recordId: id, reason: '再提一次同样的异议，看看会不会被拒绝。', attachmentIds: [] },
    });
    expect(again.statusCode).toBe(409);
  });

  it('refuses a submission without an idempotency key, and strangers', async () => {
    const id = await recordId(zhang, DEMO_DECISION_NUMBERS.zhangPenalty);
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/me/objections',
      headers: bearer(zhang),
      payload: { recordId: id, reason: '没有防重复编号的提交应当被拒绝。', attachmentIds: [] },
    });
    expect(res.statusCode).toBe(400);
    expectNoData(await app.inject({ url: '/api/v1/me/objections' }), [401]);
    const list = (await app.inject({ url: '/api/v1/me/objections', headers: bearer(li) })).json();
    expect(list.items).toEqual([]);
  });
});
