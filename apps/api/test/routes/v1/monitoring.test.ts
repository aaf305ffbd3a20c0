import { makeCreditCode } from '@xinyong/domain';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../../../src/auth/totp';
import type { SqlClient } from '../../../src/db/client';
import { DEMO_CONSOLE_STAFF } from '../../../src/demo/staff';
import { createTestApp } from '../../helpers';
import { bearer } from '../../self-service.helpers';

// 双公示 monitoring from known data: files pushed in October and November 2026 with known lateness (7 working days
// from the decision, on the house calendar), known refusals and a remark on a standard field, and one penalty left
// public by a stale stored window. Every figure of the monthly and quarterly answers is checked against them.
let app: FastifyInstance;
let db: SqlClient;
let now = new Date('2026-10-15T02:00:00Z'); // Thursday 2026-10-15, 10:00 in China
beforeAll(async () => {
  ({ app, db } = await createTestApp({ rateLimitScale: 100 }, { demo: true, build: { clock: () => now } }));
});
afterAll(() => app.close());

const A = '济南市市场监督管理局';
const B = '青岛市交通运输局';
const code = (n: number) => makeCreditCode('91', '370102', `MA3Q${String(n).padStart(4, '0')}`);

const CF_HEADER = 'CF_XDR_MC,CF_XDR_LB,CF_XDR_SHXYM,CF_WSH,CF_YJ,CF_CFLB,CF_NR,CF_JDRQ,CF_CFJG,CF_CFJGDM,CF_SJLY,CF_XXLB';
const penalty = (n: number, decided: string, extra: { authorityCode?: string; infoClass?: string } = {}) =>
  [
    `监测示例${n}有限公司`,
    '02',
    code(n),
    `济市监罚〔2026〕${n}号`,
    '《中华人民共和国食品安全法》第一百二十六条',
    '罚款',
    '罚款人民币5000元',
    decided,
    A,
    extra.authorityCode ?? '',
    A,
    extra.infoClass ?? '一般',
  ].join(',');
const XK_HEADER = 'XK_XDR_MC,XK_XDR_LB,XK_XDR_SHXYM,XK_WSH,XK_XKLB,XK_XKZS,XK_NR,XK_JDRQ,XK_XKJG,XK_LYDW';
const licence = (n: number, decided: string, department: string) =>
  [
    `监测示例${n}有限公司`,
    '02',
    code(n),
    `许〔2026〕${n}号`,
    '普通',
    '道路运输经营许可证',
    '道路普通货物运输',
    decided,
    department,
    department,
  ].join(',');
const csv = (header: string, rows: string[]) => `\uFEFF${[header, ...rows].join('\n')}\n`;
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

// November (received Friday 2026-11-20): a decision of 11-11 is due 11-20 (on time); of 11-10, due 11-19 (late).
const A_PENALTIES = csv(CF_HEADER, [
  penalty(1, '2026-11-16'),
  penalty(2, '2026-11-17'),
  penalty(3, '2026-11-19'),
  penalty(4, '2026-11-11'), // the last on-time day
  penalty(5, '2026-11-10'), // one day late
  penalty(6, '2026-10-09'), // late
  penalty(7, '2026-11-18', { authorityCode: '1137010000000001' }), // a bad authority code: kept, but a remark on the standard
  penalty(8, '2026-11-31'), // refused: not a date
]);
const B_LICENCES = csv(
  XK_HEADER,
  [20, 21, 22, 23, 24].map((n) => licence(n, '2026-11-18', B)),
);
// October (received Thursday 2026-10-15): decided Friday 10-09, due 10-19 (10-10 is a make-up workday) — on time;
// decided 09-20, due 09-29 — late.
const A_LICENCES_OCTOBER = csv(XK_HEADER, [licence(30, '2026-10-09', A), licence(31, '2026-09-20', A)]);

