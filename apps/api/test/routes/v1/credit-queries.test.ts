import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../../../src/auth/totp';
import type { SqlClient } from '../../../src/db/client';
import { DEMO_ENTITIES } from '../../../src/demo/fixed';
import { DEMO_CONSOLE_STAFF } from '../../../src/demo/staff';
import { verifyAccessLog } from '../../../src/repositories/access-log';
import { createTestApp } from '../../helpers';
import { bearer, devLogin, expectNoData } from '../../self-service.helpers';

// 查询使用登记: a department queries a business under the application list; the query is registered, the credit office
// sees it in the register, and the business's representative sees it in the business's own access log.
let app: FastifyInstance;
let db: SqlClient;
let now = new Date('2026-12-01T02:00:05Z');
const tokens: Record<keyof typeof DEMO_CONSOLE_STAFF, string> = { chengguan: '', creditOffice: '', auditor: '' };
beforeAll(async () => {
  ({ app, db } = await createTestApp({ rateLimitScale: 100 }, { demo: true, build: { clock: () => now } }));
  for (const key of Object.keys(tokens) as (keyof typeof DEMO_CONSOLE_STAFF)[]) {
    const account = DEMO_CONSOLE_STAFF[key];
    now = new Date(now.getTime() + 31_000);
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/staff/login',
      payload: { username: account.username, password: account.password, totp: totpCode(account.totpSecret, now) },
    });
    expect(res.statusCode).toBe(200);
    tokens[key] = res.json().token;
  }
});
afterAll(() => app.close());

const huaxia = DEMO_ENTITIES.huaxia;
const query = (token: string | undefined, payload: object) =>
  app.inject({ method: 'POST', url: '/api/v1/staff/credit-queries', headers: token ? bearer(token) : {}, payload });
const register = (token: string | undefined, search = '') =>
  app.inject({ url: `/api/v1/staff/credit-queries${search}`, headers: token ? bearer(token) : {} });
