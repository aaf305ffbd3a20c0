import type { InformationClass } from './benefit-criteria';
import { addDays, addMonths, type CivilDate, compareDates, isCivilDate, maxDate, minDate } from './dates';
import { type ClassPeriods, DISPLAY_PERIOD_RULE, type DisplayRegime, NON_DISPLAY_RULES } from './display-parameters';
import { type LegalSource, versionOn } from './rules';

/** Kinds of negative credit information (Order 36 art. 4 lists what is repairable). */
export const RECORD_KINDS = ['penalty', 'serious_dishonesty', 'abnormal_operation', 'other'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];
export const RECORD_KIND_LABELS: Readonly<Record<RecordKind, string>> = {
  penalty: '行政处罚',
  serious_dishonesty: '严重失信主体名单',
  abnormal_operation: '经营异常名录',
  other: '其他失信信息',
};

export interface CreditRecord {
  kind: RecordKind;
  infoClass: InformationClass;
  /** Date of the decision document (CF_JDRQ); every period runs from it. */
  decisionDate: CivilDate;
  /** Display end set by the deciding authority (CF_GSJZQ), read as the last day of display. */
  displayEnd?: CivilDate | null;
  /** Date the repair took effect. */
  repairedAt?: CivilDate | null;
  /** Date the legal duty was fulfilled (fine paid, conduct corrected); starts repair for 轻微 records. */
  dutyFulfilledAt?: CivilDate | null;
  objectionOpen?: boolean;
  subjectIsNaturalPerson?: boolean;
  subjectIsMinor?: boolean;
}

export const DISPLAY_STATUSES = ['公示中', '公示期满', '已修复', '异议处理中', '不公示'] as const;
export type DisplayStatus = (typeof DISPLAY_STATUSES)[number];

export interface RegimeUsed {
  id: DisplayRegime['id'];
  label: string;
  source: LegalSource;
  /** The window of decision dates this regime governs (null: open). */
  decidedFrom: CivilDate | null;
  decidedTo: CivilDate | null;
}

export interface DisplayAssessment {
  regime: RegimeUsed;
  periods: ClassPeriods;
  /**
   * The days the record is in force (counts against the subject), whoever may see it: from the decision
   * date to its last day of display. Null when the class is never displayed. Repair ends it early.
   */
  window: { start: CivilDate; end: CivilDate } | null;
  /** Whether the public may ever see it (false for natural persons and minors). */
  publishable: boolean;
  displayStart: CivilDate | null;
  /** Last day of public display. */
  displayEnd: CivilDate | null;
  /** Last day the regime allows; null when the class is never displayed. */
  maximumEnd: CivilDate | null;
  endBasis: 'regime_maximum' | 'authority' | 'none';
  /** Shown to the public on the date. */
  displayed: boolean;
  /** An objection is open: shown marked as disputed. */
  disputed: boolean;
  status: DisplayStatus;
  /** One Chinese sentence explaining the status. */
  statusReason: string;
  earliestRepairDate: CivilDate | null;
  repairRule: 'minimum_period' | 'duty_fulfilled' | 'unknown';
  repairReason: string;
  /** Data problems found in the record, in Chinese. */
  warnings: string[];
}

/** The regime governing a record, by its decision date. */
export function regimeFor(decisionDate: CivilDate): RegimeUsed {
  const version = versionOn(DISPLAY_PERIOD_RULE, decisionDate);
  return {
    id: version.value.id,
    label: version.value.label,
    source: version.source,
    decidedFrom: version.from,
    decidedTo: version.to,
  };
}

/** Last day of a period of n months from the decision date (decided 2026-04-10, 12 months → 2027-04-09). */
const lastDayOf = (start: CivilDate, months: number) => addDays(addMonths(start, months), -1);

/**
 * How the authority's CF_GSJZQ meets the regime: display ends at the earlier of the two, never beyond the
 * regime's maximum (which ends display by itself). A CF_GSJZQ before the decision date is a data error: it
 * is ignored with a warning and the maximum applies. For classes displayed only when the authority sets a
 * period (轻微 under Order 36), no CF_GSJZQ means no display.
 */
function displayWindow(record: CreditRecord, periods: ClassPeriods, warnings: string[]) {
  const start = record.decisionDate;
  const maximumEnd = periods.display === 'never' || periods.maximumMonths <= 0 ? null : lastDayOf(start, periods.maximumMonths);
  let authorityEnd = record.displayEnd ?? null;
  if (authorityEnd !== null && !isCivilDate(authorityEnd)) {
    warnings.push(`公示截止期“${authorityEnd}”不是有效日期，已忽略。`);
    authorityEnd = null;
  }
  if (authorityEnd !== null && compareDates(authorityEnd, start) < 0) {
    warnings.push(`公示截止期 ${authorityEnd} 早于决定日期 ${start}，已忽略，按最长公示期计算。`);
    authorityEnd = null;
  }
  if (maximumEnd === null) return { window: null, maximumEnd, endBasis: 'none' as const };
  if (authorityEnd === null) {
    if (periods.display === 'only_if_authority_sets') return { window: null, maximumEnd, endBasis: 'none' as const };
    return { window: { start, end: maximumEnd }, maximumEnd, endBasis: 'regime_maximum' as const };
  }
  if (compareDates(authorityEnd, maximumEnd) > 0) {
    warnings.push(`公示截止期 ${authorityEnd} 超过最长公示期，按 ${maximumEnd} 结束。`);
    return { window: { start, end: maximumEnd }, maximumEnd, endBasis: 'regime_maximum' as const };
  }
  return { window: { start, end: minDate(authorityEnd, maximumEnd) }, maximumEnd, endBasis: 'authority' as const };
}