const later = (seconds: number) => {
  now = new Date(now.getTime() + seconds * 1000);
};
async function token(account: (typeof DEMO_CONSOLE_STAFF)[keyof typeof DEMO_CONSOLE_STAFF]): Promise<string> {
  later(31);
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/staff/login',
    payload: { username: account.username, password: account.password, totp: totpCode(account.totpSecret, now) },
  });
  expect(res.statusCode).toBe(200);
  return res.json().token;
}
const post = (url: string, tok: string, payload: object, key?: string) =>
  app.inject({
    method: 'POST',
    url: `/api/v1${url}`,
    headers: { ...bearer(tok), ...(key ? { 'idempotency-key': `monitoring-test-${key}` } : {}) },
    payload,
  });
const get = (url: string, tok?: string) => app.inject({ url: `/api/v1${url}`, headers: tok ? bearer(tok) : {} });
const count = async (sql: string) => Number((await db.query<{ n: string }>(sql)).rows[0]?.n);

describe('imports from the console', () => {
  beforeAll(async () => {
    // October's file, received in October (the clock only moves forward: a spent TOTP step stays spent).
    const office = await token(DEMO_CONSOLE_STAFF.creditOffice);
    const oct = await post('/staff/imports', office, { fileName: '济南10月许可.csv', contentBase64: b64(A_LICENCES_OCTOBER) }, 'oct-1');
    expect(oct.json()).toMatchObject({ imported: 2, rejected: 0 });
    now = new Date('2026-11-20T02:00:00Z');
  });

  it('previews without writing anything, then commits once per form and once per file', async () => {
    const office = await token(DEMO_CONSOLE_STAFF.creditOffice);
    const before = {
      penalties: await count('SELECT count(*) AS n FROM penalties'),
      runs: await count('SELECT count(*) AS n FROM import_runs'),
    };
    const body = { fileName: '济南市场监管11月.csv', contentBase64: b64(A_PENALTIES) };

    const preview = await post('/staff/imports/preview', office, body);
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({
      kind: 'penalty',
      kindLabel: '行政处罚',
      committed: false,
      rowsRead: 8,
      imported: 7,
      rejected: 1,
    });
    expect(preview.json().problems).toEqual([
      { line: 9, field: 'CF_JDRQ', reason: '处罚决定日期“2026-11-31”不是有效日期，应为 YYYY-MM-DD。' },
    ]);
    expect(preview.json().warnings.map((w: { line: number; field: string }) => [w.line, w.field])).toEqual([[8, 'CF_CFJGDM']]);
    expect(await count('SELECT count(*) AS n FROM penalties')).toBe(before.penalties);
    expect(await count('SELECT count(*) AS n FROM import_runs')).toBe(before.runs);

    const office2 = office;
    const first = await post('/staff/imports', office2, body, 'import-form-1');
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ committed: true, repeated: false, imported: 7, unchanged: 0, rejected: 1 });
    expect(first.json().problems).toEqual(preview.json().problems);
    // The same form sent again: the first answer, nothing written twice.
    const again = await post('/staff/imports', office2, body, 'import-form-1');
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(first.json());
    // The same file from a new form: every row already there, and its refused row not counted a second time.
    const repeated = await post('/staff/imports', office2, body, 'import-form-2');
    expect(repeated.json()).toMatchObject({ repeated: true, imported: 0, unchanged: 7, rejected: 1 });
    expect(await count('SELECT count(*) AS n FROM penalties')).toBe(before.penalties + 7);
    expect(await count('SELECT count(*) AS n FROM import_runs')).toBe(before.runs + 1);
    expect(await count('SELECT count(*) AS n FROM import_rejections')).toBe(1);
    const receipt = await db.query<{ received_on: string; pushed_by: string; meets_standard: boolean }>(
      "SELECT received_on::text AS received_on, pushed_by, meets_standard FROM penalties WHERE decision_no = '济市监罚〔2026〕7号'",
    );
    expect(receipt.rows).toEqual([{ received_on: '2026-11-20', pushed_by: A, meets_standard: false }]);

    const licences = await post('/staff/imports', office2, { fileName: '青岛交通.csv', contentBase64: b64(B_LICENCES) }, 'import-form-3');
    expect(licences.json()).toMatchObject({ kind: 'licence', imported: 5, rejected: 0 });
  });

  it('refuses a file it cannot read with a message, and a body that is not base64', async () => {
    const office = await token(DEMO_CONSOLE_STAFF.creditOffice);
    const notCsv = await post('/staff/imports/preview', office, { fileName: 'x.csv', contentBase64: b64('名称,日期\n甲,2026-01-01\n') });
    expect(notCsv.statusCode).toBe(422);
    expect(notCsv.json().error).toMatchObject({ code: 'IMPORT_FILE_UNREADABLE' });
    expect(notCsv.json().error.message).toContain('无法识别文件类型');
    const garbled = await post('/staff/imports/preview', office, { fileName: 'x.csv', contentBase64: '%%%' });
    expect(garbled.statusCode).toBe(400);
    expect(garbled.json().error.code).toBe('BAD_FILE_ENCODING');
  });
});

