import type { CivilDate } from './dates';
import { compareDates } from './dates';
import { computeDeadline } from './deadlines';
import { MONITORING_THRESHOLDS } from './generated/rules';
import type { MonitoringThresholdData } from './rule-data';
import { type DatedRule, type LegalSource, versionOn } from './rules';

/**
 * “双公示” monthly monitoring and quarterly evaluation (鲁信用办〔2021〕3号 part 3: the NDRC's 月度监测、季度评估
 * 制度, data standard and timeliness). A licence or penalty is on time when the platform received it within the
 * `double_publicity_upload` time limit of content/rules/deadlines.yaml (7 working days from the decision, the
 * NDRC's 2017 notice; the start day not counted, the house's holiday calendar). Below which shares a department
 * is flagged is the credit office's own setting (content/rules/monitoring.yaml), not a published standard.
 */

/** Whether a record received on `receivedOn` was pushed within the time limit of its decision. */
export function pushedInTime(decisionDate: CivilDate, receivedOn: CivilDate): { onTime: boolean; due: CivilDate; source: LegalSource } {
  const deadline = computeDeadline('double_publicity_upload', decisionDate);
  return { onTime: compareDates(receivedOn, deadline.due) <= 0, due: deadline.due, source: deadline.source };
}

const THRESHOLD_RULE: DatedRule<Omit<MonitoringThresholdData, 'from' | 'source'>> = {
  id: 'double_publicity_monitoring',
  label: '“双公示”月度监测提醒标准',
  versions: MONITORING_THRESHOLDS.map(({ from, source, ...value }) => ({ from, source, value })),
};

/** The thresholds in force for a month (its first day decides). */
export function monitoringThresholds(month: string): MonitoringThresholdData {
  const v = versionOn(THRESHOLD_RULE, `${month}-01`);
  return { from: v.from ?? `${month}-01`, source: v.source, ...v.value };
}

/** What a department pushed of one kind in one month. */
export interface PublicityCounts {
  /** Records the platform received and kept. */
  received: number;
  /** Of those, received within the time limit. */
  onTime: number;
  /** Of those, with no remark on a field of the standard. */
  meetingStandard: number;
  /** Rows refused at import (each line once, whatever the number of reasons). */
  rejected: number;
  /** Records still public although their display period has ended (should be 0); null where the kind has no period. */
  pastDisplayEnd: number | null;
}

export interface PublicityAssessment {
  /** Percentages with one decimal; null when nothing was pushed. */
  onTimePercent: number | null;
  /** Kept rows meeting the standard, of every row pushed (refused rows do not meet it). */
  standardPercent: number | null;
  behind: boolean;
  /** Why it is flagged, in Chinese, one sentence each. */
  flags: string[];
}

const percent = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);

/** The month's shares and whether the department falls behind, under the thresholds of that month. */
export function assessPublicity(counts: PublicityCounts, month: string): PublicityAssessment {
  const t = monitoringThresholds(month);
  const pushed = counts.received + counts.rejected;
  const onTimePercent = percent(counts.onTime, counts.received);
  const standardPercent = percent(counts.meetingStandard, pushed);
  const flags: string[] = [];
  if (pushed >= t.minimumRows) {
    if (onTimePercent !== null && onTimePercent < t.onTimePercent)
      flags.push(`按时上报 ${onTimePercent}%，低于 ${t.onTimePercent}%（作出决定之日起 7 个工作日内）。`);
    if (standardPercent !== null && standardPercent < t.standardPercent)
      flags.push(`符合数据标准 ${standardPercent}%，低于 ${t.standardPercent}%。`);
  }
  if (counts.pastDisplayEnd !== null && counts.pastDisplayEnd > t.pastDisplayEndAllowed)
    flags.push(`${counts.pastDisplayEnd} 条记录已过公示期仍在公示，应当撤下。`);
  return { onTimePercent, standardPercent, behind: flags.length > 0, flags };
}