const registrations = async () => Number((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM credit_queries')).rows[0]?.n);
const logLines = async () => Number((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM access_log')).rows[0]?.n);
const valid = { code: huaxia.code, purposeId: 'procurement', referenceNo: '济城管采〔2026〕18号' };

describe('the application list', () => {
  it('is offered to every console role, its illustrative entries marked, with its source', async () => {
    for (const token of Object.values(tokens)) {
      const res = await app.inject({ url: '/api/v1/staff/application-list', headers: bearer(token) });
      expect(res.statusCode).toBe(200);
      const list = res.json();
      expect(list.source.title).toBe('鲁信用办〔2021〕3号');
      expect(list.items.map((i: { id: string }) => i.id)).toContain('procurement');
      expect(list.items.every((i: { example: boolean }) => i.example)).toBe(true);
    }
    expectNoData(await app.inject({ url: '/api/v1/staff/application-list' }), [401]);
  });
});

describe('a department querying a business', () => {
  it('is registered with who, department, purpose, reference and what was seen, and logged in the business’s access log', async () => {
    const [before, linesBefore] = [await registrations(), await logLines()];
    const res = await query(tokens.chengguan, valid);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.queryNo).toMatch(/^CX[A-Z0-9]{12}$/);
    expect(body.profile.code).toBe(huaxia.code);
    expect(body.purpose).toBe('政府采购供应商资格审查（示例）');
    expect(body.seen[0]).toBe('基本信息');
    expect(body.seen).toContain(`行政处罚 ${body.profile.penalties.length} 条`);
    expect(await registrations()).toBe(before + 1);
    expect(await logLines()).toBe(linesBefore + 1);
    const { rows } = await db.query<Record<string, unknown>>(
      `SELECT q.department, q.purpose_id, q.reference_no, q.seen, s.username, e.code
         FROM credit_queries q JOIN staff_accounts s ON s.id = q.staff_id JOIN entities e ON e.id = q.entity_id
        WHERE q.query_no = $1`,
      [body.queryNo],
    );
    expect(rows[0]).toEqual({
      department: DEMO_CONSOLE_STAFF.chengguan.department,
      purpose_id: 'procurement',
      reference_no: '济城管采〔2026〕18号',
      seen: body.seen,
      username: DEMO_CONSOLE_STAFF.chengguan.username,
      code: huaxia.code,
    });
    expect((await verifyAccessLog(db)).ok).toBe(true);

    // The business's representative sees the department, the use and the matter, acting for the business.
    const zhang = await devLogin(app, 'zhang');
    await app.inject({ method: 'POST', url: '/api/v1/me/acting', headers: bearer(zhang), payload: { entityCode: huaxia.code } });
    const log = (await app.inject({ url: '/api/v1/me/access-log', headers: bearer(zhang) })).json().items;
    expect(log).toContainEqual(
      expect.objectContaining({
        who: DEMO_CONSOLE_STAFF.chengguan.department,
        role: '行政部门（应查尽查）',
        action: 'read',
        purpose: '应查尽查：政府采购供应商资格审查（示例）（事项编号 济城管采〔2026〕18号）',
        fields: ['基本信息', '行政许可', '行政处罚', '失信名单', '守信激励名单', '信用承诺'],
      }),
    );
    // Not in the person's own log: the business was queried, not the person.
    await app.inject({ method: 'POST', url: '/api/v1/me/acting', headers: bearer(zhang), payload: { entityCode: null } });
    const own = (await app.inject({ url: '/api/v1/me/access-log', headers: bearer(zhang) })).json().items;
    expect(own.some((e: { purpose: string }) => e.purpose.startsWith('应查尽查'))).toBe(false);
  });

  it('is refused without a reference, with a malformed one, or for a use not on the list, and registers nothing', async () => {
    const [before, linesBefore] = [await registrations(), await logLines()];
    for (const [payload, code] of [
      [{ code: huaxia.code, purposeId: 'procurement' }, 'REFERENCE_REQUIRED'],
      [{ ...valid, referenceNo: '   ' }, 'REFERENCE_REQUIRED'],
      [{ ...valid, referenceNo: '没有编号' }, 'INVALID_REFERENCE'],
      [{ ...valid, purposeId: 'curiosity' }, 'PURPOSE_NOT_LISTED'],
      [{ ...valid, code: '91370100MA3C00000X' }, 'INVALID_CREDIT_CODE'],
    ] as const) {
      const res = await query(tokens.chengguan, payload);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe(code);
      expect(res.json().error.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect(await registrations()).toBe(before);
    expect(await logLines()).toBe(linesBefore);
  });

  it('is refused to a stranger, a citizen, the credit office and the auditor, and registers nothing', async () => {
    const [before, linesBefore] = [await registrations(), await logLines()];
    expectNoData(await query(undefined, valid), [401]);
    expectNoData(await query(await devLogin(app, 'li'), valid), [403]);
    for (const token of [tokens.creditOffice, tokens.auditor]) {
      const res = await query(token, valid);
      expectNoData(res, [403]);
      expect(res.json().error.code).toBe('ROLE_FORBIDDEN');
    }
    expect(await registrations()).toBe(before);
    expect(await logLines()).toBe(linesBefore);
  });
});

describe('the register of queries', () => {
  it('shows the credit office and the auditor every query, filtered by department, use, business and date', async () => {
    await query(tokens.chengguan, { ...valid, purposeId: 'awards', referenceNo: 'PY-2026-0007' });
    for (const token of [tokens.creditOffice, tokens.auditor]) {
      const all = (await register(token)).json();
      expect(all.total).toBeGreaterThanOrEqual(2);
      expect(all.departments).toEqual([DEMO_CONSOLE_STAFF.chengguan.department]);
      expect(all.items[0]).toMatchObject({
        staff: DEMO_CONSOLE_STAFF.chengguan.displayName,
        department: DEMO_CONSOLE_STAFF.chengguan.department,
        purposeId: 'awards',
        referenceNo: 'PY-2026-0007',
        entityCode: huaxia.code,
        entityName: huaxia.name,
      });
    }
    const awards = (await register(tokens.creditOffice, '?purposeId=awards')).json();
    expect(awards.items.every((i: { purposeId: string }) => i.purposeId === 'awards')).toBe(true);
    expect(awards.total).toBe(1);
    const other = (await register(tokens.creditOffice, `?department=${encodeURIComponent('济南市历下区市场监督管理局')}`)).json();
    expect(other.total).toBe(0);
    // The queries were made on the real clock's day (the database stamps them); a day long before has none.
    expect((await register(tokens.creditOffice, '?from=2020-01-01&to=2020-01-02')).json().total).toBe(0);
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    expect((await register(tokens.creditOffice, `?from=${today}&to=${today}`)).json().total).toBeGreaterThanOrEqual(2);
    const backwards = await register(tokens.creditOffice, '?from=2026-02-01&to=2026-01-01');
    expect(backwards.json().error.code).toBe('INVALID_DATE_RANGE');
  });

  it('is refused to a stranger, a citizen and a department reviewer', async () => {
    expectNoData(await register(undefined), [401]);
    expectNoData(await register(await devLogin(app, 'li')), [403]);
    const reviewer = await register(tokens.chengguan);
    expectNoData(reviewer, [403]);
    expect(reviewer.json().error.code).toBe('ROLE_FORBIDDEN');
  });
});