describe('the monitoring figures', () => {
  beforeAll(async () => {
    const office = await token(DEMO_CONSOLE_STAFF.creditOffice);
    const fresh = (await get('/staff/monitoring', office)).json();
    expect(fresh.months[0].rows.find((r: { kind: string }) => r.kind === 'penalty').pastDisplayEnd).toBe(0);
    // A 轻微 penalty is never displayed (window_end null); a stale stored window shows it: what the figure is for.
    await db.query(`UPDATE penalties SET info_class = '轻微', window_end = '2099-12-31' WHERE decision_no = '济市监罚〔2026〕2号'`);
  });

  it('counts per department, kind and month: received, on time, to standard, refused, left public', async () => {
    const office = await token(DEMO_CONSOLE_STAFF.creditOffice);
    const res = await get('/staff/monitoring', office);
    expect(res.statusCode).toBe(200);
    const m = res.json();
    expect(m.asOf).toBe('2026-11-20');
    expect(m.months).toHaveLength(12);
    expect(m.months[0].month).toBe('2026-11');
    expect(m.months[11].month).toBe('2025-12');
    const nov = m.months[0];
    expect(nov.rows).toEqual([
      {
        department: B,
        kind: 'licence',
        received: 5,
        onTime: 5,
        onTimePercent: 100,
        meetingStandard: 5,
        standardPercent: 100,
        rejected: 0,
        pastDisplayEnd: null,
        behind: false,
        flags: [],
      },
      {
        department: A,
        kind: 'penalty',
        received: 7,
        onTime: 5, // 1, 2, 3, 4 and 7; 5 and 6 late
        onTimePercent: 71.4,
        meetingStandard: 6, // 7 has a remark on the authority code
        standardPercent: 75, // 6 of the 8 rows pushed (the refused one fails it)
        rejected: 1,
        pastDisplayEnd: 1,
        behind: true,
        flags: [
          '按时上报 71.4%，低于 90%（作出决定之日起 7 个工作日内）。',
          '符合数据标准 75%，低于 95%。',
          '1 条记录已过公示期仍在公示，应当撤下。',
        ],
      },
    ]);
    expect(nov.rejections).toEqual([
      {
        department: A,
        kind: 'penalty',
        file: '济南市场监管11月.csv',
        line: 9,
        field: 'CF_JDRQ',
        reason: '处罚决定日期“2026-11-31”不是有效日期，应为 YYYY-MM-DD。',
      },
    ]);
    const oct = m.months[1];
    expect(oct.rows).toEqual([
      expect.objectContaining({
        department: A,
        kind: 'licence',
        received: 2,
        onTime: 1,
        onTimePercent: 50,
        standardPercent: 100,
        behind: false,
      }),
    ]);
    // Two rows are fewer than the minimum: no share is judged on them.
    expect(oct.rows[0].flags).toEqual([]);
    // The trend: every month, oldest first, both kinds.
    expect(m.trend).toHaveLength(24);
    expect(m.trend.slice(-4)).toEqual([
      { month: '2026-10', kind: 'licence', received: 2, onTimePercent: 50, standardPercent: 100, rejected: 0 },
      { month: '2026-10', kind: 'penalty', received: 0, onTimePercent: null, standardPercent: null, rejected: 0 },
      { month: '2026-11', kind: 'licence', received: 5, onTimePercent: 100, standardPercent: 100, rejected: 0 },
      { month: '2026-11', kind: 'penalty', received: 7, onTimePercent: 71.4, standardPercent: 75, rejected: 1 },
    ]);
    expect(m.thresholds).toMatchObject({ onTimePercent: 90, standardPercent: 95, minimumRows: 5 });
    expect(m.thresholds.source).toContain('不是法定标准');
    expect(m.timelinessSource).toContain('7 个工作日');
    // The demo's records have no receipt and are not counted.
    expect(m.months.slice(2).every((month: { rows: unknown[] }) => month.rows.length === 0)).toBe(true);
  });

  it('sums the quarter per department, with a total per kind', async () => {
    const auditor = await token(DEMO_CONSOLE_STAFF.auditor);
    const res = await get('/staff/monitoring/quarterly?quarter=2026Q4', auditor);
    expect(res.statusCode).toBe(200);
    const q = res.json();
    expect(q).toMatchObject({ quarter: '2026Q4', from: '2026-10-01', to: '2026-12-31', asOf: '2026-11-20' });
    expect(
      q.rows.map((r: { department: string; kind: string; received: number; onTime: number; rejected: number }) => [
        r.department,
        r.kind,
        r.received,
        r.onTime,
        r.rejected,
      ]),
    ).toEqual([
      [A, 'licence', 2, 1, 0],
      [B, 'licence', 5, 5, 0],
      [A, 'penalty', 7, 5, 1],
    ]);
    expect(q.totals).toEqual([
      expect.objectContaining({
        department: '合计',
        kind: 'licence',
        received: 7,
        onTime: 6,
        onTimePercent: 85.7,
        standardPercent: 100,
        pastDisplayEnd: null,
      }),
      expect.objectContaining({
        department: '合计',
        kind: 'penalty',
        received: 7,
        onTime: 5,
        onTimePercent: 71.4,
        standardPercent: 75,
        rejected: 1,
        pastDisplayEnd: 1,
      }),
    ]);
    const previous = await get('/staff/monitoring/quarterly?quarter=2026Q3', auditor);
    expect(previous.json().rows).toEqual([]);
  });
});

