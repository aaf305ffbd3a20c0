import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backup, restore, type Target } from '../../src/backup/backup';
import { expectRestored, fillThroughTheApi, work } from '../backup.helpers';

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
