import { type CivilDate, compareDates } from './dates';
import { assessDisplay, type CreditRecord, type DisplayAssessment } from './display-rules';
import { REPAIR_RULES, WORKFLOWS } from './generated/rules';
import type { ObjectionState, RepairState } from './rule-data';
import { type LegalSource, versionOn } from './rules';

/**
 * What a person may do next about one of their records, with the reason in one Chinese sentence: the
 * rule behind "提出异议" and "申请信用修复" on 我的信用. Input is the record's facts, its cases (objections and
 * repair applications, open or closed) and the date; nothing else.
 */
export interface CaseFacts<S extends string> {
  status: S;
}
export interface ObjectionCaseFacts extends CaseFacts<ObjectionState> {
  /** The grounds as written, for the repeat rule. */
  reason?: string;
  attachmentCount?: number;
}
export type RepairCaseFacts = CaseFacts<RepairState>;

export interface RecordCases {
  objections: readonly ObjectionCaseFacts[];
  repairs: readonly RepairCaseFacts[];
}

export const NO_CASES: RecordCases = { objections: [], repairs: [] };

export type ActionKind = 'object' | 'repair';

export interface NextActionResult {
  action: ActionKind;
  available: boolean;
  /** First day it becomes possible, when that day is known and still ahead. */
  from: CivilDate | null;
  reason: string;
  /** The rule that decided: a stable id for tests and logs. */
  rule: string;
  source: LegalSource;
}

export const hasOpenObjection = (cases: RecordCases) => cases.objections.some((o) => WORKFLOWS.objection.states[o.status]?.open);
export const hasOpenRepair = (cases: RecordCases) => cases.repairs.some((r) => WORKFLOWS.repair.states[r.status]?.open);

/** The record's assessment with its open objection taken from its cases. */
export function assessWithCases(record: CreditRecord, cases: RecordCases, on: CivilDate): DisplayAssessment {
  return assessDisplay({ ...record, objectionOpen: record.objectionOpen === true || hasOpenObjection(cases) }, on);
}

/** Whether the record still counts (in its window, not repaired) on the date. */
export const inForceOn = (a: DisplayAssessment, on: CivilDate) =>
  a.window !== null && a.status !== '已修复' && compareDates(on, a.window.start) >= 0 && compareDates(on, a.window.end) <= 0;

const MATERIALS_RULE = {
  id: 'repair_materials',
  label: '修复材料',
  versions: REPAIR_RULES.materials.map((m) => ({
    from: m.from,
    value: m.items.map((i) => i.text.split('：')[0]).join('和'),
    source: m.source,
  })),
};

/** Short names of the materials in force on a date: "履行义务的证明和信用承诺书". */
export function materialsInShort(on: CivilDate): string {
  return versionOn(MATERIALS_RULE, on).value;
}

const BLOCKING_REPAIR_RULES = new Set(['full_period', 'not_repairable', 'not_needed']);

export function nextActions(record: CreditRecord, cases: RecordCases, on: CivilDate): NextActionResult[] {
  const a = assessWithCases(record, cases, on);
  const objectionOpen = record.objectionOpen === true || hasOpenObjection(cases);
  const repairOpen = hasOpenRepair(cases);
  const inForce = a.window !== null && a.status !== '已修复' && compareDates(on, a.window.end) <= 0;
  const objection = WORKFLOWS.objection;

  const canObject = inForce && !objectionOpen;
  const object: NextActionResult = {
    action: 'object',
    available: canObject,
    from: null,
    reason: canObject
      ? '认为信息有误或不完整，可以提出异议。'
      : objectionOpen
        ? '异议正在处理，请等待结果。'
        : '这条记录已不再使用，无需提出异议。',
    rule: canObject ? 'objection.open_to_subject' : objectionOpen ? 'objection.one_open_per_record' : 'objection.record_not_in_force',
    source: objectionOpen ? objection.oneOpenPerRecord.source : objection.source,
  };

  const earliest = a.earliestRepairDate;
  const blocked = BLOCKING_REPAIR_RULES.has(a.repairRule);
  const repairNow = inForce && !repairOpen && !blocked && earliest !== null && compareDates(on, earliest) >= 0;
  let reason: string;
  let rule: string;
  let source = a.repairSource;
  if (repairOpen) {
    reason = '修复申请正在审核。';
    rule = 'repair.one_open_per_record';
    source = WORKFLOWS.repair.oneOpenPerRecord.source;
  } else if (!inForce) {
    rule = a.status === '已修复' ? 'repair.already_repaired' : 'repair.record_not_in_force';
    reason =
      a.status === '已修复'
        ? '已经修复，不再公示，也不再作为惩戒依据。'
        : a.repairRule === 'not_needed'
          ? a.repairReason
          : a.window === null
            ? '这条记录不公示，也不作为惩戒依据，无需修复。'
            : '已不在公示期内，无需修复。';
  } else if (repairNow) {
    reason = `${a.repairReason}现在可以申请，需要${materialsInShort(on)}。`;
    rule = `repair.${a.repairRule}`;
  } else {
    reason = a.repairReason;
    rule = `repair.${a.repairRule}`;
  }
  const repair: NextActionResult = {
    action: 'repair',
    available: repairNow,
    from: inForce && !repairNow && !repairOpen && !blocked && earliest !== null && compareDates(earliest, on) > 0 ? earliest : null,
    reason,
    rule,
    source,
  };
  return [object, repair];
}
