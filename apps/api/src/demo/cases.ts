import { addDays, addWorkingDays, type CivilDate, chinaDateAt, objectionDeadlines } from '@xinyong/domain';
import type { Queryable } from '../db/client';
import { DEMO_DECISION_NUMBERS, DEMO_ENTITIES } from './fixed';

/**
 * Two open objections in the console's demo queue of 济南市城市管理局 (示例), so a reviewer sees what urgency looks like:
 * one received two weeks ago and still not accepted (past its 3-working-day acceptance: 已超期), one accepted and due
 * in one working day (即将到期). Filed for the demo builder by its legal representative, who is not a demo citizen
 * (no applicant name shows). Dated from the day the demo is first seeded; on later days the second one falls overdue too.
 */
export const DEMO_CASES = {
  overdue: { id: 'SLYQDEMO2026', decisionNo: DEMO_DECISION_NUMBERS.jianzhuDust },
  dueSoon: { id: 'SLJJDEMO2026', decisionNo: DEMO_DECISION_NUMBERS.jianzhuWaste },
} as const;
const DEPARTMENT = '济南市城市管理局';

export async function seedDemoCases(db: Queryable, now = new Date()): Promise<void> {
  const today: CivilDate = chinaDateAt(now);
  const received = addDays(today, -15);
  const overdue = objectionDeadlines(received);
  const accepted = addDays(today, -20);
  const cases = [
    {
      ...DEMO_CASES.overdue,
      status: 'submitted',
      reason: '扬尘处罚所依据的检查当天工地已经覆盖，有监理日志和照片可以证明。（示例）',
      receivedOn: received,
      acceptBy: overdue.acceptBy,
      decideBy: overdue.decideBy,
    },
    {
      ...DEMO_CASES.dueSoon,
      status: 'accepted',
      reason: '建筑垃圾是由有资质的运输单位按核准路线运走的，处罚对象有误。（示例）',
      receivedOn: accepted,
      acceptBy: objectionDeadlines(accepted).acceptBy,
      // Past the years the holiday data covers (a system started in 2027), weekdays stand in, as in every deadline.
      decideBy: addWorkingDays(today, 1, { outsideData: 'weekends-only' }),
    },
  ];
  const { rows: staff } = await db.query<{ id: number }>("SELECT id FROM staff_accounts WHERE username = 'console-chengguan'");
  for (const c of cases) {
    const { rows } = await db.query<{ id: number }>(
      `INSERT INTO objections (record_kind, record_id, status, public_id, entity_id, department, reason, accept_by, decide_by, created_at)
       SELECT 'penalty', p.id, $2, $1, p.entity_id, $3, $4, $5, $6, ($7::date + time '01:30')::timestamp AT TIME ZONE 'UTC'
         FROM penalties p JOIN entities e ON e.id = p.entity_id
        WHERE p.decision_no = $8 AND p.authority = $3 AND e.code = $9
       ON CONFLICT DO NOTHING RETURNING id`,
      [c.id, c.status, DEPARTMENT, c.reason, c.acceptBy, c.decideBy, c.receivedOn, c.decisionNo, DEMO_ENTITIES.jianzhu.code],
    );
    const objectionId = rows[0]?.id;
    if (objectionId === undefined) continue;
    await db.query(
      `INSERT INTO objection_events (objection_id, status, note, at) VALUES ($1, 'submitted', $2, ($3::date + time '01:30')::timestamp AT TIME ZONE 'UTC')`,
      [objectionId, `已收到异议申请，应在 ${c.acceptBy} 前受理。（示例）`, c.receivedOn],
    );
    if (c.status === 'accepted')
      await db.query(
        `INSERT INTO objection_events (objection_id, status, note, at, staff_id)
         VALUES ($1, 'accepted', $2, ($3::date + time '02:00')::timestamp AT TIME ZONE 'UTC', $4)`,
        [objectionId, '材料齐全，予以受理，正在核实。（示例）', addDays(c.receivedOn, 1), staff[0]?.id ?? null],
      );
  }
}
