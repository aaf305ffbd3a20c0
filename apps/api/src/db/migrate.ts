import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTotpKey, sealTotpSecret } from '../auth/totp-key';
import type { Queryable, SqlClient } from './client';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations', import.meta.url));

interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function listMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((file) => ({ version: Number(file.slice(0, 3)), name: file.slice(4, -4), sql: readFileSync(join(dir, file), 'utf8') }));
}

/**
 * What a migration needs that SQL cannot do, run in the same transaction right after the migration's SQL:
 * 014 seals the TOTP secrets with a key that lives in configuration, never in the database.
 */
const STEPS: Record<number, (tx: Queryable) => Promise<void>> = {
  14: async (tx) => {
    const key = loadTotpKey(process.env, process.env.NODE_ENV === 'production');
    const { rows } = await tx.query<{ id: number; username: string; totp_secret: string }>(
      'SELECT id, username, totp_secret FROM staff_accounts WHERE totp_secret IS NOT NULL',
    );
    for (const r of rows) {
      await tx.query('UPDATE staff_accounts SET totp_sealed = $2 WHERE id = $1', [r.id, sealTotpSecret(key, r.username, r.totp_secret)]);
    }
    await tx.exec('ALTER TABLE staff_accounts DROP COLUMN totp_secret');
  },
};

/**
 * Applies pending numbered migrations, in one transaction. An advisory lock keeps two API
 * processes starting together against one server from applying the same migration twice.
 */
export async function migrate(db: SqlClient, dir = MIGRATIONS_DIR, options: { apiRole?: string } = {}): Promise<number> {
  return db.transaction(async (tx) => {
    // The lock comes first: two processes running CREATE TABLE IF NOT EXISTS at once can still collide.
    await tx.query('SELECT pg_advisory_xact_lock(727274)');
    // The role the API connects as, when migrations run as a separate owner: migrations grant it what it may do.
    if (options.apiRole) await tx.query("SELECT set_config('xinyong.api_role', $1, true)", [options.apiRole]);
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const done = new Set((await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
    let latest = done.size ? Math.max(...done) : 0;
    for (const m of listMigrations(dir)) {
      if (done.has(m.version)) continue;
      await tx.exec(m.sql);
      await STEPS[m.version]?.(tx);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      latest = Math.max(latest, m.version);
    }
    return latest;
  });
}

export async function currentMigration(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations');
  return rows[0]?.v ?? 0;
}
