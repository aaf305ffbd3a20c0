import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Queryable } from './db/client';
import { AppError } from './errors';

export interface IdempotentResult<T> {
  statusCode: number;
  body: T;
  replayed: boolean;
}

const KEY_PATTERN = /^[A-Za-z0-9_-]{16,80}$/;

/**
 * Runs a submission at most once per Idempotency-Key. The key is claimed inside the same transaction as the
 * work and stores the answer with it: if the process dies half-way, nothing commits and a retry runs again;
 * if it committed, a retry (through any API process) gets the first answer back.
 */
export async function idempotent<T>(
  request: FastifyRequest,
  actor: string,
  db: { transaction<R>(fn: (tx: Queryable) => Promise<R>): Promise<R> },
  work: (tx: Queryable) => Promise<{ statusCode: number; body: T }>,
): Promise<IdempotentResult<T>> {
  const key = request.headers['idempotency-key'];
  if (typeof key !== 'string' || !KEY_PATTERN.test(key)) {
    throw new AppError(400, 'IDEMPOTENCY_KEY_REQUIRED', '提交缺少防重复编号，请刷新页面后重新提交。');
  }
  const route = request.routeOptions.url ?? request.url;
  const requestHash = createHash('sha256')
    .update(`${request.method} ${request.url}\n`)
    .update(JSON.stringify(request.body ?? null))
    .digest();
  return db.transaction(async (tx) => {
    const claimed = await tx.query(
      `INSERT INTO idempotency_keys (actor, key, method, route, request_hash) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (actor, key) DO NOTHING RETURNING key`,
      [actor, key, request.method, route, requestHash],
    );
    if (claimed.rows.length === 0) {
      const { rows } = await tx.query<{ request_hash: Uint8Array; status_code: number; response: T }>(
        'SELECT request_hash, status_code, response FROM idempotency_keys WHERE actor = $1 AND key = $2',
        [actor, key],
      );
      const first = rows[0];
      if (!first || !Buffer.from(first.request_hash).equals(requestHash)) {
        throw new AppError(422, 'IDEMPOTENCY_KEY_REUSED', '这个防重复编号已用于另一次提交，请刷新页面后重新提交。');
      }
      return { statusCode: first.status_code, body: first.response, replayed: true };
    }
    const result = await work(tx);
    await faultPause(tx);
    await tx.query('UPDATE idempotency_keys SET status_code = $3, response = $4 WHERE actor = $1 AND key = $2', [
      actor,
      key,
      result.statusCode,
      JSON.stringify(result.body),
    ]);
    return { ...result, replayed: false };
  });
}

/**
 * Fault injection for the crash test: holds the submission's transaction open so a test can kill the process
 * in the middle of it. Ignored in production.
 */
async function faultPause(tx: Queryable) {
  const ms = Number(process.env.XINYONG_FAULT_PAUSE_MS ?? 0);
  if (ms > 0 && process.env.NODE_ENV !== 'production') await tx.query('SELECT pg_sleep($1)', [ms / 1000]);
}
