import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from '@xinyong/test-support/files';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadRetentionPeriods } from '../../src/content/load-retention';
import type { SqlClient } from '../../src/db/client';
import { DEMO_DECISION_NUMBERS, DEMO_ENTITIES } from '../../src/demo/fixed';
import { createTestApp } from '../helpers';
import { bearer, devLogin } from '../self-service.helpers';

let app: FastifyInstance;
let db: SqlClient;
let contentDir: string;
beforeAll(async () => {
  let config: { contentDir: string };
  ({ app, db, config } = await createTestApp({}, { demo: true }));
  contentDir = config.contentDir;
});
afterAll(() => app.close());

async function upload(token: string): Promise<string> {
  const boundary = '----retention';
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n`),
    PNG,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/me/attachments',
    payload,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, ...bearer(token) },
  });
  expect(res.statusCode).toBe(201);
  return res.json().id;
}

describe('the retention job', () => {
  it('deletes old idempotency answers, long-ended sessions and unused uploads, once, and nothing in use', async () => {
    const periods = loadRetentionPeriods(contentDir);
    const zhang = await devLogin(app, 'zhang');
    const ended = await devLogin(app, 'li');
    await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: bearer(ended) });
    await app.inject({
      method: 'POST',
      url: '/api/v1/me/acting',
      headers: bearer(zhang),
      payload: { entityCode: DEMO_ENTITIES.huaxia.code },
    });
    const [used, unused, fresh] = [await upload(zhang), await upload(zhang), await upload(zhang)];
    const { items } = (await app.inject({ url: '/api/v1/me/records', headers: bearer(zhang) })).json();
    const recordId = items.find((r: { decisionNo: string }) => r.decisionNo === DEMO_DECISION_NUMBERS.huaxiaInDisplay).id;
    const filed = await app.inject({
      method: 'POST',
      url: '/api/v1/me/objections',
      headers: { ...bearer(zhang), 'idempotency-key': `retention-${Date.now()}-0001` },
      payload: { recordId, reason: '处罚金额与决定书不一致，请核实', attachmentIds: [used] },
    });
    expect(filed.statusCode).toBe(201);

    // Everything but the fresh upload and the live session is made older than its period.
    await db.query(`UPDATE attachments SET created_at = now() - make_interval(hours => $1 + 1) WHERE public_id IN ($2, $3)`, [
      periods.orphanedUploadsHours,
      used,
      unused,
    ]);
    await db.query(`UPDATE idempotency_keys SET created_at = now() - make_interval(days => $1 + 1)`, [periods.idempotencyAnswersDays]);
    await db.query(`UPDATE sessions SET ended_at = now() - make_interval(days => $1 + 1) WHERE ended_at IS NOT NULL`, [
      periods.endedSessionsDays,
    ]);
    const before = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM sessions WHERE ended_at IS NOT NULL')).rows[0]?.n;
    expect(before).toBeGreaterThan(0);

    const first = await app.repos.retention.prune(periods);
    expect(first).toMatchObject({ idempotencyAnswers: 1, sessions: before, uploads: 1 });
    // The three uploads are the same picture: its body stays while two rows still use it.
    expect(first.unreferencedFiles).toEqual([]);
    expect(await app.repos.retention.prune(periods)).toEqual({
      idempotencyAnswers: 0,
      sessions: 0,
      uploads: 0,
      reportFiles: 0,
      unreferencedFiles: [],
    });

    const left = (await db.query<{ public_id: string }>('SELECT public_id FROM attachments ORDER BY id')).rows.map((r) => r.public_id);
    expect(left).toContain(used);
    expect(left).toContain(fresh);
    expect(left).not.toContain(unused);
    // The live session still works; the objection and its evidence are untouched.
    expect((await app.inject({ url: '/api/v1/me/objections', headers: bearer(zhang) })).json().items).toHaveLength(1);
  });

  it('is documented with the periods it uses: the privacy notice and guides say what the job does', () => {
    const periods = loadRetentionPeriods(contentDir);
    const read = (path: string) => readFileSync(join(contentDir, path), 'utf8');
    const operator = parse(read('operator.yaml')) as { retention: { what: string; howLong: string }[] };
    const reports = operator.retention.find((r) => r.what.startsWith('专项信用报告'));
    expect(reports?.howLong).toContain(`签发 ${periods.issuedReportFilesDays} 天后自动删除原件`);
    expect(read('guides/privacy.md')).toContain(`| 签发后 ${periods.issuedReportFilesDays} 天 |`);
    expect(read('guides/credit-report.md')).toContain(`原件保存 ${periods.issuedReportFilesDays} 天`);
  });
});
