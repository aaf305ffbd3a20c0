import type { Queryable } from '../db/client';
import { SESSION_IDLE_MINUTES } from './sessions';

export interface RetentionPeriods {
  idempotencyAnswersDays: number;
  endedSessionsDays: number;
  orphanedUploadsHours: number;
  issuedReportFilesDays: number;
}

/**
 * Deletes what has served its purpose (periods from content/retention.yaml). Each statement is idempotent: running
 * it twice, or in two processes at once, deletes each row once. Returns how many rows each deleted.
 */
export function retentionRepository(db: Queryable) {
  const count = async (sql: string, params: unknown[]) =>
    (await db.query(`WITH gone AS (${sql} RETURNING 1) SELECT count(*)::int AS n FROM gone`, params)).rows[0] as { n: number };
  return {
    async prune(
      periods: RetentionPeriods,
    ): Promise<{ idempotencyAnswers: number; sessions: number; uploads: number; reportFiles: number; unreferencedFiles: Buffer[] }> {
      const idempotency = await count('DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(days => $1)', [
        periods.idempotencyAnswersDays,
      ]);
      const sessions = await count(
        `DELETE FROM sessions
         WHERE coalesce(ended_at, least(absolute_expires_at, last_seen_at + make_interval(mins => $2))) < now() - make_interval(days => $1)`,
        [periods.endedSessionsDays, SESSION_IDLE_MINUTES],
      );
      // A report's file goes; its row stays, since verification needs only the digests and what the report said.
      const reportFiles = await count(
        `UPDATE issued_reports SET file = NULL, file_deleted_at = now()
         WHERE file IS NOT NULL AND issued_at < now() - make_interval(days => $1)`,
        [periods.issuedReportFilesDays],
      );
      const { rows: gone } = await db.query<{ sha256: Uint8Array }>(
        `DELETE FROM attachments a
         WHERE a.created_at < now() - make_interval(hours => $1)
           AND NOT EXISTS (SELECT 1 FROM objection_attachments o WHERE o.attachment_id = a.id)
           AND NOT EXISTS (SELECT 1 FROM repair_attachments r WHERE r.attachment_id = a.id)
         RETURNING a.sha256`,
        [periods.orphanedUploadsHours],
      );
      // Bodies kept outside the database are shared by every row with the same content: only those no row
      // points at any more may go.
      const hashes = [...new Map(gone.map((r) => [Buffer.from(r.sha256).toString('hex'), Buffer.from(r.sha256)])).values()];
      const { rows: kept } = hashes.length
        ? await db.query<{ sha256: Uint8Array }>('SELECT DISTINCT sha256 FROM attachments WHERE sha256 = ANY($1::bytea[])', [hashes])
        : { rows: [] };
      const stillUsed = new Set(kept.map((r) => Buffer.from(r.sha256).toString('hex')));
      const unreferencedFiles = hashes.filter((h) => !stillUsed.has(h.toString('hex')));
      return {
        idempotencyAnswers: idempotency.n,
        sessions: sessions.n,
        uploads: gone.length,
        reportFiles: reportFiles.n,
        unreferencedFiles,
      };
    },
  };
}
export type RetentionRepository = ReturnType<typeof retentionRepository>;