function earliestRepair(record: CreditRecord, periods: ClassPeriods) {
  const min = periods.minimum;
  if (min === null) {
    return {
      earliestRepairDate: null,
      repairRule: 'unknown' as const,
      repairReason: '该时期的规则未规定最短公示期，请向作出决定的部门咨询。',
    };
  }
  if (min === 'duty_fulfilled') {
    const done = record.dutyFulfilledAt ?? null;
    return done
      ? {
          earliestRepairDate: maxDate(done, record.decisionDate),
          repairRule: 'duty_fulfilled' as const,
          repairReason: '已履行法定义务，可以申请信用修复。',
        }
      : { earliestRepairDate: null, repairRule: 'duty_fulfilled' as const, repairReason: '履行法定义务后即可申请信用修复。' };
  }
  const date = addMonths(record.decisionDate, min.months);
  return {
    earliestRepairDate: date,
    repairRule: 'minimum_period' as const,
    repairReason: `最短公示期 ${min.months} 个月，${date} 起可以申请信用修复。`,
  };
}

/** Display start and end, status on a date, earliest repair date and the regime used, for one record. */
export function assessDisplay(record: CreditRecord, on: CivilDate): DisplayAssessment {
  if (!isCivilDate(record.decisionDate)) throw new RangeError(`决定日期无效：${JSON.stringify(record.decisionDate)}`);
  if (!isCivilDate(on)) throw new RangeError(`日期无效：${JSON.stringify(on)}`);
  const warnings: string[] = [];
  const regime = regimeFor(record.decisionDate);
  const periods = versionOn(DISPLAY_PERIOD_RULE, record.decisionDate).value.classes[record.infoClass];
  if (!periods) throw new RangeError(`未知的信息类别：${JSON.stringify(record.infoClass)}`);
  const { window, maximumEnd, endBasis } = displayWindow(record, periods, warnings);
  const personalBar = record.subjectIsMinor
    ? NON_DISPLAY_RULES.minor
    : record.subjectIsNaturalPerson
      ? NON_DISPLAY_RULES.natural_person
      : null;
  const publishable = personalBar === null && window !== null;
  const repaired = record.repairedAt != null && compareDates(record.repairedAt, on) <= 0;

  let status: DisplayStatus;
  let statusReason: string;
  if (repaired) {
    status = '已修复';
    statusReason = `已于 ${record.repairedAt} 完成信用修复，不再公示。`;
  } else if (personalBar) {
    status = '不公示';
    statusReason = `${personalBar.label}。`;
  } else if (window === null) {
    status = '不公示';
    statusReason = `按${regime.label}，${record.infoClass}失信信息原则上不公示。`;
  } else if (compareDates(on, window.start) < 0) {
    status = '不公示';
    statusReason = `决定日期 ${window.start} 之前不公示。`;
  } else if (compareDates(on, window.end) > 0) {
    status = '公示期满';
    statusReason = `公示期已于 ${window.end} 届满，自动停止公示。`;
  } else if (record.objectionOpen) {
    status = '异议处理中';
    statusReason = '异议正在处理，公示时标注“异议处理中”。';
  } else {
    status = '公示中';
    statusReason = `公示至 ${window.end}。`;
  }
  const displayed = status === '公示中' || status === '异议处理中';

  return {
    regime,
    periods,
    window,
    publishable,
    displayStart: publishable && window ? window.start : null,
    displayEnd: publishable && window ? window.end : null,
    maximumEnd,
    endBasis: window ? endBasis : 'none',
    displayed,
    disputed: displayed && record.objectionOpen === true,
    status,
    statusReason,
    ...earliestRepair(record, periods),
    warnings,
  };
}

/**
 * Whether a record counts against its subject on a date: decided by then, not repaired by then, and
 * within its display window. Used by 信易+; a natural person's record counts though it is never published.
 */
export function countsAgainstSubjectOn(record: CreditRecord, on: CivilDate): boolean {
  const a = assessDisplay(record, on);
  if (a.status === '已修复' || a.window === null) return false;
  return compareDates(on, a.window.start) >= 0 && compareDates(on, a.window.end) <= 0;
}