describe('who may see and do what', () => {
  it('refuses reviewers every monitoring and import route, the auditor the imports, and a stranger everything', async () => {
    const reviewer = await token(DEMO_CONSOLE_STAFF.chengguan);
    const auditor = await token(DEMO_CONSOLE_STAFF.auditor);
    const body = { fileName: 'x.csv', contentBase64: b64(B_LICENCES) };
    for (const res of [
      await get('/staff/monitoring', reviewer),
      await get('/staff/monitoring/quarterly?quarter=2026Q4', reviewer),
      await post('/staff/imports/preview', reviewer, body),
      await post('/staff/imports', reviewer, body, 'reviewer-1'),
      await post('/staff/imports/preview', auditor, body),
      await post('/staff/imports', auditor, body, 'auditor-1'),
    ]) {
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('ROLE_FORBIDDEN');
    }
    expect((await get('/staff/monitoring', auditor)).statusCode).toBe(200);
    for (const res of [await get('/staff/monitoring'), await get('/staff/monitoring/quarterly?quarter=2026Q4')]) {
      expect(res.statusCode).toBe(401);
    }
    // A quarter that does not exist is refused by the schema.
    const bad = await get('/staff/monitoring/quarterly?quarter=2026Q5', auditor);
    expect(bad.statusCode).toBe(400);
  });
});
