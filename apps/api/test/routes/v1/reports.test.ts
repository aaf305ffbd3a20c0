import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chinaDateAt } from '@xinyong/domain';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../src/config';
import { loadRetentionPeriods } from '../../../src/content/load-retention';
import type { SqlClient } from '../../../src/db/client';
import { DEMO_CITIZENS } from '../../../src/demo/citizens';
import { DEMO_DECISION_NUMBERS, DEMO_ENTITIES } from '../../../src/demo/fixed';
import reportsPlugin from '../../../src/plugins/app/reports';
import { DEV_KEY_FILE, ReportSigningConfigError } from '../../../src/reports/signing-key';
import { verifyAccessLog } from '../../../src/repositories/access-log';
import { createTestApp, inFreshWindow } from '../../helpers';
import { bearer, devLogin, expectNoData } from '../../self-service.helpers';

const dir = mkdtempSync(join(tmpdir(), 'xinyong-report-routes-'));
let app: FastifyInstance;
let db: SqlClient;
let li: string;
let zhang: string;
let wang: string;
let zhao: string;
let key = 0;
const idem = () => ({ 'idempotency-key': `report-test-key-${process.pid}-${++key}` });

beforeAll(async () => {
  ({ app, db } = await createTestApp({}, { demo: true }));
  [li, zhang, wang, zhao] = [
    await devLogin(app, 'li'),
    await devLogin(app, 'zhang'),
    await devLogin(app, 'wang'),
    await devLogin(app, 'zhao'),
  ];
  await actFor(li, DEMO_ENTITIES.xiaochi.code);
  await actFor(zhang, DEMO_ENTITIES.huaxia.code);
  await actFor(zhao, DEMO_ENTITIES.chengxin.code);
});
afterAll(() => app.close());

async function actFor(token: string, entityCode: string | null) {
  const res = await app.inject({ method: 'POST', url: '/api/v1/me/acting', headers: bearer(token), payload: { entityCode } });
  expect(res.statusCode).toBe(204);
}
const request = (token: string | undefined, payload: Record<string, unknown> = {}) =>
  app.inject({ method: 'POST', url: '/api/v1/me/reports', headers: { ...(token ? bearer(token) : {}), ...idem() }, payload });
const download = (token: string | undefined, number: string) =>
  app.inject({ method: 'GET', url: `/api/v1/me/reports/${number}/file`, headers: token ? bearer(token) : {} });
const verify = (number: string, code: string) => app.inject({ method: 'POST', url: '/api/v1/reports/verify', payload: { number, code } });
function verifyFile(bytes: Buffer, name = 'report.pdf') {
  const boundary = '----report-test-boundary';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return app.inject({
    method: 'POST',
    url: '/api/v1/reports/verify-file',
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: body,
  });
}
const accessLog = async (token: string) =>
  (await app.inject({ method: 'GET', url: '/api/v1/me/access-log', headers: bearer(token) })).json().items as {
    purpose: string;
    who: string;
    role: string;
    action: string;
  }[];

