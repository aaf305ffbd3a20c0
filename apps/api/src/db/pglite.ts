import { mkdirSync } from 'node:fs';
import { PGlite, types } from '@electric-sql/pglite';
import type { Queryable, SqlClient } from './client';

/** dataDir undefined means in memory (tests); otherwise a folder that persists across runs. */
export async function openPglite(dataDir?: string): Promise<SqlClient> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  // Same value types as the pg driver setup in postgres.ts: civil dates as 'YYYY-MM-DD', int8 as number.
  const db = await PGlite.create(dataDir, {
    parsers: { [types.DATE]: (value: string) => value, [types.INT8]: (value: string) => Number(value) },
  });
  const wrap = (q: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    query: async <T>(text: string, params?: unknown[]) => ({ rows: (await q.query<T>(text, params)).rows }),
    exec: async (sql: string) => {
      await q.exec(sql);
    },
  });
  return {
    driver: 'pglite',
    ...wrap(db),
    transaction: (fn) => db.transaction((tx) => fn(wrap(tx))),
    close: () => db.close(),
  };
}
