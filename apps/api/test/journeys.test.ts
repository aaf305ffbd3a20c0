import { PDF, PNG } from '@xinyong/test-support/files';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlClient } from '../src/db/client';
import { DEMO_DECISION_NUMBERS, DEMO_ENTITIES } from '../src/demo/fixed';
import { DEMO_STAFF } from '../src/demo/staff';
import { verifyAccessLog } from '../src/repositories/access-log';
import { createTestApp } from './helpers';
import { bearer, devLogin, expectNoData } from './self-service.helpers';

// What issue 12's journeys need from the API: several proof files per repair, one commitment per signing form,
// a correction that changes the record, an export a person can read, and query codes as people type them.
let app: FastifyInstance;
let db: SqlClient;
beforeAll(async () => {
  ({ app, db } = await createTestApp({}, { demo: true }));
});
afterAll(() => app.close());

let keys = 0;
const key = () => `journeys-${process.pid}-${++keys}-${Date.now()}`;

async function upload(token: string, filename: string, content: Buffer): Promise<string> {
  const boundary = '----xinyong-journeys';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/me/attachments',
    payload,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, ...bearer(token) },
  });
  expect(res.statusCode).toBe(201);
  return res.json().id as string;
}

const post = (url: string, token: string, payload: unknown, idempotencyKey = key()) =>
  app.inject({
    method: 'POST',
    url: `/api/v1${url}`,
    payload: payload as object,
    headers: { ...bearer(token), 'idempotency-key': idempotencyKey },
  });
const get = (url: string, token?: string) => app.inject({ url: `/api/v1${url}`, headers: token ? bearer(token) : {} });

async function actingForXiaochi(): Promise<string> {
  const li = await devLogin(app, 'li');
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/me/acting',
    payload: { entityCode: DEMO_ENTITIES.xiaochi.code },
    headers: bearer(li),
  });
  expect(res.statusCode).toBeLessThan(300);
  return li;
}

async function recordId(token: string, decisionNo: string): Promise<string> {
  const items = (await get('/me/records', token)).json().items as { id: string; decisionNo: string }[];
  const found = items.find((r) => r.decisionNo === decisionNo);
  if (!found) throw new Error(`no record ${decisionNo}`);
  return found.id;
}

async function staffToken(who: keyof typeof DEMO_STAFF): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/staff/login',
    payload: { username: DEMO_STAFF[who].username, password: DEMO_STAFF[who].password },
  });
  return res.json().token as string;
}

const current = async (token: string) => (await get('/me/commitments', token)).json().current.version as string;
const commitmentCount = async () => Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM commitments')).rows[0]?.n);

describe('a repair application with several proof files', () => {
  let li: string;
  let repairId: string;
  let queryCode: string;
  let files: string[];

  let record: string;

  beforeAll(async () => {
    li = await actingForXiaochi();
    files = [await upload(li, 'receipt-page-1.png', PNG), await upload(li, 'receipt.pdf', PDF)];
    record = await recordId(li, DEMO_DECISION_NUMBERS.xiaochiRepairable);
  });

  it('refuses no proof, too many files and another person’s file, and files nothing', async () => {
    const zhang = await devLogin(app, 'zhang');
    const strangers = await upload(zhang, 'not-yours.png', PNG);
    const signed = (await post('/me/commitments', li, { version: await current(li), matter: 'credit-repair', agreed: true })).json();
    const none = await post('/me/repairs', li, { recordId: record, proofAttachmentIds: [], commitmentId: signed.id });
    expect(none.statusCode).toBe(400);
    const tooMany = Array.from({ length: 10 }, (_, n) => `A${n}BCDEFGHJKLMNPQ`);
    expect((await post('/me/repairs', li, { recordId: record, proofAttachmentIds: tooMany, commitmentId: signed.id })).statusCode).toBe(
      400,
    );
    const foreign = await post('/me/repairs', li, { recordId: record, proofAttachmentIds: [files[0], strangers], commitmentId: signed.id });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.code).toBe('ATTACHMENT_NOT_FOUND');
    expect((await get('/me/repairs', li)).json().items).toEqual([]);
  });

  it('keeps every file, in the answer, in the detail and for the reviewer', async () => {
    const signed = (await post('/me/commitments', li, { version: await current(li), matter: 'credit-repair', agreed: true })).json();
    const res = await post('/me/repairs', li, { recordId: record, proofAttachmentIds: files, commitmentId: signed.id });
    expect(res.statusCode).toBe(201);
    ({ id: repairId, queryCode } = res.json());
    expect(res.json().attachments.map((a: { id: string }) => a.id)).toEqual(files);
    const detail = (await get(`/me/repairs/${repairId}`, li)).json();
    expect(detail.attachments.map((a: { id: string }) => a.id)).toEqual(files);
    expect(detail.attachments.map((a: { mediaType: string }) => a.mediaType)).toEqual(['image/png', 'application/pdf']);
    const reviewer = await staffToken('shizhong');
    const staffCase = await app.inject({
      url: `/api/v1/staff/repairs/${repairId}`,
      headers: { ...bearer(reviewer), 'x-access-purpose': encodeURIComponent('审核信用修复材料') },
    });
    expect(staffCase.json().attachments.map((a: { id: string }) => a.id)).toEqual(files);
  });

  it('finds the progress from a query code typed with spaces, hyphens or in lower case, and never shows the files', async () => {
    for (const typed of [
      `${queryCode.slice(0, 4)} ${queryCode.slice(4, 8)} ${queryCode.slice(8)}`,
      `${queryCode.slice(0, 4)}-${queryCode.slice(4, 8)}-${queryCode.slice(8)}`,
      ` ${queryCode.toLowerCase()} `,
    ]) {
      const res = await app.inject({ method: 'POST', url: '/api/v1/repairs/progress', payload: { queryCode: typed } });
      expect(res.statusCode, typed).toBe(200);
      expect(res.json()).not.toHaveProperty('attachments');
    }
  });

  it('gives a stranger nothing and logs the owner’s read', async () => {
    const zhang = await devLogin(app, 'zhang');
    expectNoData(await get(`/me/repairs/${repairId}`, zhang), [404]);
    expectNoData(await get(`/me/repairs/${repairId}`), [401]);
    const log = (await get('/me/access-log', li)).json().items as { purpose: string }[];
    expect(log.some((e) => e.purpose === '本人查看信用修复进度')).toBe(true);
  });
});

