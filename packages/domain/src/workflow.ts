import type { CaseActor, CaseEffect, WorkflowData } from './rule-data';
import type { LegalSource } from './rules';

/**
 * One state machine for objections and repair applications (content/rules/workflows.yaml): a move is
 * allowed only when it is listed for that actor; everything else is refused with a stable code and a
 * Chinese sentence a person can act on.
 */
export type TransitionRefusal = 'INVALID_TRANSITION' | 'CASE_CLOSED' | 'ACCEPTANCE_REQUIRED' | 'REASON_REQUIRED' | 'NOT_YOUR_STEP';

export type TransitionResult<S extends string> =
  | { ok: true; from: S; to: S; final: boolean; effect: CaseEffect; source: LegalSource }
  | { ok: false; code: TransitionRefusal; message: string };

export interface TransitionRequest<S extends string> {
  from: S;
  to: S;
  actor: CaseActor;
  /** The decision's reason as written; staff decisions that need one are refused without it. */
  reason?: string | null;
}

export function transition<S extends string>(
  workflow: WorkflowData<S>,
  request: TransitionRequest<S>,
  skippedStep?: (from: S, to: S) => { code: TransitionRefusal; message: string } | null,
): TransitionResult<S> {
  const { from, to, actor } = request;
  const state = workflow.states[from];
  if (!state || !workflow.states[to]) return { ok: false, code: 'INVALID_TRANSITION', message: '案件状态无法识别。' };
  if (!state.open) return { ok: false, code: 'CASE_CLOSED', message: workflow.closedMessage };
  const move = workflow.transitions.find((t) => t.from === from && t.to === to && t.actor === actor);
  if (!move) {
    const skipped = skippedStep?.(from, to);
    if (skipped) return { ok: false, ...skipped };
    const other = workflow.transitions.find((t) => t.from === from && t.to === to);
    if (other)
      return {
        ok: false,
        code: 'NOT_YOUR_STEP',
        message: other.actor === 'staff' ? '这一步由部门审核人员办理。' : '这一步只能由当事人本人办理。',
      };
    return { ok: false, code: 'INVALID_TRANSITION', message: `不能从“${state.label}”变为“${workflow.states[to].label}”。` };
  }
  if (move.needsReason && !(request.reason ?? '').trim())
    return { ok: false, code: 'REASON_REQUIRED', message: '请写明理由，当事人会看到它。' };
  return { ok: true, from, to, final: !workflow.states[to].open, effect: move.effect, source: workflow.source };
}

/** The states a case may move to next, by actor: what a console shows as buttons. */
export function nextStates<S extends string>(workflow: WorkflowData<S>, from: S, actor: CaseActor): S[] {
  return workflow.transitions.filter((t) => t.from === from && t.actor === actor).map((t) => t.to);
}

export const isOpenState = <S extends string>(workflow: WorkflowData<S>, state: S): boolean => workflow.states[state]?.open === true;
