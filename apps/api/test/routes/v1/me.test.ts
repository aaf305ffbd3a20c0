import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config';
import type { SqlClient } from '../../../src/db/client';
import { DEMO_CITIZENS } from '../../../src/demo/citizens';
import { DEMO_DECISION_NUMBERS, DEMO_ENTITIES } from '../../../src/demo/fixed';
import { verifyAccessLog } from '../../../src/repositories/access-log';
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

const get = (url: string, token?: string) => app.inject({ method: 'GET', url, headers: token ? bearer(token) : {} });
const accessLog = async (token: string) =>
  (await get('/api/v1/me/access-log', token)).json().items as { purpose: string; who: string; fields: string[] }[];

describe('GET /api/v1/me', () => {
  it('shows the subject masked, with the businesses they represent', async () => {
    const res = await get('/api/v1/me', zhang);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const body = res.json();
    expect(body).toMatchObject({ verified: true, nameMasked: '张**', actingFor: null });
    expect(body.idMasked).toMatch(/^3\*{15}\d[\dX]$/);
    expect(body.canActFor.map((e: { code: string }) => e.code)).toContain(DEMO_ENTITIES.huaxia.code);
    expect(res.body).not.toContain(DEMO_CITIZENS.zhang.idNumber);
    expect(res.body).not.toContain(DEMO_CITIZENS.zhang.name);
  });
});

describe('GET /api/v1/me/records', () => {
  it('shows the subject every record about them, public or not, with the next action', async () => {
    const res = await get('/api/v1/me/records', zhang);
    expect(res.statusCode).toBe(200);
    const { items, subject } = res.json();
    expect(subject).toEqual({ kind: 'person', label: '张**' });
    const own = items.find((r: { decisionNo: string }) => r.decisionNo === DEMO_DECISION_NUMBERS.zhangPenalty);
    expect(own).toMatchObject({ status: '不公示', publiclyShown: false, kind: 'penalty' });
    expect(own.nextActions.map((a: { action: string }) => a.action)).toEqual(['object', 'repair']);
    expect(res.body).not.toContain(DEMO_CITIZENS.zhang.idNumber);
  });

  it('gives a stranger nothing: anonymous 401, another person sees only their own', async () => {
    expectNoData(await get('/api/v1/me/records'), [401]);
    const other = (await get('/api/v1/me/records', li)).json();
    expect(other.items.map((r: { decisionNo: string }) => r.decisionNo)).not.toContain(DEMO_DECISION_NUMBERS.zhangPenalty);
  });

  it('logs the read in the subject’s access log', async () => {
    await get('/api/v1/me/records', zhang);
    const log = await accessLog(zhang);
    expect(log.some((e) => e.purpose === '本人查询信用记录' && e.who === '本人' && e.fields.includes('信用记录'))).toBe(true);
  });

  it('lets a legal representative act for the business, and nobody else', async () => {
    const refused = await app.inject({
      method: 'POST',
      url: '/api/v1/me/acting',
      headers: bearer(li),
      payload: { entityCode: DEMO_ENTITIES.huaxia.code },
    });
    expectNoData(refused, [403]);
    const ok = await app.inject({
      method: 'POST',
      url: '/api/v1/me/acting',
      headers: bearer(zhang),
      payload: { entityCode: DEMO_ENTITIES.huaxia.code },
    });
    expect(ok.statusCode).toBe(204);
    const { items, subject } = (await get('/api/v1/me/records', zhang)).json();
    expect(subject).toEqual({ kind: 'entity', label: DEMO_ENTITIES.huaxia.name });
    const nos = items.map((r: { decisionNo: string }) => r.decisionNo);
    expect(nos).toEqual(
      expect.arrayContaining([
        DEMO_DECISION_NUMBERS.huaxiaInDisplay,
        DEMO_DECISION_NUMBERS.huaxiaRepaired,
        DEMO_DECISION_NUMBERS.huaxiaExpired,
      ]),
    );
    const repaired = items.find((r: { decisionNo: string }) => r.decisionNo === DEMO_DECISION_NUMBERS.huaxiaRepaired);
    expect(repaired).toMatchObject({ status: '已修复', publiclyShown: false });
    await app.inject({ method: 'POST', url: '/api/v1/me/acting', headers: bearer(zhang), payload: { entityCode: null } });
  });
});

