import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { backup, restore, type Target } from '../../src/backup/backup';
import { openDatabase } from '../../src/db/open';
import { expectRestored, fillThroughTheApi, snapshot, work } from '../backup.helpers';

describe('backup and restore, embedded PGlite', () => {
  it('restores every application and access-log entry into a fresh data directory, and refuses to overwrite without force', async () => {
    const source: Target = { kind: 'pglite', dataDir: join(work, 'source'), attachmentsDir: join(work, 'source-attachments') };
    const before = await fillThroughTheApi(source);
    const file = join(work, 'pglite.tar.gz');
    const made = await backup(source, file);
    expect(made.bytes).toBe(statSync(file).size);
    console.log(`PGlite backup: ${(made.bytes / 1024).toFixed(0)} KB in ${made.ms} ms`);

    const target: Target = { kind: 'pglite', dataDir: join(work, 'restored'), attachmentsDir: join(work, 'restored-attachments') };
    const restored = await restore(target, file);
    console.log(`PGlite restore: ${restored.tables} tables in ${restored.ms} ms`);
    await expectRestored(target, before);

    await expect(restore(target, file)).rejects.toThrow(/已存在且不为空/);
    // The bodies need somewhere to go: refused before anything is written.
    await expect(restore({ kind: 'pglite', dataDir: join(work, 'nowhere') }, file)).rejects.toThrow(/材料目录/);
    await restore(target, file, { force: true });
    await expectRestored(target, before);
    // A PGlite tarball is not a pg_dump archive, and the other way round.
    await expect(restore({ kind: 'postgres', url: 'postgres://nobody@127.0.0.1:1/none' }, file)).rejects.toThrow(/pg_dump/);

    // A backup made before the bodies moved out of the database (the data-directory tarball alone) still restores.
    const legacy = join(work, 'legacy.tar.gz');
    const db = await PGlite.create(source.dataDir);
    writeFileSync(legacy, Buffer.from(await (await db.dumpDataDir('gzip')).arrayBuffer()));
    await db.close();
    const old: Target = { kind: 'pglite', dataDir: join(work, 'legacy'), attachmentsDir: join(work, 'legacy-attachments') };
    expect((await restore(old, legacy)).tables).toBeGreaterThan(10);
    const reopened = await openDatabase({ dataDir: old.dataDir });
    expect((await snapshot(reopened)).objections).toEqual(before.objections);
    await reopened.close();
  }, 180_000);
});
