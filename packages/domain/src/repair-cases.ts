import type { InformationClass } from './benefit-criteria';
import type { CalendarOptions } from './calendar';
import type { CivilDate } from './dates';
import { computeDeadline } from './deadlines';
import { assessDisplay, type CreditRecord } from './display-rules';
import { REPAIR_RULES, WORKFLOWS } from './generated/rules';
import { listRuleFor } from './lists';
import { hasOpenRepair, nextActions, type RecordCases } from './next-actions';
import type { CaseActor, DatedItems, RepairState } from './rule-data';
import { type LegalSource, versionOn } from './rules';
import { SECTOR_LABELS } from './vocabulary';
import { type TransitionResult, transition } from './workflow';

export { REPAIR_STATES, type RepairState } from './rule-data';

/**
 * Repair applications (信用修复): who may move a case where (content/rules/workflows.yaml), what a person
 * must bring, what it costs (nothing), how long it takes, and what the progress page says.
 */
export const REPAIR_WORKFLOW = WORKFLOWS.repair;

export const REPAIR_STATE_LABELS: Readonly<Record<RepairState, string>> = Object.fromEntries(
  Object.entries(REPAIR_WORKFLOW.states).map(([k, v]) => [k, v.label]),
) as Record<RepairState, string>;

export function repairTransition(request: {
  from: RepairState;
  to: RepairState;
  actor: CaseActor;
  reason?: string | null;
}): TransitionResult<RepairState> {
  return transition(REPAIR_WORKFLOW, request);
}

const dated = (id: string, label: string, items: readonly DatedItems[]) => ({
  id,
  label,
  versions: items.map((m) => ({ from: m.from, value: m, source: m.source })),
});

/** The materials to bring, by the application date. */
export function repairMaterials(on: CivilDate): { items: string[]; source: LegalSource } {
  const v = versionOn(dated('repair_materials', '修复申请材料', REPAIR_RULES.materials), on);
  return { items: v.value.items.map((i) => i.text), source: v.source };
}

/** The conditions of a repair, all required, by the application date. */
export function repairConditions(on: CivilDate): { items: string[]; source: LegalSource } {
  const v = versionOn(dated('repair_conditions', '修复条件', REPAIR_RULES.conditions), on);
  return { items: v.value.items.map((i) => i.text), source: v.source };
}

/** Always free: 鲁信用办〔2021〕3号 第六部分. */
export function repairFee(on: CivilDate): { amountYuan: 0; text: string; source: LegalSource } {
  const v = versionOn(
    { id: 'repair_fee', label: '修复费用', versions: REPAIR_RULES.fee.map((f) => ({ from: f.from, value: f, source: f.source })) },
    on,
  );
  return { amountYuan: 0, text: v.value.text, source: v.source };
}

/** "3 个月", "12 个月（食品领域）", "履行义务后即可申请", "不能提前修复", … for the record's repair rule. */
export function minimumPeriodText(record: CreditRecord, on: CivilDate): string {
  const a = assessDisplay(record, on);
  switch (a.repairRule) {
    case 'full_period':
      return '不能提前修复，按最长公示期公示';
    case 'not_repairable':
      return '不可修复';
    case 'not_needed':
      return '无需修复';
    case 'duty_fulfilled':
      return '履行义务后即可申请';
    case 'unknown':
      return '未规定';
    case 'list_early_exit': {
      const exit = listRuleFor(record.listType)?.earlyExit;
      if (!exit) return '未规定';
      return exit.waitFrom === 'corrected' ? `改正之日起满 ${exit.waitMonths} 个月` : `列入满 ${exit.waitMonths} 个月`;
    }
    case 'minimum_period': {
      const months = a.periods.minimum && a.periods.minimum !== 'duty_fulfilled' ? a.periods.minimum.months : 0;
      const sector =
        record.sector && a.regime.id === 'ndrc-order-58' && a.rules.some((r) => r.id.endsWith('.sector'))
          ? `（${SECTOR_LABELS[record.sector]}领域）`
          : '';
      return `${months} 个月${sector}`;
    }
  }
}

