import type { Queryable } from '../db/client';

export interface StoredAnswer {
  requestHash: Uint8Array;
  statusCode: number;
  response: unknown;
}

/**
 * Idempotency keys: claimed in the same transaction as the work they protect and holding its answer, so a retry
 * (through any API process) gets the first answer back and a crash half-way leaves nothing claimed.
 */
export function idempotencyRepository(db: Queryable) {
  return {
    /** true when this request now holds the key; false when an earlier request did. */
    async claim(key: { actor: string; key: string; method: string; route: string; requestHash: Buffer }): Promise<boolean> {
      const claimed = await db.query(
        `INSERT INTO idempotency_keys (actor, key, method, route, request_hash) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (actor, key) DO NOTHING RETURNING key`,
        [key.actor, key.key, key.method, key.route, key.requestHash],
      );
      return claimed.rows.length > 0;
    },

    async stored(actor: string, key: string): Promise<StoredAnswer | undefined> {
      const { rows } = await db.query<{ request_hash: Uint8Array; status_code: number; response: unknown }>(
        'SELECT request_hash, status_code, response FROM idempotency_keys WHERE actor = $1 AND key = $2',
        [actor, key],
      );
      const r = rows[0];
      return r && { requestHash: r.request_hash, statusCode: r.status_code, response: r.response };
    },

    async save(actor: string, key: string, statusCode: number, response: unknown): Promise<void> {
      await db.query('UPDATE idempotency_keys SET status_code = $3, response = $4 WHERE actor = $1 AND key = $2', [
        actor,
        key,
        statusCode,
        JSON.stringify(response),
      ]);
    },

    /**
     * Fault injection for the crash test: holds the submission's transaction open so a test can kill the process
     * in the middle of it. Ignored in production.
     */
    async faultPause(): Promise<void> {
      const ms = Number(process.env.XINYONG_FAULT_PAUSE_MS ?? 0);
      if (ms > 0 && process.env.NODE_ENV !== 'production') await db.query('SELECT pg_sleep($1)', [ms / 1000]);
    },
  };
}
export type IdempotencyRepository = ReturnType<typeof idempotencyRepository>;
