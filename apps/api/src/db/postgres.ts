import pg from 'pg';
import type { SqlClient } from './client';

// Civil dates stay 'YYYY-MM-DD' strings, as in PGlite, so rules never see a timezone shift.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export async function openPostgres(connectionString: string): Promise<SqlClient> {
  const pool = new pg.Pool({ connectionString, max: Number(process.env.PG_POOL_SIZE ?? 10) });
  // An idle client that loses its server must not crash the process; the next query reports the outage.
  pool.on('error', () => {});
  return {
    driver: 'postgres',
    query: async (text, params) => ({ rows: (await pool.query(text, params as unknown[])).rows }),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn({
          query: async (text, params) => ({ rows: (await client.query(text, params as unknown[])).rows }),
          exec: async (sql) => {
            await client.query(sql);
          },
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    exec: async (sql) => {
      await pool.query(sql);
    },
    close: () => pool.end(),
    async listen(channel, onNotify, onLost) {
      let stopped = false;
      let client: pg.Client | null = null;
      let retry: NodeJS.Timeout | null = null;
      const connect = async () => {
        const c = new pg.Client({ connectionString });
        c.on('notification', (n) => {
          if (n.channel === channel) onNotify();
        });
        const lost = () => {
          if (stopped || client !== c) return;
          client = null;
          onLost();
          c.end().catch(() => {});
          // Try again until it works: until then a cached answer lives only its max-age, as before.
          retry = setTimeout(() => void connect().catch(lost), 2000);
          retry.unref();
        };
        c.on('error', lost);
        c.on('end', lost);
        client = c;
        await c.connect();
        await c.query(`LISTEN ${c.escapeIdentifier(channel)}`);
      };
      await connect();
      return async () => {
        stopped = true;
        if (retry) clearTimeout(retry);
        await client?.end().catch(() => {});
      };
    },
  };
}