describe('signing a commitment', () => {
  it('makes one commitment per signing form, even when the stored answer is gone and the form is sent again', async () => {
    const zhao = await devLogin(app, 'zhao');
    const version = await current(zhao);
    const formKey = key();
    const before = await commitmentCount();
    const first = await post('/me/commitments', zhao, { version, matter: 'xinyi-plus', agreed: true }, formKey);
    expect(first.statusCode).toBe(201);
    const replay = await post('/me/commitments', zhao, { version, matter: 'xinyi-plus', agreed: true }, formKey);
    expect(replay.json().id).toBe(first.json().id);
    // Stored answers are pruned in time; the commitment row itself still knows the form it came from.
    await db.query('DELETE FROM idempotency_keys WHERE key = $1', [formKey]);
    const later = await post('/me/commitments', zhao, { version, matter: 'xinyi-plus', agreed: true }, formKey);
    expect(later.statusCode).toBe(201);
    expect(later.json().id).toBe(first.json().id);
    expect(await commitmentCount()).toBe(before + 1);

    // The same key for a different matter is a mistake, not a second commitment.
    await db.query('DELETE FROM idempotency_keys WHERE key = $1', [formKey]);
    const other = await post('/me/commitments', zhao, { version, matter: 'credit-repair', agreed: true }, formKey);
    expect(other.statusCode).toBe(422);
    expect(await commitmentCount()).toBe(before + 1);
  });

  it('is refused to strangers', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/me/commitments',
      payload: { version: '1', matter: 'credit-repair', agreed: true },
      headers: { 'idempotency-key': key() },
    });
    expectNoData(res, [401]);
  });
});

