import { OBJECTION_WORKFLOW, type ObjectionState } from './objection-cases';
import { REPAIR_WORKFLOW, type RepairState } from './repair-cases';
import type { CaseEffect } from './rule-data';
import type { LegalSource } from './rules';
import { nextStates } from './workflow';

/** What a reviewer may decide on a case now, and what each decision does, for the console to show before it is confirmed. */
export interface DecisionOption {
  outcome: string;
  /** The state the case moves to, as the applicant will read it. */
  label: string;
  needsReason: boolean;
  effect: CaseEffect;
  /** What changes for the public and the applicant the moment it is decided. */
  effectText: string;
  source: LegalSource;
}

const OBJECTION_EFFECTS: Record<string, string> = {
  accepted: '当事人看到“已受理，核实中”；核实期间这条记录标注“异议处理中”。记录内容不变。',
  rejected: '异议办结，记录不变、照常公示；当事人看到不予受理的理由。',
  corrected: '记录立即按更正后的内容公示，公众和当事人看到的都随之改变；更正前的内容留档备查。',
  deleted: '记录立即撤销，不再公示，也不再作为信易+ 和惩戒的依据。',
  upheld: '异议办结，记录不变、照常公示；当事人看到核实结论，可以依法申请行政复议或者提起行政诉讼。',
};
const REPAIR_EFFECTS: Record<string, string> = {
  approved: '记录立即停止公示、转为档案，不再作为信易+ 和惩戒的依据（依法终止公示、解除惩戒）。',
  rejected: '记录不变、照常公示；当事人看到未通过的原因和如何补齐材料重新申请。',
};

export function decisionOptions(kind: 'objection' | 'repair', status: string): DecisionOption[] {
  if (kind === 'objection') {
    const from = status as ObjectionState;
    if (!OBJECTION_WORKFLOW.states[from]) return [];
    return nextStates(OBJECTION_WORKFLOW, from, 'staff').map((to) => {
      const move = OBJECTION_WORKFLOW.transitions.find((t) => t.from === from && t.to === to && t.actor === 'staff');
      return {
        outcome: to,
        label: OBJECTION_WORKFLOW.states[to].label,
        needsReason: move?.needsReason ?? true,
        effect: move?.effect ?? 'none',
        effectText: OBJECTION_EFFECTS[to] ?? '',
        source: OBJECTION_WORKFLOW.source,
      };
    });
  }
  const from = status as RepairState;
  if (!REPAIR_WORKFLOW.states[from]) return [];
  return nextStates(REPAIR_WORKFLOW, from, 'staff').map((to) => {
    const move = REPAIR_WORKFLOW.transitions.find((t) => t.from === from && t.to === to && t.actor === 'staff');
    return {
      outcome: to,
      label: REPAIR_WORKFLOW.states[to].label,
      needsReason: move?.needsReason ?? true,
      effect: move?.effect ?? 'none',
      effectText: REPAIR_EFFECTS[to] ?? '',
      source: move?.effect === 'repair' ? REPAIR_WORKFLOW.effectSource : REPAIR_WORKFLOW.source,
    };
  });
}

/**
 * A case the queue marks 即将到期: two working days or fewer left, so a reviewer still has a day to act. The
 * regulation sets the time limits (deadlines.ts); this mark is the service's own practice.
 */
export const DUE_SOON_WORKING_DAYS = 2;
export const urgencyOf = (item: { overdue: boolean; workingDaysLeft: number }): 'overdue' | 'dueSoon' | 'onTime' =>
  item.overdue ? 'overdue' : item.workingDaysLeft <= DUE_SOON_WORKING_DAYS ? 'dueSoon' : 'onTime';
