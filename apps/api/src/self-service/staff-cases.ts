import { OBJECTION_STATUSES, type Queue, REPAIR_STATUSES } from '@xinyong/contract';
import { type CivilDate, workingDaysBetween } from '@xinyong/domain';
import type { Queryable } from '../db/client';
import { AppError } from '../errors';

export interface StaffMember {
  id: number;
  displayName: string;
  department: string;
}

export async function staffMember(db: Queryable, staffId: number): Promise<StaffMember> {
  const { rows } = await db.query<{ id: number; display_name: string; department: string }>(
    'SELECT id, display_name, department FROM staff_accounts WHERE id = $1 AND NOT disabled',
    [staffId],
  );
  if (!rows[0]) throw new AppError(403, 'FORBIDDEN', '账号已停用。');
  return { id: rows[0].id, displayName: rows[0].display_name, department: rows[0].department };
}

/** The department's open cases with their due dates; what is overdue comes first. */
export async function queueFor(db: Queryable, staff: StaffMember, kind: 'objection' | 'repair', today: CivilDate): Promise<Queue> {
  const { rows } =
    kind === 'objection'
      ? await db.query<{ public_id: string; status: string; created_at: Date | string; due: string; title: string }>(
          `SELECT o.public_id, o.status, o.created_at, CASE WHEN o.status = 'submitted' THEN o.accept_by ELSE o.decide_by END AS due,
                  COALESCE((SELECT p.category || '：' || p.content FROM penalties p WHERE o.record_kind = 'penalty' AND p.id = o.record_id), '') AS title
           FROM objections o WHERE o.department = $1 AND o.status IN ('submitted', 'accepted') AND o.public_id IS NOT NULL ORDER BY due, o.id`,
          [staff.department],
        )
      : await db.query<{ public_id: string; status: string; created_at: Date | string; due: string; title: string }>(
          `SELECT r.public_id, r.status, r.submitted_on AS created_at, r.decide_by AS due,
                  COALESCE((SELECT p.category || '：' || p.content FROM penalties p WHERE r.record_kind = 'penalty' AND p.id = r.record_id), '') AS title
           FROM repair_applications r WHERE r.department = $1 AND r.status = 'submitted' ORDER BY due, r.id`,
          [staff.department],
        );
  const labels: Record<string, string> = kind === 'objection' ? OBJECTION_STATUSES : REPAIR_STATUSES;
  const items = rows.map((r) => {
    const left = workingDaysBetween(today, r.due, { outsideData: 'weekends-only' });
    return {
      kind,
      id: r.public_id,
      recordTitle: r.title,
      status: r.status,
      statusLabel: labels[r.status] ?? r.status,
      submittedAt: new Date(r.created_at).toISOString(),
      dueBy: r.due,
      overdue: r.due < today,
      workingDaysLeft: left,
    };
  });
  return { department: staff.department, items, overdue: items.filter((i) => i.overdue).length };
}
