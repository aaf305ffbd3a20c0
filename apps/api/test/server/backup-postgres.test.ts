import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type BackupError, backup, restore, type Target } from '../../src/backup/backup';
import { openDatabase } from '../../src/db/open';
import { expectRestored, fillThroughTheApi, work } from '../backup.helpers';

const serverUrl = process.env.TEST_DATABASE_URL;

describe('backup and restore, PostgreSQL server (TEST_DATABASE_URL)', () => {
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
