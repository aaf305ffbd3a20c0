import { addWorkingDaysDetailed, type CalendarOptions, workingDaysBetween } from './calendar';
import { type CivilDate, compareDates } from './dates';
import { DEADLINE_DATA } from './generated/rules';
import { type DatedRule, type LegalSource, versionOn } from './rules';

/**
 * Time limits counted in working days (content/rules/deadlines.yaml), after the calendar in calendar.ts.
 * Shandong's own limits come first: 《山东省社会信用条例》第三十九条 sets 3 working days for an objection the
 * receiving unit can settle and 7 where another unit must help verify, both from receipt. Where Shandong sets
 * none (the repair decision), the rule says so in its text, and the number is this service's target.
 */
export const DEADLINE_KINDS = [
  'objection_decision',
  'objection_decision_assisted',
  'record_change_report',
  'repair_decision',
  'repair_result_sharing',
  'double_publicity_upload',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export interface DeadlineValue {
  workingDays: number;
  /** The sentence a person reads; {days} stands for the number. */
  text: string;
}

function ruleOf(kind: DeadlineKind): DatedRule<DeadlineValue> {
  const data = DEADLINE_DATA.find((d) => d.kind === kind);
  if (!data) throw new RangeError(`Unknown deadline kind: ${JSON.stringify(kind)}`);
  return {
    id: data.kind,
    label: data.label,
    versions: data.versions.map((v) => ({ from: v.from, value: { workingDays: v.workingDays, text: v.text }, source: v.source })),
  };
}

export const DEADLINE_RULES: Readonly<Record<DeadlineKind, DatedRule<DeadlineValue>>> = Object.fromEntries(
  DEADLINE_KINDS.map((k) => [k, ruleOf(k)]),
) as Record<DeadlineKind, DatedRule<DeadlineValue>>;

export interface Deadline {
  kind: DeadlineKind;
  label: string;
  start: CivilDate;
  workingDays: number;
  /** The last day of the time limit. */
  due: CivilDate;
  source: LegalSource;
  /** The rule in one Chinese sentence, with the number of days filled in. */
  text: string;
  /** True when the due date crosses a year without holiday data and was counted on weekdays only (show as 预计). */
  estimated: boolean;
  uncoveredYears: number[];
}

function compute(kind: DeadlineKind, start: CivilDate, options: CalendarOptions): Deadline {
  const rule = DEADLINE_RULES[kind];
  if (!rule) throw new RangeError(`Unknown deadline kind: ${JSON.stringify(kind)}`);
  const version = versionOn(rule, start);
  const workingDays = version.value.workingDays;
  const result = addWorkingDaysDetailed(start, workingDays, { outsideData: options.outsideData ?? 'weekends-only' });
  return {
    kind,
    label: rule.label,
    start,
    workingDays,
    due: result.date,
    source: version.source,
    text: version.value.text.replace('{days}', String(version.value.workingDays)),
    estimated: result.estimated,
    uncoveredYears: result.uncoveredYears,
  };
}

/**
 * The due date of a time limit that starts on `start` (the day an application is received, or a decision
 * is made); the start day is not counted. The version in force on the start date applies. By default a
 * deadline that reaches a year without holiday data is counted on weekdays and flagged `estimated`, so a
 * screen never shows a firm date it cannot know; pass `outsideData: 'throw'` to refuse instead.
 */
export function computeDeadline(kind: DeadlineKind, start: CivilDate, options: CalendarOptions = {}): Deadline {
  return compute(kind, start, options);
}

/**
 * Where a case stands against its due date on a day, for a review queue: overdue once the due day has passed;
 * working days left counted after today up to the due day (negative when overdue), on weekdays where the
 * holiday data ends.
 */
export function dueStatus(due: CivilDate, today: CivilDate): { overdue: boolean; workingDaysLeft: number } {
  return { overdue: compareDates(today, due) > 0, workingDaysLeft: workingDaysBetween(today, due, { outsideData: 'weekends-only' }) };
}
