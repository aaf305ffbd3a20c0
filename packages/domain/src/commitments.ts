import type { CivilDate } from './dates';
import { WORKFLOWS } from './generated/rules';
import type { RepairState } from './rule-data';
import type { LegalSource } from './rules';

/**
 * When a signed credit commitment may be withdrawn. Neither the national texts nor Shandong's set a rule for
 * withdrawing a commitment, so this is the service's own practice, written down so that it can be reviewed:
 * a commitment nothing relies on may be withdrawn by its signer (it then leaves the public profile); one that an
 * open repair application carries can be withdrawn only with that application; one a decided repair rests on stays,
 * because Order 36 makes the commitment part of the repair and its keeping part of the credit record.
 */
export const COMMITMENT_WITHDRAWAL_SOURCE: LegalSource = {
  reference: '本服务的做法：国家和山东的规定未规定信用承诺的撤回',
  status: 'local_practice',
  note: '修复决定所依据的承诺不能撤回，依据国家发展改革委令第36号《信用修复管理办法》要求申请人作出信用承诺、承诺履行情况记入信用记录（条文序号未核实）。',
};

/** What relies on the commitment: nothing, a repair application still open, or one already decided. */
export type CommitmentUse = 'none' | 'open_repair' | 'decided_repair';

/** The use of a commitment from the states of the repair applications that carry it (the repair workflow decides). */
export function commitmentUse(repairStates: readonly RepairState[]): CommitmentUse {
  if (repairStates.some((s) => WORKFLOWS.repair.states[s]?.open)) return 'open_repair';
  const decidedByStaff = (s: RepairState) => WORKFLOWS.repair.transitions.some((t) => t.to === s && t.actor === 'staff');
  return repairStates.some(decidedByStaff) ? 'decided_repair' : 'none';
}

export interface CommitmentWithdrawal {
  allowed: boolean;
  /** Stable code for the refusal (the API's error code), null when allowed. */
  code: 'COMMITMENT_WITHDRAWN' | 'COMMITMENT_MADE_ELSEWHERE' | 'COMMITMENT_IN_USE' | 'COMMITMENT_RELIED_ON' | null;
  /** One Chinese sentence the signer reads. */
  reason: string;
  source: LegalSource;
}

/**
 * madeHere: signed in this service. A commitment made to a department through another channel (and shared with the
 * platform) is withdrawn, if at all, where it was made.
 */
export function commitmentWithdrawal(facts: {
  withdrawnOn: CivilDate | null;
  madeHere: boolean;
  use: CommitmentUse;
}): CommitmentWithdrawal {
  const source = COMMITMENT_WITHDRAWAL_SOURCE;
  if (facts.withdrawnOn !== null)
    return { allowed: false, code: 'COMMITMENT_WITHDRAWN', reason: `这份承诺已于 ${facts.withdrawnOn} 撤回。`, source };
  if (!facts.madeHere)
    return {
      allowed: false,
      code: 'COMMITMENT_MADE_ELSEWHERE',
      reason: '这份承诺不是在本应用中签署的，如需撤回，请联系当时受理承诺的部门。',
      source,
    };
  if (facts.use === 'open_repair')
    return {
      allowed: false,
      code: 'COMMITMENT_IN_USE',
      reason: '这份承诺正用于一件还在办理的信用修复申请：请先撤回那件申请，再撤回承诺。',
      source,
    };
  if (facts.use === 'decided_repair')
    return { allowed: false, code: 'COMMITMENT_RELIED_ON', reason: '这份承诺是一项信用修复决定的依据，不能撤回。', source };
  return { allowed: true, code: null, reason: '撤回后，这份承诺不再公开显示；签署和撤回的记录会保留在“我的”里。', source };
}