describe('GET /api/v1/me/benefits', () => {
  it('evaluates every criterion with a reason, and is refused to strangers', async () => {
    const res = await get('/api/v1/me/benefits', zhang);
    expect(res.statusCode).toBe(200);
    const { items } = res.json();
    expect(items.length).toBeGreaterThan(0);
    for (const b of items) for (const c of b.criteria) expect(c.reason).toMatch(/[\u4e00-\u9fa5]/);
    expectNoData(await get('/api/v1/me/benefits'), [401]);
  });
});

describe('GET /api/v1/me/export', () => {
  it('exports everything held about the subject, identifiers still masked, and logs it as an export', async () => {
    const res = await get('/api/v1/me/export', zhang);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.person.nameMasked).toBe('张**');
    expect(body.records.length).toBeGreaterThan(0);
    expect(res.body).not.toContain(DEMO_CITIZENS.zhang.idNumber);
    const log = await accessLog(zhang);
    expect(log.some((e) => e.purpose === '本人导出个人数据')).toBe(true);
    expectNoData(await get('/api/v1/me/export'), [401]);
  });
});

describe('the access log', () => {
  it('is append-only in the database', async () => {
    await expect(db.query('UPDATE access_log SET purpose = $1', ['改掉'])).rejects.toThrow(/append-only/);
    await expect(db.query('DELETE FROM access_log')).rejects.toThrow(/append-only/);
  });

  it('verifies as a chain, and names the first entry that was tampered with', async () => {
    const before = await verifyAccessLog(db);
    expect(before.ok).toBe(true);
    expect(before.entries).toBeGreaterThan(3);
    const { rows } = await db.query<{ seq: number }>('SELECT seq FROM access_log ORDER BY seq LIMIT 1 OFFSET 2');
    const target = rows[0]?.seq as number;
    // Someone with database access bypasses the trigger: the chain still tells.
    await db.query('ALTER TABLE access_log DISABLE TRIGGER access_log_no_update');
    await db.query("UPDATE access_log SET purpose = '伪造的用途' WHERE seq = $1", [target]);
    await db.query('ALTER TABLE access_log ENABLE TRIGGER access_log_no_update');
    const after = await verifyAccessLog(db);
    expect(after).toMatchObject({ ok: false, firstBrokenSeq: target });
  });
});

describe('sessions', () => {
  it('expires after 30 idle minutes', async () => {
    const token = await devLogin(app, 'wang');
    expect((await get('/api/v1/me', token)).statusCode).toBe(200);
    await db.query(
      "UPDATE sessions SET last_seen_at = now() - interval '31 minutes' WHERE provider = 'development' AND ended_at IS NULL AND person_id = (SELECT person_id FROM sessions ORDER BY id DESC LIMIT 1)",
    );
    const res = await get('/api/v1/me', token);
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('SESSION_EXPIRED');
  });

  it('ends on logout', async () => {
    const token = await devLogin(app, 'zhao');
    const out = await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: bearer(token) });
    expect(out.statusCode).toBe(204);
    const res = await get('/api/v1/me/records', token);
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('SESSION_ENDED');
  });

  it('refuses forged tokens', async () => {
    expect((await get('/api/v1/me', 'A'.repeat(43))).json().error.code).toBe('INVALID_TOKEN');
    expect((await app.inject({ url: '/api/v1/me', headers: { authorization: 'Bearer <script>' } })).json().error.code).toBe(
      'INVALID_TOKEN',
    );
  });
});

describe('the development identity provider', () => {
  it('is refused in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', XINYONG_DEV_IDENTITY: '1' })).toThrow(/refused/);
    expect(loadConfig({ NODE_ENV: 'production' }).devIdentity).toBe(false);
  });
});
