import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlClient } from '../../src/db/client';
import { readCheckpoints, writeCheckpoint } from '../../src/jobs/access-log-checkpoint';
import { accessLogRepository, verifyAccessLog } from '../../src/repositories/access-log';
import { createTestApp } from '../helpers';
import { bearer, devLogin } from '../self-service.helpers';

// A truncated log starts a new chain that verifies by itself; the checkpoint written outside the database does not
// let it pass.
let app: FastifyInstance;
let db: SqlClient;
let dir: string;
let li: string;
beforeAll(async () => {
  ({ app, db } = await createTestApp({}, { demo: true }));
  dir = mkdtempSync(join(tmpdir(), 'xinyong-checkpoints-'));
  li = await devLogin(app, 'li');
  for (let i = 0; i < 2; i++) await app.inject({ url: '/api/v1/me/records', headers: bearer(li) });
});
afterAll(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('signed checkpoints of the access log', () => {
  it('anchor the head, once per change, and a forged line is not trusted', async () => {
    const file = join(dir, 'checkpoints.jsonl');
    const first = await writeCheckpoint(app.repos.accessLog, app.accessLogKey, file);
    expect(first).not.toBeNull();
    expect(await writeCheckpoint(app.repos.accessLog, app.accessLogKey, file, first)).toBe(first);
    appendFileSync(file, `${JSON.stringify({ seq: 1, hash: '00', at: new Date().toISOString(), mac: 'forged' })}\n`);
    const { valid, forged } = await readCheckpoints(file, app.accessLogKey);
    expect(valid).toHaveLength(1);
    expect(forged).toBe(1);
    expect(await app.repos.accessLog.checkAgainst(valid)).toMatchObject({ ok: true });
  });

  it('show a truncation that the chain alone does not', async () => {
    const file = join(dir, 'checkpoints.jsonl');
    await db.exec('TRUNCATE access_log');
    await app.inject({ url: '/api/v1/me/records', headers: bearer(li) });
    expect(await verifyAccessLog(db)).toMatchObject({ ok: true, entries: 1 });
    const { valid } = await readCheckpoints(file, app.accessLogKey);
    expect(await accessLogRepository(db, app.accessLogKey).checkAgainst(valid)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('truncated'),
    });
  });
});
