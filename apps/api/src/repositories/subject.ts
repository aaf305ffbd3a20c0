/** Whose data a request is about: the verified person, or the business they act for. */
export interface Subject {
  personId: number;
  entityId: number | null;
}

/**
 * SQL condition selecting records and commitments that belong to the subject (the alias has entity_id and
 * person_id; each such row belongs to exactly one of them).
 */
export function ownedBy(subject: Subject, alias: string, param: number): { sql: string; value: number } {
  return subject.entityId
    ? { sql: `${alias}.entity_id = $${param}`, value: subject.entityId }
    : { sql: `${alias}.person_id = $${param}`, value: subject.personId };
}

/**
 * Cases (objections, repair applications) carry the person who filed them and, when filed for a business, the
 * business: a person's own cases are those filed for no business.
 */
export function ownsCase(subject: Subject, alias: string, param: number): { sql: string; value: number } {
  return subject.entityId
    ? { sql: `${alias}.entity_id = $${param}`, value: subject.entityId }
    : { sql: `${alias}.person_id = $${param} AND ${alias}.entity_id IS NULL`, value: subject.personId };
}
