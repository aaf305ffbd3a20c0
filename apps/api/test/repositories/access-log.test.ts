import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlClient } from '../../src/db/client';
import { verifyAccessLog } from '../../src/repositories/access-log';
import { createTestApp } from '../helpers';
import { bearer, devLogin } from '../self-service.helpers';

// The attack of issue 15: with the owner's rights, change an entry, recompute every link after it the way the
// chain used to be computed (plain SHA-256, no key) and put the trigger back. The keyed chain must notice.
let app: FastifyInstance;
let db: SqlClient;
beforeAll(async () => {
  ({ app, db } = await createTestApp({}, { demo: true }));
  const li = await devLogin(app, 'li');
  for (let i = 0; i < 3; i++) expect((await app.inject({ url: '/api/v1/me/records', headers: bearer(li) })).statusCode).toBe(200);
});
afterAll(() => app.close());

type Row = Record<string, unknown>;
const canonical = (r: Row) =>
  JSON.stringify([
    new Date(r.at as string).toISOString(),
    r.actor_kind,
    r.actor_id === null ? null : Number(r.actor_id),
    r.actor_role,
    r.actor_label,
    r.subject_person_id === null ? null : Number(r.subject_person_id),
    r.subject_entity_id === null ? null : Number(r.subject_entity_id),
    r.action,
    r.purpose,
    r.fields,
    r.request_id,
  ]);

describe('the access log chain', () => {
  it('holds for what the service wrote', async () => {
    expect(await verifyAccessLog(db)).toMatchObject({ ok: true });
    const { rows } = await db.query<{ v: number }>('SELECT DISTINCT mac_version AS v FROM access_log');
    expect(rows.map((r) => Number(r.v))).toEqual([2]);
  });

  it('detects an entry rewritten with owner rights and the chain recomputed without the key', async () => {
    await db.exec('ALTER TABLE access_log DISABLE TRIGGER access_log_no_update');
    const { rows } = await db.query<Row>('SELECT * FROM access_log ORDER BY seq');
    let prev: Buffer = Buffer.alloc(32);
    for (const [i, r] of rows.entries()) {
      const row = i === 0 ? { ...r, purpose: '（被改写的目的）', actor_label: '某人' } : r;
      const hash = createHash('sha256').update(prev).update(canonical(row)).digest();
      await db.query('UPDATE access_log SET purpose = $2, actor_label = $3, prev_hash = $4, hash = $5 WHERE seq = $1', [
        r.seq,
        row.purpose,
        row.actor_label,
        prev,
        hash,
      ]);
      prev = hash;
    }
    await db.exec('ALTER TABLE access_log ENABLE TRIGGER access_log_no_update');
    const verdict = await verifyAccessLog(db);
    expect(verdict).toMatchObject({ ok: false, firstBrokenSeq: Number(rows[0]?.seq) });
  });
});