export interface RepairEligibilityResult {
  eligible: boolean;
  /** Today when eligible; the first possible day when it is known and ahead; else null. */
  from: CivilDate | null;
  reasons: string[];
  infoClass: InformationClass;
  minimumPeriod: string;
  materials: string[];
  feeYuan: 0;
  feeText: string;
  deadlineWorkingDays: number;
  deadlineText: string;
  deadlineEstimated: boolean;
  sources: { repair: LegalSource; materials: LegalSource; fee: LegalSource; deadline: LegalSource };
}

/** Everything the repair screen shows before a person applies. */
export function repairEligibility(
  record: CreditRecord,
  cases: RecordCases,
  on: CivilDate,
  options: CalendarOptions = {},
): RepairEligibilityResult {
  const action = nextActions(record, cases, on).find((a) => a.action === 'repair');
  const deadline = computeDeadline('repair_decision', on, options);
  const materials = repairMaterials(on);
  const fee = repairFee(on);
  return {
    eligible: action?.available === true,
    from: action?.available ? on : (action?.from ?? null),
    reasons: [action?.reason ?? ''].filter(Boolean),
    infoClass: record.infoClass,
    minimumPeriod: minimumPeriodText(record, on),
    materials: materials.items,
    feeYuan: 0,
    feeText: fee.text,
    deadlineWorkingDays: deadline.workingDays,
    deadlineText: deadline.text,
    deadlineEstimated: deadline.estimated,
    sources: { repair: action?.source ?? REPAIR_WORKFLOW.source, materials: materials.source, fee: fee.source, deadline: deadline.source },
  };
}

export type ApplyRefusal = 'REPAIR_ALREADY_OPEN' | 'REPAIR_NOT_YET_POSSIBLE';

/** Whether an application may be filed now; the API turns a refusal into a 409 with this message. */
export function canApplyForRepair(
  record: CreditRecord,
  cases: RecordCases,
  on: CivilDate,
): { ok: true } | { ok: false; code: ApplyRefusal; message: string } {
  if (hasOpenRepair(cases)) return { ok: false, code: 'REPAIR_ALREADY_OPEN', message: REPAIR_WORKFLOW.oneOpenPerRecord.message };
  const e = repairEligibility(record, cases, on);
  if (!e.eligible) return { ok: false, code: 'REPAIR_NOT_YET_POSSIBLE', message: e.reasons.join('') || '这条记录现在不能申请信用修复。' };
  return { ok: true };
}

export interface RepairProgressStep {
  label: string;
  done: boolean;
  date: CivilDate | null;
}

export interface RepairProgressView {
  statusLabel: string;
  steps: RepairProgressStep[];
  nextStep: string;
  deadlineWorkingDays: number;
  deadlineEstimated: boolean;
  deadlineText: string;
  feeYuan: 0;
  feeText: string;
}

/** The progress of an application as the person (or anyone with its query code) reads it. */
export function repairProgress(application: {
  status: RepairState;
  submittedOn: CivilDate;
  decideBy: CivilDate;
  decidedOn: CivilDate | null;
}): RepairProgressView {
  const deadline = computeDeadline('repair_decision', application.submittedOn);
  const done = !REPAIR_WORKFLOW.states[application.status].open;
  const fee = repairFee(application.submittedOn);
  const nextStep: Record<RepairState, string> = {
    submitted: `部门正在审核，${application.decideBy} 前办结。${fee.text}。`,
    approved: '已修复：这条记录不再公示，也不再作为惩戒依据。',
    rejected: '未通过：请按照原因补齐材料，然后在“我的记录”中重新申请。',
    withdrawn: '申请已撤回。',
  };
  return {
    statusLabel: REPAIR_STATE_LABELS[application.status],
    steps: [
      { label: '已提交', done: true, date: application.submittedOn },
      { label: '部门审核', done, date: null },
      { label: application.status === 'rejected' ? '未通过' : '已修复，停止公示', done, date: application.decidedOn },
    ],
    nextStep: nextStep[application.status],
    deadlineWorkingDays: deadline.workingDays,
    deadlineEstimated: deadline.estimated,
    deadlineText: deadline.text,
    feeYuan: 0,
    feeText: fee.text,
  };
}

/** The first note of an application's history. */
export function repairSubmittedNote(due: CivilDate, on: CivilDate): string {
  return `已提交，${repairFee(on).text.split('，')[0]}，${due} 前办结。`;
}
