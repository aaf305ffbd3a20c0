import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import { type BackupError, backup, restore, type Target } from '../src/backup/backup';
import { prepareDatabase } from '../src/bootstrap';
import { loadConfig } from '../src/config';
import type { SqlClient } from '../src/db/client';
import { openDatabase } from '../src/db/open';
import { verifyAccessLog } from '../src/privacy/access-log';
import { makeVictim } from './fuzz/actors';

const work = mkdtempSync(join(tmpdir(), 'xinyong-backup-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Snapshot {
  objections: string[];
  repairs: string[];
  accessLog: number;
}

async function snapshot(db: SqlClient): Promise<Snapshot> {
  const ids = async (table: string) =>
    (await db.query<{ public_id: string }>(`SELECT public_id FROM ${table} ORDER BY public_id`)).rows.map((r) => r.public_id);
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM access_log');
  return { objections: await ids('objections'), repairs: await ids('repair_applications'), accessLog: rows[0]?.n ?? 0 };
}

/** Demo data, then an objection and a repair application through the API (each read and write leaves access-log lines). */
async function fillThroughTheApi(source: Target): Promise<Snapshot> {
  const empty = mkdtempSync(join(work, 'empty-'));
  const config = {
    ...loadConfig({ ...process.env, NODE_ENV: 'test' }),
    siteDir: empty,
    h5Dir: empty,
    rateLimitScale: 1000,
    databaseUrl: source.kind === 'postgres' ? source.url : undefined,
    dataDir: source.kind === 'pglite' ? source.dataDir : join(empty, 'unused'),
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
  await app.close();
  return before;
}

async function expectRestored(target: Target, before: Snapshot) {
  const db = await openDatabase(target.kind === 'postgres' ? { databaseUrl: target.url } : { dataDir: target.dataDir });
  try {
    expect(await snapshot(db)).toEqual(before);
    expect(await verifyAccessLog(db)).toEqual({ ok: true, entries: before.accessLog });
  } finally {
    await db.close();
  }
}

describe('backup and restore, embedded PGlite', () => {
  it('restores every application and access-log entry into a fresh data directory, and refuses to overwrite without force', async () => {
    const source: Target = { kind: 'pglite', dataDir: join(work, 'source') };
    const before = await fillThroughTheApi(source);
    const file = join(work, 'pglite.tar.gz');
    const made = await backup(source, file);
    expect(made.bytes).toBe(statSync(file).size);
    console.log(`PGlite backup: ${(made.bytes / 1024).toFixed(0)} KB in ${made.ms} ms`);

    const target: Target = { kind: 'pglite', dataDir: join(work, 'restored') };
    const restored = await restore(target, file);
    console.log(`PGlite restore: ${restored.tables} tables in ${restored.ms} ms`);
    await expectRestored(target, before);

    await expect(restore(target, file)).rejects.toThrow(/已存在且不为空/);
    await restore(target, file, { force: true });
    await expectRestored(target, before);
    // A PGlite tarball is not a pg_dump archive, and the other way round.
    await expect(restore({ kind: 'postgres', url: 'postgres://nobody@127.0.0.1:1/none' }, file)).rejects.toThrow(/pg_dump/);
  }, 120_000);
});

const serverUrl = process.env.TEST_DATABASE_URL;

describe.runIf(serverUrl)('backup and restore, PostgreSQL server (TEST_DATABASE_URL)', () => {
  it('pg_dump, then pg_restore into a scratch database; refused over a non-empty one without force', async () => {
    const url = serverUrl as string;
    const suffix = `${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const names = [`xinyong_bk_src_${suffix}`, `xinyong_bk_dst_${suffix}`];
    const admin = await openDatabase({ databaseUrl: url });
    const at = (name: string) => {
      const u = new URL(url);
      u.pathname = `/${name}`;
      return u.toString();
    };
    try {
      for (const n of names) await admin.query(`CREATE DATABASE ${n}`);
      const source: Target = { kind: 'postgres', url: at(names[0] as string) };
      const target: Target = { kind: 'postgres', url: at(names[1] as string) };
      const before = await fillThroughTheApi(source);
      const file = join(work, 'server.dump');
      const made = await backup(source, file);
      console.log(`PostgreSQL backup: ${(made.bytes / 1024).toFixed(0)} KB in ${made.ms} ms`);
      const restored = await restore(target, file);
      console.log(`PostgreSQL restore: ${restored.tables} tables in ${restored.ms} ms`);
      await expectRestored(target, before);

      const refused = await restore(target, file).catch((e: BackupError) => e);
      expect(String(refused)).toMatch(/--force/);
      await restore(target, file, { force: true });
      await expectRestored(target, before);
      await expect(restore({ kind: 'pglite', dataDir: join(work, 'wrong') }, file)).rejects.toThrow(/gzip/);
    } finally {
      for (const n of names) await admin.query(`DROP DATABASE IF EXISTS ${n}`);
      await admin.close();
    }
  }, 180_000);
});
