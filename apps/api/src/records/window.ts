import { assessDisplay, type CivilDate, type CreditRecord } from '@xinyong/domain';

/**
 * The last day a record is in force, stored with the row when it is written so public queries filter on
 * a plain column. It depends only on the class, the decision date and the authority's display end, so it
 * never goes stale; repair, minors and natural persons are separate columns checked at read time.
 */
export function windowEndOf(record: Pick<CreditRecord, 'kind' | 'infoClass' | 'decisionDate' | 'displayEnd'>): CivilDate | null {
  return assessDisplay({ ...record }, record.decisionDate).window?.end ?? null;
}
