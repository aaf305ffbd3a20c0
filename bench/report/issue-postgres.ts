/**
 * 信用代证 through the API at scale: POST /api/v1/me/reports (read the business's records, apply the report rule,
 * render, sign, store, log) for businesses drawn from a large PostgreSQL database, then the download and the
 * verification of the file and of number + code. In process (app.inject, no network), one request at a time.
 *
 *   BENCH_DATABASE_URL=postgres://…/xinyong_p16_bench pnpm --filter @xinyong/bench report:postgres -- --samples 200 --label postgres-1m
 *
 * The database is migrated (issued_reports is added) and gets one authorisation row per sampled business for the
 * demo citizen 李四海, so point it at a copy made for the benchmark (CREATE DATABASE … TEMPLATE …), never at data
 * someone else needs. Results go to bench/results/report-<label>.json.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp } from '@xinyong/api';
import { prepareDatabase } from '@xinyong/api/bootstrap';
import { loadConfig } from '@xinyong/api/config';
import { openDatabase } from '@xinyong/api/db/open';
import { summarise } from '../lookup/percentiles';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: { label: { type: 'string', default: 'postgres-1m' }, samples: { type: 'string', default: '200' } },
});
const SAMPLES = Number(values.samples);
const url = process.env.BENCH_DATABASE_URL;
if (!url) throw new Error('BENCH_DATABASE_URL must name a PostgreSQL database made for this benchmark (it is migrated and written to).');
const RESULTS = join(import.meta.dirname, '..', 'results');
const tmp = mkdtempSync(join(tmpdir(), 'bench-report-pg-'));

const config = loadConfig({
  ...process.env,
  NODE_ENV: 'development',
  DATABASE_URL: url,
  RATE_LIMIT_SCALE: '100000',
  REPORT_DEV_KEY_DIR: tmp,
  REPORT_VERIFY_URL: 'https://xinyong.example.cn/reports/verify/',
});
const db = await openDatabase({ databaseUrl: url });
await prepareDatabase(config, db, { demo: false });
const app = await buildApp({ config: { ...config, siteDir: tmp, h5Dir: tmp }, db, closeDb: true });
await app.ready();

const entityCount = Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM entities')).rows[0]?.n);
// 李四海 (the demo operator of 示例泉城小吃店) acts for every sampled business.
const personId = Number(
  (await db.query<{ id: number }>("SELECT legal_rep_person_id AS id FROM entities WHERE code = '92370103EX0000037M'")).rows[0]?.id,
);
if (!personId) throw new Error('the database has no demo citizens: it must be made by the demo generator');
const login = await app.inject({ method: 'POST', url: '/api/v1/auth/dev-login', payload: { citizen: 'li' } });
const token = login.json().token as string;
const auth = { authorization: `Bearer ${token}` };

// Half the businesses at random (most have no record), half drawn from the penalties (each has at least one).
const random = await db.query<{ id: number; code: string }>(
  `SELECT id, code FROM entities WHERE id IN (SELECT (random() * (SELECT max(id) FROM entities))::bigint FROM generate_series(1, $1)) LIMIT $2`,
  [SAMPLES, Math.ceil(SAMPLES / 2)],
);
const withRecords = await db.query<{ id: number; code: string }>(
  `SELECT e.id, e.code FROM entities e WHERE e.id IN (
     SELECT entity_id FROM penalties TABLESAMPLE SYSTEM (1) WHERE entity_id IS NOT NULL LIMIT $1)`,
  [Math.floor(SAMPLES / 2)],
);
const sample = [...random.rows, ...withRecords.rows];
for (const e of sample)
  await db.query(
    `INSERT INTO business_authorisations (person_id, entity_id, recorded_by_staff_id, basis, valid_from)
     VALUES ($1, $2, 0, '基准测试授权（示例）', current_date - 1) ON CONFLICT DO NOTHING`,
    [personId, e.id],
  );

const issue: number[] = [];
const download: number[] = [];
const verifyFile: number[] = [];
const verifyCode: number[] = [];
const bytes: number[] = [];
const records: number[] = [];
let n = 0;
for (const e of sample) {
  const acting = await app.inject({ method: 'POST', url: '/api/v1/me/acting', headers: auth, payload: { entityCode: e.code } });
  if (acting.statusCode !== 204) throw new Error(`acting for ${e.code}: ${acting.statusCode} ${acting.body}`);
  let t = performance.now();
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/me/reports',
    headers: { ...auth, 'idempotency-key': `bench-report-${process.pid}-${++n}-xxxxxxxx` },
    payload: {},
  });
  issue.push(performance.now() - t);
  if (res.statusCode !== 201) throw new Error(`report for ${e.code}: ${res.statusCode} ${res.body}`);
  const summary = res.json() as { number: string; totalRecords: number; bytes: number };
  records.push(summary.totalRecords);
  bytes.push(summary.bytes);
  t = performance.now();
  const file = await app.inject({ method: 'GET', url: `/api/v1/me/reports/${summary.number}/file`, headers: auth });
  download.push(performance.now() - t);
  const boundary = 'bench-boundary';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="r.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
    file.rawPayload,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  t = performance.now();
  const verified = await app.inject({
    method: 'POST',
    url: '/api/v1/reports/verify-file',
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: body,
  });
  verifyFile.push(performance.now() - t);
  if (!verified.json().genuine) throw new Error(`verification failed: ${verified.body}`);
  // The code is printed on the file only: read it as a receiver would.
  const path = join(tmp, 'r.pdf');
  writeFileSync(path, file.rawPayload);
  const text = execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  const code = /核验码([2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4})/.exec(text)?.[1] ?? '';
  t = performance.now();
  const byCode = await app.inject({ method: 'POST', url: '/api/v1/reports/verify', payload: { number: summary.number, code } });
  verifyCode.push(performance.now() - t);
  if (!byCode.json().genuine) throw new Error(`code verification failed: ${byCode.body}`);
}
await app.close();

const sizes = summarise(bytes);
const result = {
  label: values.label,
  date: new Date().toISOString(),
  command: `BENCH_DATABASE_URL=… pnpm --filter @xinyong/bench report:postgres -- --samples ${SAMPLES} --label ${values.label}`,
  database: { driver: 'postgres', entities: entityCount },
  machine: {
    cpus: cpus().length,
    model: cpus()[0]?.model,
    memGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    loadAvgAtEnd: loadavg(),
  },
  note: 'POST /api/v1/me/reports through app.inject: session check, idempotency claim, records read, report rule, render, sign, store of the file, access-log line, one transaction. Sequential; other processes share the 2 cores.',
  reports: sample.length,
  withRecords: records.filter((r) => r > 0).length,
  maxRecords: Math.max(...records),
  requestMs: summarise(issue),
  downloadMs: summarise(download),
  verifyFileMs: summarise(verifyFile),
  verifyCodeMs: summarise(verifyCode),
  pdfBytes: { min: Math.min(...bytes), p50: sizes.p50, max: Math.max(...bytes) },
};
mkdirSync(RESULTS, { recursive: true });
const out = join(RESULTS, `report-${values.label}.json`);
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
console.log(`→ ${out}`);
