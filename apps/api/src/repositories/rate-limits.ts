import type { Queryable } from '../db/client';

/** Fixed-window rate-limit counters shared by every API process; keys are keyed hashes, never an address. */
export function rateLimitsRepository(db: Queryable) {
  return {
    /** Adds to a window's count and returns the shared total. */
    async add(bucket: string, key: Buffer, windowStart: number, amount: number): Promise<number | undefined> {
      const { rows } = await db.query<{ count: number }>(
        `INSERT INTO rate_limit_counters (bucket, key, window_start, count) VALUES ($1, $2, to_timestamp($3), $4)
         ON CONFLICT (bucket, key, window_start) DO UPDATE SET count = rate_limit_counters.count + EXCLUDED.count RETURNING count`,
        [bucket, key, windowStart, amount],
      );
      return rows[0]?.count;
    },

    /** Old windows are cleared now and then by whoever opens a new one. */
    async pruneOlderThanADay(): Promise<void> {
      await db.query("DELETE FROM rate_limit_counters WHERE window_start < now() - interval '1 day'");
    },
  };
}
export type RateLimitsRepository = ReturnType<typeof rateLimitsRepository>;
