import type { CivilDate } from '@xinyong/domain';
import type { Queryable } from '../db/client';

export interface RunProblem {
  line: number;
  field: string;
  reason: string;
}

export interface NewRun {
  kind: 'licence' | 'penalty';
  fileName: string;
  contentSha256: string;
  via: 'cli' | 'console';
  staffId: number | null;
  receivedAt: Date;
  receivedOn: CivilDate;
  rowsRead: number;
}

export interface RunOutcome {
  imported: number;
  unchanged: number;
  rejected: number;
  warnings: RunProblem[];
  /** Every refused row, with the department it came from (the monitoring counts them per department). */
  rejections: (RunProblem & { department: string })[];
}

/** Runs of the 双公示 importer: one per file received, and the rows it refused. */
export function importRunsRepository(db: Queryable) {
  return {
    /** The run that already received this exact file, if any: the same file is received once. */
    async bySha(contentSha256: string): Promise<number | undefined> {
      const { rows } = await db.query<{ id: string }>('SELECT id FROM import_runs WHERE content_sha256 = $1', [contentSha256]);
      return rows[0] ? Number(rows[0].id) : undefined;
    },

    async start(run: NewRun): Promise<number> {
      const { rows } = await db.query<{ id: string }>(
        `INSERT INTO import_runs (kind, file_name, content_sha256, via, staff_id, received_at, received_on, rows_read, imported, unchanged, rejected)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 0, 0, 0) RETURNING id`,
        [run.kind, run.fileName, run.contentSha256, run.via, run.staffId, run.receivedAt, run.receivedOn, run.rowsRead],
      );
      return Number(rows[0]?.id);
    },

    async finish(runId: number, outcome: RunOutcome): Promise<void> {
      await db.query('UPDATE import_runs SET imported = $2, unchanged = $3, rejected = $4, warnings = $5::jsonb WHERE id = $1', [
        runId,
        outcome.imported,
        outcome.unchanged,
        outcome.rejected,
        JSON.stringify(outcome.warnings),
      ]);
      const r = outcome.rejections;
      if (!r.length) return;
      const kind = (await db.query<{ kind: string }>('SELECT kind FROM import_runs WHERE id = $1', [runId])).rows[0]?.kind;
      await db.query(
        `INSERT INTO import_rejections (run_id, kind, department, line, field, reason)
         SELECT $1, $2, u.department, u.line, u.field, u.reason
           FROM unnest($3::text[], $4::int[], $5::text[], $6::text[]) AS u(department, line, field, reason)`,
        [runId, kind, r.map((x) => x.department), r.map((x) => x.line), r.map((x) => x.field), r.map((x) => x.reason)],
      );
    },
  };
}
