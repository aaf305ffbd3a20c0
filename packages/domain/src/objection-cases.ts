import type { CalendarOptions } from './calendar';
import type { CivilDate } from './dates';
import { computeDeadline, type Deadline } from './deadlines';
import type { CreditRecord } from './display-rules';
import { WORKFLOWS } from './generated/rules';
import { nextActions, type ObjectionCaseFacts, type RecordCases } from './next-actions';
import type { CaseActor, ObjectionState } from './rule-data';
import type { LegalSource } from './rules';
import { type TransitionResult, transition } from './workflow';

export { OBJECTION_STATES, type ObjectionState } from './rule-data';

/**
 * Objections (异议): who may move a case where (content/rules/workflows.yaml), Shandong's time limits
 * (《山东省社会信用条例》第三十九条), and the filing rules: one open objection per record, no repeat of grounds
 * already decided.
 */
export const OBJECTION_WORKFLOW = WORKFLOWS.objection;

export const OBJECTION_STATE_LABELS: Readonly<Record<ObjectionState, string>> = Object.fromEntries(
  Object.entries(OBJECTION_WORKFLOW.states).map(([k, v]) => [k, v.label]),
) as Record<ObjectionState, string>;

export const isObjectionOpen = (state: ObjectionState) => OBJECTION_WORKFLOW.states[state]?.open === true;

const DECISIONS: readonly ObjectionState[] = ['corrected', 'deleted', 'upheld'];

/** A move of an objection case; deciding straight from 'submitted' is refused: the case must be accepted first. */
export function objectionTransition(request: {
  from: ObjectionState;
  to: ObjectionState;
  actor: CaseActor;
  reason?: string | null;
}): TransitionResult<ObjectionState> {
  return transition(OBJECTION_WORKFLOW, request, (from, to) =>
    from === 'submitted' && DECISIONS.includes(to)
      ? { code: 'ACCEPTANCE_REQUIRED', message: OBJECTION_WORKFLOW.acceptanceRequired.message }
      : null,
  );
}

/** Grounds compared without spaces and punctuation, so a resubmission with new commas is still the same grounds. */
const normalise = (text: string) => text.replace(/[\s\p{P}\p{S}]/gu, '').toLowerCase();
export const sameGrounds = (a: string, b: string) => normalise(a) !== '' && normalise(a) === normalise(b);

export type FilingRefusal = 'OBJECTION_NOT_POSSIBLE' | 'OBJECTION_ALREADY_OPEN' | 'OBJECTION_REPEATED';

export type FilingResult = { ok: true; source: LegalSource } | { ok: false; code: FilingRefusal; message: string; source: LegalSource };

/**
 * Whether the subject may file this objection now: the record must be in force, have no open objection, and the
 * grounds must not repeat ones already decided unless new evidence comes with them.
 */
export function canFileObjection(
  record: CreditRecord,
  cases: RecordCases,
  filing: { reason: string; newEvidence: boolean },
  on: CivilDate,
): FilingResult {
  if (cases.objections.some((o) => isObjectionOpen(o.status))) {
    return {
      ok: false,
      code: 'OBJECTION_ALREADY_OPEN',
      message: OBJECTION_WORKFLOW.oneOpenPerRecord.message,
      source: OBJECTION_WORKFLOW.oneOpenPerRecord.source,
    };
  }
  const action = nextActions(record, cases, on).find((a) => a.action === 'object');
  if (!action?.available)
    return {
      ok: false,
      code: 'OBJECTION_NOT_POSSIBLE',
      message: action?.reason ?? '这条记录现在不能提出异议。',
      source: OBJECTION_WORKFLOW.source,
    };
  const decided = cases.objections.filter((o: ObjectionCaseFacts) => o.status === 'upheld' || o.status === 'rejected');
  if (!filing.newEvidence && decided.some((o) => o.reason !== undefined && sameGrounds(o.reason, filing.reason))) {
    return {
      ok: false,
      code: 'OBJECTION_REPEATED',
      message: OBJECTION_WORKFLOW.repeatSameGrounds.message,
      source: OBJECTION_WORKFLOW.repeatSameGrounds.source,
    };
  }
  return { ok: true, source: OBJECTION_WORKFLOW.source };
}

export interface ObjectionDeadlines {
  /** Last day to settle an objection the receiving unit can settle itself; the product asks for acceptance by then. */
  acceptBy: CivilDate;
  /** Last day to settle it where another unit must help verify. */
  decideBy: CivilDate;
  own: Deadline;
  assisted: Deadline;
  estimated: boolean;
  /** The limits in one sentence, with their source, for the person who objected. */
  text: string;
  sources: LegalSource[];
}

/** Shandong's limits for an objection received on a date (the day of receipt is not counted). */
export function objectionDeadlines(receivedOn: CivilDate, options: CalendarOptions = {}): ObjectionDeadlines {
  const own = computeDeadline('objection_decision', receivedOn, options);
  const assisted = computeDeadline('objection_decision_assisted', receivedOn, options);
  const text = `${own.text}；${assisted.text}（${own.source.reference}）。山东省没有单独规定受理的时限。`;
  return {
    acceptBy: own.due,
    decideBy: assisted.due,
    own: own as Deadline,
    assisted: assisted as Deadline,
    estimated: own.estimated || assisted.estimated,
    text,
    sources: [own.source],
  };
}

/** The note written to the case history when it reaches a state, for the person to read. */
export function objectionEventNote(
  state: ObjectionState,
  deadlines: Pick<ObjectionDeadlines, 'acceptBy' | 'decideBy'>,
  reason?: string,
): string {
  switch (state) {
    case 'submitted':
      return `已提交，${deadlines.acceptBy} 前受理并处理；需要其他单位协助核查的，${deadlines.decideBy} 前处理完毕。`;
    case 'accepted':
      return reason?.trim() ? reason.trim() : `已受理，${deadlines.decideBy} 前核实完毕并告诉您结果。`;
    default:
      return reason?.trim() ?? OBJECTION_STATE_LABELS[state];
  }
}