describe('an objection decided as 更正', () => {
  it('changes what the record says, for the subject and in public, and keeps what it said before', async () => {
    const li = await actingForXiaochi();
    const id = await recordId(li, DEMO_DECISION_NUMBERS.xiaochiRepairable);
    const filed = await post('/me/objections', li, {
      recordId: id,
      reason: '罚款金额写错了：决定书上是 2000 元，这里写成了 20000 元。',
      attachmentIds: [],
    });
    expect(filed.statusCode).toBe(201);
    const objection = filed.json().id as string;
    const reviewer = await staffToken('shizhong');
    const decide = (payload: object) =>
      app.inject({
        method: 'POST',
        url: `/api/v1/staff/objections/${objection}/decision`,
        payload,
        headers: { ...bearer(reviewer), 'idempotency-key': key() },
      });

    expect((await decide({ outcome: 'accepted', reason: '予以受理，核实罚款金额。' })).statusCode).toBe(200);
    const without = await decide({ outcome: 'corrected', reason: '经核实，罚款金额有误。' });
    expect(without.statusCode).toBe(400);
    expect(without.json().error.code).toBe('CORRECTION_REQUIRED');
    const misplaced = await decide({ outcome: 'upheld', reason: '经核实无误。', correction: { content: '罚款 2000 元' } });
    expect(misplaced.json().error.code).toBe('CORRECTION_NOT_EXPECTED');

    // What a correction says becomes public: an identifier typed into it is refused, and nothing changes.
    const leaking = await decide({
      outcome: 'corrected',
      reason: '经核实，罚款金额有误，已更正。',
      correction: { content: '罚款 2000 元，当事人王五 13812345678', legalBasis: '《食品安全法》第一百二十六条' },
    });
    expect(leaking.statusCode).toBe(400);
    expect(leaking.json().error).toMatchObject({ code: 'PERSONAL_DATA_IN_TEXT', message: expect.stringContaining('更正后的内容') });
    const leakingBasis = await decide({
      outcome: 'corrected',
      reason: '依据有误。',
      correction: { legalBasis: '依据 370102199001011237' },
    });
    expect(leakingBasis.json().error).toMatchObject({ code: 'PERSONAL_DATA_IN_TEXT', message: expect.stringContaining('更正后的依据') });
    expect((await get(`/entities/${DEMO_ENTITIES.xiaochi.code}`)).body).not.toContain('13812345678');

    const corrected = '罚款 2000 元（经异议核实更正）';
    expect(
      (await decide({ outcome: 'corrected', reason: '经核实，罚款金额有误，已更正。', correction: { content: corrected } })).statusCode,
    ).toBe(200);

    const mine = ((await get('/me/records', li)).json().items as { id: string; title: string; correction: unknown }[]).find(
      (r) => r.id === id,
    );
    expect(mine?.title).toContain(corrected);
    expect(mine?.correction).toMatchObject({ fields: ['处罚内容'] });
    const profile = (await get(`/entities/${DEMO_ENTITIES.xiaochi.code}`)).json();
    const shown = profile.penalties.find((p: { decisionNo: string }) => p.decisionNo === DEMO_DECISION_NUMBERS.xiaochiRepairable);
    expect(shown.content).toBe(corrected);
    const { rows } = await db.query<{ before: string; after: string }>('SELECT before, after FROM record_corrections');
    expect(rows).toHaveLength(1);
    expect(rows[0]?.after).toBe(corrected);
    expect(rows[0]?.before).not.toBe(corrected);
  });
});

describe('the data export', () => {
  it('holds what the person filed, for themselves and for a business, with titles and labels a report can show', async () => {
    const li = await actingForXiaochi();
    const res = await get('/me/export', li);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.repairs.length).toBeGreaterThan(0);
    for (const r of body.repairs) expect(r).toMatchObject({ recordTitle: expect.any(String), statusLabel: expect.any(String) });
    expect(body.repairs.some((r: { attachments: unknown[] }) => r.attachments.length === 2)).toBe(true);
    expect(body.objections.some((o: { statusLabel: string }) => o.statusLabel === '已更正')).toBe(true);
    expect(body.commitments.some((c: { onBehalfOf: string | null }) => c.onBehalfOf === DEMO_ENTITIES.xiaochi.name)).toBe(true);
    for (const e of body.accessLog) expect(e.at).toMatch(/T.*Z$/);

    const log = (await get('/me/access-log', li)).json().items as { action: string; purpose: string }[];
    expect(log.some((e) => e.action === 'export' && e.purpose === '本人导出个人数据')).toBe(true);
    expectNoData(await get('/me/export'), [401]);
    const zhang = await devLogin(app, 'zhang');
    const theirs = (await get('/me/export', zhang)).json();
    expect(JSON.stringify(theirs)).not.toContain(DEMO_ENTITIES.xiaochi.name);
    expect((await verifyAccessLog(db)).ok).toBe(true);
  });
});

describe('the 信易+ catalogue', () => {
  it('says for every benefit who handles it, through which channel and whom to ask; sample contacts are marked 示例', async () => {
    const { items } = (await get('/benefits')).json();
    expect(items.length).toBeGreaterThan(10);
    for (const { id } of items as { id: string }[]) {
      const b = (await get(`/benefits/${id}`)).json();
      expect(b.apply.unit.length, id).toBeGreaterThan(1);
      expect(b.apply.channel.length, id).toBeGreaterThan(1);
      expect(b.apply.contact.length, id).toBeGreaterThan(1);
      if (b.example) expect(`${b.apply.unit}${b.apply.contact}`, id).toContain('示例');
      if (b.apply.online) expect(b.apply.online.url, id).toMatch(/^https:\/\//);
    }
    expect(items.some((b: { id: string }) => b.id === 'loan-sme-credit')).toBe(true);
    expect((await get('/benefits/loan-sme-credit')).json().apply.online.label).toContain('在线申请');
  });
});
