import type { SqlClient } from './client';

/** postgres:// or postgresql:// selects a server; anything else is the embedded database. */
export async function openDatabase(options: { databaseUrl?: string; dataDir?: string }): Promise<SqlClient> {
  const url = options.databaseUrl;
  if (url && /^postgres(ql)?:\/\//.test(url)) {
    const { openPostgres } = await import('./postgres');
    return openPostgres(url);
  }
  const { openPglite } = await import('./pglite');
  return openPglite(options.dataDir);
}
