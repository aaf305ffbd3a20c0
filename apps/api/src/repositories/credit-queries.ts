import type { CreditQueryRegister } from '@xinyong/contract';
import { sql } from 'kysely';
import { newPublicCode } from '../auth/tokens';
import type { Db } from '../db/kysely';

export interface CreditQueryRegistration {
  staffId: number;
  department: string;
  purposeId: string;
  purposeLabel: string;
  referenceNo: string;
  entityId: number;
  seen: string[];
  requestId: string;
}

export interface RegisterFilter {
  department?: string;
  purposeId?: string;
  entityCode?: string;
  /** China civil dates, both ends included. */
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

/** China's civil day boundaries as instants (UTC+8, no daylight saving). */
const dayStart = (civil: string) => new Date(`${civil}T00:00:00+08:00`);
const nextDayStart = (civil: string) => new Date(dayStart(civil).getTime() + 86_400_000);

/** 查询使用登记: each department query of a business's credit information, appended in the query's own transaction. */
export function creditQueriesRepository(db: Db) {
  return {
    async register(entry: CreditQueryRegistration): Promise<{ queryNo: string; at: Date }> {
      const row = await db
        .insertInto('credit_queries')
        .values({
          query_no: `CX${newPublicCode(12)}`,
          staff_id: entry.staffId,
          department: entry.department,
          purpose_id: entry.purposeId,
          purpose_label: entry.purposeLabel,
          reference_no: entry.referenceNo,
          entity_id: entry.entityId,
          seen: entry.seen,
          request_id: entry.requestId,
        })
        .returning(['query_no', 'at'])
        .executeTakeFirstOrThrow();
      return { queryNo: row.query_no, at: new Date(row.at) };
    },

    /** The register the credit office reads, newest first, filtered. */
    async list(filter: RegisterFilter): Promise<CreditQueryRegister> {
      let q = db
        .selectFrom('credit_queries as q')
        .innerJoin('staff_accounts as s', 's.id', 'q.staff_id')
        .innerJoin('entities as e', 'e.id', 'q.entity_id');
      if (filter.department) q = q.where('q.department', '=', filter.department);
      if (filter.purposeId) q = q.where('q.purpose_id', '=', filter.purposeId);
      if (filter.entityCode) q = q.where('e.code', '=', filter.entityCode);
      if (filter.from) q = q.where('q.at', '>=', dayStart(filter.from));
      if (filter.to) q = q.where('q.at', '<', nextDayStart(filter.to));
      const rows = await q
        .select([
          'q.query_no',
          'q.at',
          's.display_name',
          'q.department',
          'q.purpose_id',
          'q.purpose_label',
          'q.reference_no',
          'e.code',
          'e.name',
          'q.seen',
          sql<number>`count(*) OVER ()`.as('total'),
        ])
        .orderBy('q.at', 'desc')
        .orderBy('q.id', 'desc')
        .offset((filter.page - 1) * filter.pageSize)
        .limit(filter.pageSize)
        .execute();
      const departments = await db.selectFrom('credit_queries').select('department').distinct().orderBy('department').execute();
      return {
        items: rows.map((r) => ({
          queryNo: r.query_no,
          at: new Date(r.at).toISOString(),
          staff: r.display_name,
          department: r.department,
          purposeId: r.purpose_id,
          purpose: r.purpose_label,
          referenceNo: r.reference_no,
          entityCode: r.code,
          entityName: r.name,
          seen: r.seen,
        })),
        total: Number(rows[0]?.total ?? 0),
        departments: departments.map((d) => d.department),
      };
    },
  };
}
export type CreditQueriesRepository = ReturnType<typeof creditQueriesRepository>;
