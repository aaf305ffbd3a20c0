import type { AccessLog } from '@xinyong/contract';
import type { Queryable } from '../db/client';
import type { Subject } from './subject';

/** The subject's view of the log: who, when, why, what; never the other parties' identifiers. */
export async function accessLogOf(db: Queryable, subject: Subject, page: number, pageSize = 50): Promise<AccessLog> {
  const where = subject.entityId ? 'subject_entity_id = $1' : 'subject_person_id = $1 AND subject_entity_id IS NULL';
  const { rows } = await db.query<{
    at: Date | string;
    actor_label: string;
    actor_role: string;
    action: 'read' | 'export' | 'decide';
    purpose: string;
    fields: string[];
    total: number;
  }>(
    `SELECT at, actor_label, actor_role, action, purpose, fields, count(*) OVER () AS total
     FROM access_log WHERE ${where} ORDER BY seq DESC OFFSET $2 LIMIT $3`,
    [subject.entityId ?? subject.personId, (page - 1) * pageSize, pageSize],
  );
  return {
    items: rows.map((r) => ({
      at: new Date(r.at).toISOString(),
      who: r.actor_label,
      role: r.actor_role,
      action: r.action,
      purpose: r.purpose,
      fields: r.fields,
    })),
    total: Number(rows[0]?.total ?? 0),
  };
}
