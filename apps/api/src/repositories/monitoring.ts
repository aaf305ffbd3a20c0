import { addDays, type CivilDate } from '@xinyong/domain';
import type { Queryable } from '../db/client';
import { PENALTY_FACTS, type PenaltyFactColumns, penaltyWindowFacts } from '../records/facts';
import { storedWindow } from './record-writers';

export type PublicityKind = 'licence' | 'penalty';

/** Records received, grouped by what the timeliness rule and the standard read. */
export interface ReceivedGroup {
  kind: PublicityKind;
  department: string;
  month: string;
  decisionDate: CivilDate;
  receivedOn: CivilDate;
  meetsStandard: boolean;
  count: number;
}

export interface RejectedRow {
  kind: PublicityKind;
  department: string;
  month: string;
  file: string;
  line: number;
  field: string;
  reason: string;
}

/** The most refusal reasons returned per query (the counts are always whole). */
const REASON_LIMIT = 2000;

/**
 * The data of the 双公示 monitoring: what the import recorded (receipts, refused rows) and which imported penalties
 * are public today although the display rules, applied now, have ended them. Counting is by the month of receipt.
 */
export function monitoringRepository(db: Queryable) {
  return {
    async received(from: CivilDate, to: CivilDate): Promise<ReceivedGroup[]> {
      const select = (table: string, kind: PublicityKind) =>
        `SELECT '${kind}' AS kind, pushed_by AS department, to_char(received_on, 'YYYY-MM') AS month, decision_date::text AS decision_date,
                received_on::text AS received_on, meets_standard, count(*)::int AS n
           FROM ${table} WHERE received_on BETWEEN $1 AND $2 GROUP BY 1, 2, 3, 4, 5, 6`;
      const { rows } = await db.query<{
        kind: PublicityKind;
        department: string;
        month: string;
        decision_date: string;
        received_on: string;
        meets_standard: boolean;
        n: number;
      }>(`${select('licences', 'licence')} UNION ALL ${select('penalties', 'penalty')}`, [from, to]);
      return rows.map((r) => ({
        kind: r.kind,
        department: r.department,
        month: r.month,
        decisionDate: r.decision_date,
        receivedOn: r.received_on,
        meetsStandard: r.meets_standard,
        count: Number(r.n),
      }));
    },

    /** Rows refused, each line of a run once (a row with three reasons is one refused row). */
    async rejectedCounts(
      from: CivilDate,
      to: CivilDate,
    ): Promise<{ kind: PublicityKind; department: string; month: string; count: number }[]> {
      const { rows } = await db.query<{ kind: PublicityKind; department: string; month: string; n: number }>(
        `SELECT r.kind, r.department, to_char(u.received_on, 'YYYY-MM') AS month, count(DISTINCT (r.run_id, r.line))::int AS n
           FROM import_rejections r JOIN import_runs u ON u.id = r.run_id
          WHERE u.received_on BETWEEN $1 AND $2 GROUP BY 1, 2, 3`,
        [from, to],
      );
      return rows.map((r) => ({ kind: r.kind, department: r.department, month: r.month, count: Number(r.n) }));
    },

    async rejectedRows(from: CivilDate, to: CivilDate): Promise<RejectedRow[]> {
      const { rows } = await db.query<RejectedRow>(
        `SELECT r.kind, r.department, to_char(u.received_on, 'YYYY-MM') AS month, u.file_name AS file, r.line, r.field, r.reason
           FROM import_rejections r JOIN import_runs u ON u.id = r.run_id
          WHERE u.received_on BETWEEN $1 AND $2 ORDER BY u.received_at DESC, r.run_id, r.line, r.id LIMIT ${REASON_LIMIT}`,
        [from, to],
      );
      return rows;
    },

    /**
     * Per department, imported penalties that the public profile shows today (the same conditions as its query)
     * while the display rules applied now end them before today: a stored window left stale. Should be none.
     */
    async pastDisplayEnd(today: CivilDate): Promise<Map<string, number>> {
      const { rows } = await db.query<PenaltyFactColumns & { department: string }>(
        `SELECT p.pushed_by AS department, ${PENALTY_FACTS('p')}
           FROM penalties p
          WHERE p.received_on IS NOT NULL AND p.repaired_on IS NULL AND p.revoked_on IS NULL AND NOT p.subject_minor
            AND p.window_end >= $1 AND p.decision_date <= $1`,
        [today],
      );
      const out = new Map<string, number>();
      for (const row of rows) {
        const facts = { ...row, decision_date: String(row.decision_date).slice(0, 10) } as PenaltyFactColumns;
        const end = storedWindow(penaltyWindowFacts(facts)).windowEnd;
        if (end === null || end < today) out.set(row.department, (out.get(row.department) ?? 0) + 1);
      }
      return out;
    },
  };
}

/** The first and last day of the twelve months ending with `to` (YYYY-MM). */
export function twelveMonths(to: string): { months: string[]; from: CivilDate; until: CivilDate } {
  const [y, m] = to.split('-').map(Number) as [number, number];
  const months: string[] = [];
  for (let i = 0; i < 12; i++) {
    const d = new Date(Date.UTC(y, m - 1 - i, 1));
    months.push(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`);
  }
  const next = new Date(Date.UTC(y, m, 1));
  const until = addDays(`${next.getUTCFullYear()}-${String(next.getUTCMonth() + 1).padStart(2, '0')}-01`, -1);
  return { months, from: `${months[11]}-01`, until };
}