/** What a receiver reads on the paper: the report's text as poppler extracts it. */
function textOf(pdf: Buffer): string {
  const path = join(dir, `r-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(path, pdf);
  // In drawing order (-raw), so a table cell's wrapped lines stay together; compared without whitespace.
  return execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}
const codeIn = (text: string) => /核验码([2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4})/.exec(text)?.[1] ?? '';

type Summary = {
  number: string;
  period: { from: string; to: string };
  sections: { id: string; name: string; conclusion: string; recordCount: number }[];
  totalRecords: number;
  requestedByMe: boolean;
  allDomains: boolean;
};

describe('GET /api/v1/reports/options', () => {
  it('offers the domains and the default period of the last three years', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/reports/options' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.domains.map((d: { id: string }) => d.id)).toContain('market');
    expect(body.defaultPeriod.to).toBe(body.asOf);
    expect(Number(body.asOf.slice(0, 4)) - Number(body.defaultPeriod.from.slice(0, 4))).toBe(3);
    expect(body.earliestFrom <= body.defaultPeriod.from).toBe(true);
  });
});

describe('a report for 示例泉城小吃店, asked for by its operator', () => {
  let summary: Summary;
  let pdf: Buffer;
  let code: string;
  beforeAll(async () => {
    const res = await request(li);
    expect(res.statusCode).toBe(201);
    summary = res.json();
    const file = await download(li, summary.number);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    pdf = file.rawPayload;
    code = codeIn(textOf(pdf));
  });

  it('lists the penalty in display under 市场监管 and says 无违法违规记录 for the domains without records', () => {
    const market = summary.sections.find((s) => s.id === 'market');
    expect(market).toMatchObject({ recordCount: 1, conclusion: '报告期内有 1 条违法违规记录' });
    const others = summary.sections.filter((s) => s.id !== 'market');
    expect(others.length).toBeGreaterThan(3);
    for (const s of others) expect(s).toMatchObject({ recordCount: 0, conclusion: '报告期内无违法违规记录' });
    expect(summary).toMatchObject({ totalRecords: 1, allDomains: true, requestedByMe: true });
    const text = textOf(pdf);
    expect(text).toContain(DEMO_DECISION_NUMBERS.xiaochiRepairable);
    // The minor warning is never published, so it is not in a public report either.
    expect(text).not.toContain(DEMO_DECISION_NUMBERS.xiaochiWarning);
    expect(text).toContain(DEMO_ENTITIES.xiaochi.name);
  });

  it('never carries the operator’s name or identity number', () => {
    const text = textOf(pdf);
    expect(text).not.toContain(DEMO_CITIZENS.li.name);
    expect(text).not.toContain(DEMO_CITIZENS.li.idNumber);
    expect(pdf.toString('latin1')).not.toContain(DEMO_CITIZENS.li.idNumber);
  });

  it('is verified by its number and code by anyone, with what it says per domain and nothing personal', async () => {
    expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    const res = await verify(summary.number.toLowerCase(), code.toLowerCase().replace('-', ' '));
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.genuine).toBe(true);
    expect(body.report).toMatchObject({
      number: summary.number,
      subject: { name: DEMO_ENTITIES.xiaochi.name, code: DEMO_ENTITIES.xiaochi.code, example: true },
      period: summary.period,
      totalRecords: 1,
    });
    expect(body.report.sections).toEqual(summary.sections);
    expect(res.body).not.toContain(DEMO_CITIZENS.li.name);
    expect(res.body).not.toContain(DEMO_DECISION_NUMBERS.xiaochiRepairable);
  });

  it('is verified by the site’s plain form (no JavaScript): the same answer as a page under the site’s policy, logged', async () => {
    const post = (number: string, code: string) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/reports/verify',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ number, code }).toString(),
      });
    const verifications = async () => {
      const purposes = (await accessLog(li)).map((e) => e.purpose);
      return ['报告接收方核验专项信用报告', '报告接收方核验专项信用报告（核验码不符，未通过）'].map(
        (p) => purposes.filter((x) => x === p).length,
      );
    };
    const before = await verifications();
    const res = await post(summary.number, code.toLowerCase());
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['content-security-policy']).toBe(app.sitePolicy);
    expect(res.headers['content-security-policy']).toContain("form-action 'self'");
    expect(res.body).toContain('核验通过');
    expect(res.body).toContain(DEMO_ENTITIES.xiaochi.name);
    expect(res.body).toContain('报告期内无违法违规记录');
    expect(res.body).not.toContain(DEMO_CITIZENS.li.name);
    expect(res.body).not.toContain(DEMO_DECISION_NUMBERS.xiaochiRepairable);
    const wrong = await post(summary.number, code === '2222-2222' ? '3333-3333' : '2222-2222');
    expect(wrong.statusCode).toBe(200);
    expect(wrong.body).toContain('核验未通过');
    expect(wrong.body).not.toContain(DEMO_ENTITIES.xiaochi.name);
    // Markup in a field is text on the page, never markup.
    const odd = await post('<script>alert(1)</script>', '2222-2222');
    expect(odd.body).toContain('核验未通过');
    expect(odd.body).not.toContain('<script>alert(1)</script>');
    // A field left empty (a browser's required check skipped) is a page that says what to do, not a JSON error.
    const empty = await post('', '');
    expect(empty.statusCode).toBe(400);
    expect(empty.headers['content-type']).toMatch(/^text\/html/);
    expect(empty.body).toContain('没有完成核验');
    // Both verifications are in the business's log, as the JSON route writes them.
    expect(await verifications()).toEqual(before.map((n) => n + 1));
  });

  it('refuses a wrong code and an unknown number with the same message', async () => {
    const wrongCode = (await verify(summary.number, code === '2222-2222' ? '3333-3333' : '2222-2222')).json();
    const unknown = (await verify('SDXY-20200101-22222222', code)).json();
    expect(wrongCode).toMatchObject({ genuine: false, code: 'REPORT_NOT_VERIFIED' });
    expect(wrongCode.message).toContain('不匹配');
    expect(unknown).toEqual(wrongCode);
    expect(wrongCode.report).toBeUndefined();
  });

  it('is verified by its file, and one changed byte is refused with a clear message', async () => {
    const genuine = (await verifyFile(pdf)).json();
    expect(genuine).toMatchObject({ genuine: true, report: { number: summary.number } });
    const changed = Buffer.from(pdf);
    const at = changed.indexOf('/ReportNumber');
    changed[at - 20] = changed[at - 20] === 0x20 ? 0x0a : 0x20;
    const refused = (await verifyFile(changed)).json();
    expect(refused.genuine).toBe(false);
    expect(['REPORT_SIGNATURE_INVALID', 'REPORT_FILE_ALTERED']).toContain(refused.code);
    expect(refused.message).toMatch(/改动/);
    expect(refused.report).toBeUndefined();
    const notPdf = (await verifyFile(Buffer.from('hello'), 'x.txt')).json();
    expect(notPdf).toMatchObject({ genuine: false, code: 'REPORT_FILE_NOT_PDF' });
  });

  it('writes the request, the download and every verification into the business’s access log', async () => {
    const log = await accessLog(li);
    const purposes = log.map((e) => e.purpose);
    expect(purposes).toContain('申请专项信用报告');
    expect(purposes).toContain('下载专项信用报告');
    const verifications = log.filter((e) => e.role === '报告接收方');
    expect(verifications.map((e) => e.purpose)).toEqual(
      expect.arrayContaining([
        '报告接收方核验专项信用报告',
        '报告接收方核验专项信用报告（核验码不符，未通过）',
        '报告接收方上传原件核验专项信用报告',
        '报告接收方上传文件核验专项信用报告（文件与签发时不一致，未通过）',
      ]),
    );
    // The receiver is never identified, and the operator's own log (not acting) does not hold the business's lines.
    expect(verifications.every((e) => e.who === '报告接收方（核验报告）')).toBe(true);
    expect(await verifyAccessLog(db)).toMatchObject({ ok: true });
  });

  it('is listed for the business, and a stranger can neither list nor download it', async () => {
    const list = (await app.inject({ method: 'GET', url: '/api/v1/me/reports', headers: bearer(li) })).json();
    expect(list.entity).toBe(DEMO_ENTITIES.xiaochi.name);
    expect(list.items.map((r: Summary) => r.number)).toContain(summary.number);

    expectNoData(await download(undefined, summary.number), [401]);
    const stranger = await download(zhang, summary.number);
    expectNoData(stranger, [404]);
    expect(stranger.json().error.code).toBe('REPORT_NOT_FOUND');
    const strangerList = (await app.inject({ method: 'GET', url: '/api/v1/me/reports', headers: bearer(zhang) })).json();
    expect(strangerList.items.map((r: Summary) => r.number)).not.toContain(summary.number);
    // The refused attempt left no line in the business's log and read nothing.
    const log = await accessLog(li);
    expect(log.filter((e) => e.purpose === '下载专项信用报告')).toHaveLength(1);
  });
});

describe('a report for 示例华夏贸易有限公司 (records in display, ended, repaired and under objection)', () => {
  it('leaves out the repaired and the ended records, and keeps the one under objection marked as such', async () => {
    const res = await request(zhang, { domains: ['market'] });
    expect(res.statusCode).toBe(201);
    const summary: Summary = res.json();
    expect(summary.allDomains).toBe(false);
    expect(summary.sections.map((s) => s.id)).toEqual(['market']);
    const text = textOf((await download(zhang, summary.number)).rawPayload);
    expect(text).toContain(DEMO_DECISION_NUMBERS.huaxiaInDisplay);
    expect(text).not.toContain(DEMO_DECISION_NUMBERS.huaxiaRepaired);
    expect(text).not.toContain(DEMO_DECISION_NUMBERS.huaxiaExpired);
    expect(text).toContain(`${DEMO_DECISION_NUMBERS.huaxiaObjection}济南市历下区市场监督管理局`);
    // The Order 58 food penalty of 2024-11-22 is public until 2027-11-21 (entities-order58.test.ts), so it is reported
    // until then; the one decided by 简易程序 is never public, so never reported.
    const order58Shown = chinaDateAt(new Date()) <= '2027-11-21';
    if (order58Shown) expect(text).toContain(DEMO_DECISION_NUMBERS.huaxiaOrder58Food);
    expect(text).not.toContain(DEMO_DECISION_NUMBERS.huaxiaSummary);
    expect(summary.totalRecords).toBe(order58Shown ? 3 : 2);
    expect(text).toContain('异议处理中');
  });

  it('says 无违法违规记录 for a clean business in every domain', async () => {
    const res = await request(zhao);
    expect(res.statusCode).toBe(201);
    const summary: Summary = res.json();
    expect(summary.totalRecords).toBe(0);
    for (const s of summary.sections) expect(s.conclusion).toBe('报告期内无违法违规记录');
  });
});

describe('after the retention period (content/retention.yaml)', () => {
  it('deletes the file but keeps verification: the requester is told it is gone, a receiver that it is still genuine', async () => {
    const periods = loadRetentionPeriods(join(REPO_ROOT, 'content'));
    const issued = await request(zhao);
    expect(issued.statusCode).toBe(201);
    const summary: Summary = issued.json();
    const file = await download(zhao, summary.number);
    expect(file.statusCode).toBe(200);
    const pdf = file.rawPayload;
    const code = codeIn(textOf(pdf));
    // Younger than the period: kept.
    await db.query('UPDATE issued_reports SET issued_at = now() - make_interval(days => $1 - 1) WHERE number = $2', [
      periods.issuedReportFilesDays,
      summary.number,
    ]);
    expect((await app.repos.retention.prune(periods)).reportFiles).toBe(0);
    expect((await download(zhao, summary.number)).statusCode).toBe(200);

    await db.query('UPDATE issued_reports SET issued_at = now() - make_interval(days => $1 + 1) WHERE number = $2', [
      periods.issuedReportFilesDays,
      summary.number,
    ]);
    expect((await app.repos.retention.prune(periods)).reportFiles).toBe(1);
    expect((await app.repos.retention.prune(periods)).reportFiles).toBe(0);
    const { rows } = await db.query<{ file: Uint8Array | null; sha256: string }>(
      'SELECT file, sha256 FROM issued_reports WHERE number = $1',
      [summary.number],
    );
    expect(rows[0]).toMatchObject({ file: null });
    expect(rows[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);

    const gone = await download(zhao, summary.number);
    expect(gone.statusCode).toBe(410);
    expect(gone.json().error).toMatchObject({ code: 'REPORT_FILE_EXPIRED' });
    expect(gone.json().error.message).toContain('超过保存期');
    // A stranger still learns nothing, not even that the file is gone.
    expectNoData(await download(li, summary.number), [404]);

    const byCode = (await verify(summary.number, code)).json();
    expect(byCode).toMatchObject({ genuine: true, report: { number: summary.number, totalRecords: 0 } });
    expect(byCode.message).toContain('报告已超过保存期');
    const byFile = (await verifyFile(pdf)).json();
    expect(byFile).toMatchObject({ genuine: true, report: { number: summary.number } });
    expect(byFile.message).toContain('报告已超过保存期');
    // A wrong code is still refused as before: 核验未通过 is not confused with an expired original.
    const wrong = (await verify(summary.number, code === '2222-2222' ? '3333-3333' : '2222-2222')).json();
    expect(wrong).toMatchObject({ genuine: false, code: 'REPORT_NOT_VERIFIED' });
  });
});

describe('refusals', () => {
  it('gives a natural person no public report, citing where their own records are', async () => {
    const res = await request(wang);
    expectNoData(res, [422]);
    expect(res.json().error.code).toBe('REPORT_NATURAL_PERSON');
    expect(res.json().error.message).toContain('我的信用');
    expectNoData(await request(undefined), [401]);
  });

  it('refuses a period longer than the rules allow, one in the future, and an unknown domain', async () => {
    const options = (await app.inject({ method: 'GET', url: '/api/v1/reports/options' })).json();
    const tooLong = await request(li, { from: '2010-01-01' });
    expect(tooLong.json().error).toMatchObject({ code: 'REPORT_PERIOD_TOO_LONG' });
    expect(tooLong.json().error.message).toContain(options.earliestFrom);
    const future = await request(li, { from: options.defaultPeriod.from, to: '2999-01-01' });
    expect(future.json().error.code).toBe('REPORT_PERIOD_IN_FUTURE');
    const unknown = await request(li, { domains: ['nope'] });
    expect(unknown.json().error.code).toBe('REPORT_DOMAIN_UNKNOWN');
  });
});

describe('limits and configuration', () => {
  it('rate-limits verification per address', async () => {
    await inFreshWindow(600);
    let last = 0;
    for (let i = 0; i < 40 && last !== 429; i++) last = (await verify('SDXY-20200101-22222222', '2222-2222')).statusCode;
    expect(last).toBe(429);
    const refused = await verify('SDXY-20200101-22222222', '2222-2222');
    expect(refused.json().error.code).toBe('RATE_LIMITED');
    expect(refused.headers['retry-after']).toBeDefined();
    // The form's answer is refused too, as a page that says why.
    const page = await app.inject({
      method: 'POST',
      url: '/api/v1/reports/verify',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'number=SDXY-20200101-22222222&code=2222-2222',
    });
    expect(page.statusCode).toBe(429);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.body).toContain('操作太频繁');
  });

  it('does not start in production without a signing key', async () => {
    const keyDir = mkdtempSync(join(tmpdir(), 'xinyong-report-nokey-'));
    // The app's report plugin as buildApp registers it in production: a missing key stops the start.
    const bare = Fastify();
    const start = async () => {
      await bare.register(reportsPlugin, { production: true, env: {}, keyDir, contentDir: join(REPO_ROOT, 'content') });
      await bare.ready();
    };
    await expect(start()).rejects.toThrow(ReportSigningConfigError);
    expect(existsSync(join(keyDir, DEV_KEY_FILE))).toBe(false);
  });
});
