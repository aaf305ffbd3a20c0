import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import { buildApp } from '../src/app';
import type { Target } from '../src/backup/backup';
import { prepareDatabase } from '../src/bootstrap';
import { loadConfig } from '../src/config';
import type { SqlClient } from '../src/db/client';
import { openDatabase } from '../src/db/open';
import { verifyAccessLog } from '../src/repositories/access-log';
import { directoryStore } from '../src/uploads/file-store';
import { makeVictim } from './fuzz/actors';

export const work = mkdtempSync(join(tmpdir(), 'xinyong-backup-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

export interface Snapshot {
  objections: string[];
  repairs: string[];
  accessLog: number;
  /** The content hash of every upload. */
  uploads: string[];
}

export async function snapshot(db: SqlClient): Promise<Snapshot> {
  const ids = async (table: string) =>
    (await db.query<{ public_id: string }>(`SELECT public_id FROM ${table} ORDER BY public_id`)).rows.map((r) => r.public_id);
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM access_log');
  const uploads = await db.query<{ sha256: Uint8Array }>('SELECT sha256 FROM attachments ORDER BY sha256');
  return {
    objections: await ids('objections'),
    repairs: await ids('repair_applications'),
    accessLog: rows[0]?.n ?? 0,
    uploads: uploads.rows.map((r) => Buffer.from(r.sha256).toString('hex')),
  };
}

/** Demo data, then an objection and a repair application through the API (each read and write leaves access-log lines). */
export async function fillThroughTheApi(source: Target): Promise<Snapshot> {
  const empty = mkdtempSync(join(work, 'empty-'));
  const config = {
    ...loadConfig({ ...process.env, NODE_ENV: 'test' }),
    siteDir: empty,
    h5Dir: empty,
    rateLimitScale: 1000,
    databaseUrl: source.kind === 'postgres' ? source.url : undefined,
    dataDir: source.kind === 'pglite' ? source.dataDir : join(empty, 'unused'),
    attachmentsDir: source.kind === 'pglite' && source.attachmentsDir ? source.attachmentsDir : join(empty, 'attachments'),
  };
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await prepareDatabase(config, db, { demo: true });
  // A hundred days on, so zhang's company has a record open to repair.
  const later = Date.now() + 100 * 86_400_000;
  const app = await buildApp({ config, db, closeDb: true, clock: () => new Date(later) });
  await app.ready();
  const victim = await makeVictim(app);
  expect(victim.repairId).toBeTruthy();
  const before = await snapshot(db);
  expect(before.objections).toContain(victim.objectionId);
  expect(before.repairs).toContain(victim.repairId);
  expect(before.accessLog).toBeGreaterThan(0);
  expect(before.uploads.length).toBeGreaterThan(0);
  await app.close();
  return before;
}

export async function expectRestored(target: Target, before: Snapshot) {
  const db = await openDatabase(target.kind === 'postgres' ? { databaseUrl: target.url } : { dataDir: target.dataDir });
  try {
    expect(await snapshot(db)).toEqual(before);
    expect(await verifyAccessLog(db)).toEqual({ ok: true, entries: before.accessLog });
    // Every upload's body is there and is what was uploaded: in the database on PostgreSQL, in the folder beside it on PGlite.
    const store = target.kind === 'pglite' && target.attachmentsDir ? directoryStore(target.attachmentsDir) : null;
    for (const hex of before.uploads) {
      const body = store
        ? await store.get(Buffer.from(hex, 'hex'))
        : (await db.query<{ content: Uint8Array }>('SELECT content FROM attachments WHERE sha256 = $1', [Buffer.from(hex, 'hex')])).rows[0]
            ?.content;
      expect(body, `upload ${hex}`).toBeTruthy();
      expect(
        createHash('sha256')
          .update(body as Uint8Array)
          .digest('hex'),
      ).toBe(hex);
    }
  } finally {
    await db.close();
  }
}
