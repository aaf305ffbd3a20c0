import type { Session } from '../auth/sessions';
import type { Queryable } from '../db/client';
import { AppError } from '../errors';

/** Whose data a request is about: the verified person, or the business they act for. */
export interface Subject {
  personId: number;
  entityId: number | null;
}

export function subjectOf(session: Session | null): Subject {
  if (!session?.personId) throw new AppError(403, 'VERIFICATION_REQUIRED', '请先完成实名认证。');
  return { personId: session.personId, entityId: session.actingEntityId };
}

/** Entities a person may act for: recorded legal representative, or a staff-recorded authorisation in force. */
export async function representedEntities(db: Queryable, personId: number) {
  const { rows } = await db.query<{ id: number; code: string; name: string; basis: string }>(
    `SELECT e.id, e.code, e.name, '法定代表人（经营者）' AS basis FROM entities e WHERE e.legal_rep_person_id = $1
     UNION
     SELECT e.id, e.code, e.name, '授权代办' FROM business_authorisations a JOIN entities e ON e.id = a.entity_id
     WHERE a.person_id = $1 AND a.revoked_at IS NULL AND a.valid_from <= current_date AND (a.valid_until IS NULL OR a.valid_until >= current_date)
     ORDER BY name`,
    [personId],
  );
  return rows;
}

/** SQL condition selecting rows that belong to the subject (the alias must have entity_id and person_id). */
export function ownedBy(subject: Subject, alias: string, firstParam: number): { sql: string; params: unknown[] } {
  return subject.entityId
    ? { sql: `${alias}.entity_id = $${firstParam}`, params: [subject.entityId] }
    : { sql: `${alias}.person_id = $${firstParam}`, params: [subject.personId] };
}
