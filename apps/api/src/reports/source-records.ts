import type { MyRecord } from '@xinyong/contract';
import type { ReportSourceRecord } from '@xinyong/domain';

/**
 * A business's records, as the records repository decides them for today (display and repair rules applied), in
 * the shape the report rule takes. Only what the public may see today goes in: repaired, ended and never-published
 * records are left out here by the same decision that keeps them off the public profile, and the report rule then
 * applies the period and the domains (and would leave them out again).
 */
export function reportSourceRecords(records: readonly MyRecord[]): ReportSourceRecord[] {
  return records
    .filter((r) => r.publiclyShown)
    .map((r) => ({
      kind: r.kind === 'penalty' ? 'penalty' : 'serious_dishonesty',
      infoClass: r.infoClass,
      decisionDate: r.decisionDate,
      displayEnd: r.displayEnd,
      repairedAt: r.repairedOn,
      objectionOpen: r.status === '异议处理中',
      decisionNo: r.decisionNo,
      authority: r.authority,
      title: r.title,
    }));
}
