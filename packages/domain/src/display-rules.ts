import type { InformationClass } from './benefit-criteria';
import { addDays, addMonths, addYears, type CivilDate, compareDates, isCivilDate, maxDate, minDate } from './dates';
import {
  type ClassPeriods,
  DISPLAY_PERIOD_RULE,
  type DisplayRegime,
  NON_DISPLAY_RULES,
  SHANDONG_DISPLAY_RULES,
} from './display-parameters';
import { REPAIR_RULES } from './generated/rules';
import { type ListRule, listExit, listRuleFor } from './lists';
import { citation, type LegalSource, versionOn } from './rules';
import { PENALTY_TYPE_LABELS, type PenaltyType, SECTOR_LABELS, type Sector } from './vocabulary';

/** Kinds of negative credit information (Order 36 art. 4 lists what is repairable). */
export const RECORD_KINDS = ['penalty', 'serious_dishonesty', 'abnormal_operation', 'other'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];
export const RECORD_KIND_LABELS: Readonly<Record<RecordKind, string>> = {
  penalty: '行政处罚',
  serious_dishonesty: '严重失信主体名单',
  abnormal_operation: '经营异常名录',
  other: '其他失信信息',
};

/**
 * The facts of one record that the rules read. Only kind, class and decision date are required; every other
 * fact is optional, and an absent fact never makes a rule stricter than the rule in force allows.
 */
export interface CreditRecord {
  kind: RecordKind;
  infoClass: InformationClass;
  /** Date of the decision document (CF_JDRQ); every period runs from it. */
  decisionDate: CivilDate;
  /** Display end set by the deciding authority (CF_GSJZQ; for a list entry, the listing end), read as the last day of display. */
  displayEnd?: CivilDate | null;
  /** Date the repair took effect (for a list entry: the early exit). */
  repairedAt?: CivilDate | null;
  /** Date the legal duty was fulfilled (fine paid, conduct corrected, wages paid). */
  dutyFulfilledAt?: CivilDate | null;
  objectionOpen?: boolean;
  subjectIsNaturalPerson?: boolean;
  subjectIsMinor?: boolean;
  /** Field of supervision: food, drugs, special equipment, work safety and fire have longer minimums under Order 58. */
  sector?: Sector | null;
  /** Every kind of penalty in the decision; with several, the longest period applies. */
  penaltyTypes?: readonly PenaltyType[] | null;
  /** 简易程序 or 普通程序: summary-procedure penalties are not public credit information in Shandong. */
  procedure?: 'summary' | 'ordinary' | null;
  /** 违法行为轻微且主动消除、减轻违法行为危害后果 (《山东省社会信用条例》第十三条第二款). */
  minorAndRemedied?: boolean;
  /** 527号's specific serious conduct; when absent it is derived from the sector and the penalty types. */
  specificSerious?: boolean | null;
  /** A period set by law or administrative regulation, which replaces the regime's (「另有规定的从其规定」). */
  lawPeriod?: { end: CivilDate; reference: string } | null;
  /** The conduct was not corrected or the duty not fully fulfilled (Order 36's exception at the maximum). */
  dutyOutstanding?: boolean;
  /** The day the conduct ended: Shandong caps disclosure at five years from it. */
  conductEndedOn?: CivilDate | null;
  /** Law or central policy says this item cannot be repaired (Order 36 art. 2). */
  notRepairable?: { reference: string } | null;
  /** 'market_regulation' brings the SAMR rules on stopping display early. */
  authorityKind?: 'market_regulation' | 'other' | null;
  /** Penalised again for the same kind of violation (a list: the same conduct while listed). */
  repeatedSameKind?: boolean;
  /** For a serious-dishonesty list entry: the list (content/rules/lists.yaml id or its name). */
  listType?: string | null;
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

/** A rule that shaped the assessment, so a screen or a reviewer can say why. */
export interface AppliedRule {
  id: string;
  label: string;
  source: LegalSource;
}

export type EndBasis = 'regime_maximum' | 'authority' | 'law' | 'list_period' | 'sector_rules' | 'conduct_end_cap' | 'none';
export type RepairRule =
  | 'minimum_period'
  | 'duty_fulfilled'
  | 'list_early_exit'
  | 'full_period'
  | 'not_repairable'
  | 'not_needed'
  | 'unknown';

export interface DisplayAssessment {
  regime: RegimeUsed;
  /** The class periods in force for this record (a field's longer minimum already applied). */
  periods: ClassPeriods;
  /**
   * The days the record is in force (counts against the subject), whoever may see it: from the decision
   * date to its last day of display. Null when the record is never displayed. Repair ends it early.
   */
  window: { start: CivilDate; end: CivilDate } | null;
  /** Whether the public may ever see it (false for natural persons and minors). */
  publishable: boolean;
  displayStart: CivilDate | null;
  /** Last day of public display. */
  displayEnd: CivilDate | null;
  /** Last day the regime (or the list) allows; null when the class is never displayed. */
  maximumEnd: CivilDate | null;
  endBasis: EndBasis;
  /** Shown to the public on the date. */
  displayed: boolean;
  /** An objection is open: shown marked as disputed. */
  disputed: boolean;
  status: DisplayStatus;
  /** One Chinese sentence explaining the status. */
  statusReason: string;
  earliestRepairDate: CivilDate | null;
  repairRule: RepairRule;
  repairReason: string;
  /** Source of the repair rule that applies. */
  repairSource: LegalSource;
  /** Stable id of the rule data that made the window; a stored window of another version must be recomputed. */
  ruleVersion: string;
  rules: AppliedRule[];
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

const monthsOf = (m: ClassPeriods['minimum']) => (m && m !== 'duty_fulfilled' ? m.months : null);
const longer = (a: ClassPeriods['minimum'], b: { months: number }): ClassPeriods['minimum'] =>
  monthsOf(a) !== null && (monthsOf(a) as number) >= b.months ? a : b;
const overlaps = <T>(a: readonly T[] | null | undefined, b: readonly T[]) => (a ?? []).some((x) => b.includes(x));

/** 527号: specific serious conduct, given or derived from the field and the kinds of penalty. */
export function isSpecificSerious(record: CreditRecord, regime: DisplayRegime): boolean {
  const rule = regime.specificSerious;
  if (!rule || record.kind !== 'penalty') return false;
  if (record.specificSerious != null) return record.specificSerious;
  return record.sector != null && rule.sectors.includes(record.sector) && overlaps(record.penaltyTypes, rule.penaltyTypes);
}

/** 《山东省社会信用条例》第十三条第二款: not in the public credit data list at all. */
function excludedFromDataList(record: CreditRecord): boolean {
  const rule = SHANDONG_DISPLAY_RULES.dataListExclusion;
  if (record.kind !== 'penalty' || compareDates(record.decisionDate, rule.from) < 0) return false;
  return record.procedure === 'summary' || record.minorAndRemedied === true;
}

interface WindowResult {
  window: { start: CivilDate; end: CivilDate } | null;
  maximumEnd: CivilDate | null;
  endBasis: EndBasis;
}

function validAuthorityEnd(record: CreditRecord, warnings: string[]): CivilDate | null {
  let end = record.displayEnd ?? null;
  if (end !== null && !isCivilDate(end)) {
    warnings.push(`公示截止期“${end}”不是有效日期，已忽略。`);
    end = null;
  }
  if (end !== null && compareDates(end, record.decisionDate) < 0) {
    warnings.push(`公示截止期 ${end} 早于决定日期 ${record.decisionDate}，已忽略，按最长公示期计算。`);
    end = null;
  }
  return end;
}

/**
 * How the authority's CF_GSJZQ meets the regime: display ends at the earlier of the two, never beyond the
 * regime's maximum (which ends display by itself), except under Order 36 while the duty is outstanding, where
 * the sector authority's longer display end stands. Specific serious conduct (527号) is shown for the full
 * maximum. For classes displayed only when the authority sets a period (轻微 under Order 36), no CF_GSJZQ
 * means no display.
 */
function regimeWindow(
  record: CreditRecord,
  regime: DisplayRegime,
  periods: ClassPeriods,
  fullPeriod: boolean,
  warnings: string[],
): WindowResult {
  const start = record.decisionDate;
  const maximumEnd = periods.display === 'never' || periods.maximumMonths <= 0 ? null : lastDayOf(start, periods.maximumMonths);
  const authorityEnd = validAuthorityEnd(record, warnings);
  if (maximumEnd === null) return { window: null, maximumEnd, endBasis: 'none' };
  if (authorityEnd === null) {
    if (periods.display === 'only_if_authority_sets') return { window: null, maximumEnd, endBasis: 'none' };
    return { window: { start, end: maximumEnd }, maximumEnd, endBasis: 'regime_maximum' };
  }
  if (compareDates(authorityEnd, maximumEnd) > 0) {
    if (regime.atMaximum.rule === 'sector_rules_if_duty_outstanding' && record.dutyOutstanding === true) {
      return { window: { start, end: authorityEnd }, maximumEnd, endBasis: 'sector_rules' };
    }
    warnings.push(`公示截止期 ${authorityEnd} 超过最长公示期，按 ${maximumEnd} 结束。`);
    return { window: { start, end: maximumEnd }, maximumEnd, endBasis: 'regime_maximum' };
  }
  if (fullPeriod && compareDates(authorityEnd, maximumEnd) < 0) {
    warnings.push(`特定严重失信行为按最长公示期公示，已忽略较早的公示截止期 ${authorityEnd}。`);
    return { window: { start, end: maximumEnd }, maximumEnd, endBasis: 'regime_maximum' };
  }
  return { window: { start, end: minDate(authorityEnd, maximumEnd) }, maximumEnd, endBasis: 'authority' };
}

function listWindow(record: CreditRecord, list: ListRule, warnings: string[]): WindowResult {
  const start = record.decisionDate;
  const maximumEnd = lastDayOf(start, list.periodMonths);
  const authorityEnd = validAuthorityEnd(record, warnings);
  if (authorityEnd === null) return { window: { start, end: maximumEnd }, maximumEnd, endBasis: 'list_period' };
  if (compareDates(authorityEnd, maximumEnd) > 0) {
    warnings.push(`列入截止日期 ${authorityEnd} 超过名单期限，按 ${maximumEnd} 结束。`);
    return { window: { start, end: maximumEnd }, maximumEnd, endBasis: 'list_period' };
  }
  return { window: { start, end: authorityEnd }, maximumEnd, endBasis: 'authority' };
}

interface RepairResult {
  earliestRepairDate: CivilDate | null;
  repairRule: RepairRule;
  repairReason: string;
  repairSource: LegalSource;
}

function earliestRepair(
  record: CreditRecord,
  regime: DisplayRegime,
  periods: ClassPeriods,
  ctx: { list: ListRule | undefined; excluded: boolean; fullPeriod: boolean; maximumEnd: CivilDate | null; on: CivilDate },
): RepairResult {
  if (record.notRepairable) {
    return {
      earliestRepairDate: null,
      repairRule: 'not_repairable',
      repairReason: `${record.notRepairable.reference}规定这类信息不可修复，不能申请信用修复。`,
      repairSource: REPAIR_RULES.notRepairable.source,
    };
  }
  if (ctx.excluded) {
    return {
      earliestRepairDate: null,
      repairRule: 'not_needed',
      repairReason: '这条处罚信息不纳入公共信用信息，不公示，也不需要修复。',
      repairSource: SHANDONG_DISPLAY_RULES.dataListExclusion.source,
    };
  }
  if (ctx.list) {
    const exit = listExit(
      {
        listType: ctx.list.id,
        decisionDate: record.decisionDate,
        correctedOn: record.dutyFulfilledAt ?? null,
        repeated: record.repeatedSameKind,
      },
      ctx.on,
    );
    return {
      earliestRepairDate: exit.earlyExitFrom,
      repairRule: exit.earlyExitFrom === null && record.repeatedSameKind && ctx.list.earlyExit.noRepeat ? 'full_period' : 'list_early_exit',
      repairReason: exit.reason,
      repairSource: ctx.list.earlyExit.source,
    };
  }
  if (record.kind === 'serious_dishonesty' && regime.id !== 'ndrc-order-36') {
    // Before Order 36 the national periods were for penalty information; a list entry left its list by the list's own rules.
    return {
      earliestRepairDate: null,
      repairRule: 'unknown',
      repairReason: '提前移出名单按设立这个名单的规定办理，请向作出列入决定的部门咨询。',
      repairSource: regime.source,
    };
  }
  const until = ctx.maximumEnd ? `到 ${ctx.maximumEnd} 自动停止公示` : '公示期满后自动停止公示';
  if (ctx.fullPeriod && regime.specificSerious) {
    return {
      earliestRepairDate: null,
      repairRule: 'full_period',
      repairReason: `这条处罚属于特定严重失信行为，按最长公示期公示，不能提前修复，${until}${citation(regime.specificSerious.source)}。`,
      repairSource: regime.specificSerious.source,
    };
  }
  const market = REPAIR_RULES.marketRegulation;
  if (record.authorityKind === 'market_regulation' && compareDates(record.decisionDate, market.from) >= 0) {
    const serious = (record.penaltyTypes ?? []).find((t) => market.seriousPenaltyTypes.penaltyTypes.includes(t));
    if (serious) {
      return {
        earliestRepairDate: null,
        repairRule: 'full_period',
        repairReason: `受到“${PENALTY_TYPE_LABELS[serious]}”处罚的，不能提前停止公示，${until}${citation(market.seriousPenaltyTypes.source)}。`,
        repairSource: market.seriousPenaltyTypes.source,
      };
    }
    if (record.repeatedSameKind) {
      return {
        earliestRepairDate: null,
        repairRule: 'full_period',
        repairReason: `因同一类违法行为再次受到市场监管部门处罚，不能提前停止公示，${until}${citation(market.repeatedSameKind.source)}。`,
        repairSource: market.repeatedSameKind.source,
      };
    }
  }
  const min = periods.minimum;
  if (min === null) {
    return {
      earliestRepairDate: null,
      repairRule: 'unknown',
      repairReason: '该时期的规则未规定最短公示期，请向作出决定的部门咨询。',
      repairSource: regime.source,
    };
  }
  if (min === 'duty_fulfilled') {
    const done = record.dutyFulfilledAt ?? null;
    return done
      ? {
          earliestRepairDate: maxDate(done, record.decisionDate),
          repairRule: 'duty_fulfilled',
          repairReason: '已履行法定义务，可以申请信用修复。',
          repairSource: regime.source,
        }
      : {
          earliestRepairDate: null,
          repairRule: 'duty_fulfilled',
          repairReason: '履行法定义务后即可申请信用修复。',
          repairSource: regime.source,
        };
  }
  const date = addMonths(record.decisionDate, min.months);
  const sectorRule = regime.sectorMinimums.find((s) => record.sector != null && s.sectors.includes(record.sector));
  const why =
    sectorRule && sectorRule.minimum.months === min.months ? `${SECTOR_LABELS[record.sector as Sector]}领域最短公示期` : '最短公示期';
  return {
    earliestRepairDate: date,
    repairRule: 'minimum_period',
    repairReason: `${why} ${min.months} 个月，${date} 起可以申请信用修复。`,
    repairSource: sectorRule && sectorRule.minimum.months === min.months ? sectorRule.source : regime.source,
  };
}

/** Display start and end, status on a date, earliest repair date and the regime used, for one record. */
export function assessDisplay(record: CreditRecord, on: CivilDate): DisplayAssessment {
  if (!isCivilDate(record.decisionDate)) throw new RangeError(`决定日期无效：${JSON.stringify(record.decisionDate)}`);
  if (!isCivilDate(on)) throw new RangeError(`日期无效：${JSON.stringify(on)}`);
  const warnings: string[] = [];
  const version = versionOn(DISPLAY_PERIOD_RULE, record.decisionDate);
  const regime = version.value;
  const regimeUsed: RegimeUsed = {
    id: regime.id,
    label: regime.label,
    source: version.source,
    decidedFrom: version.from,
    decidedTo: version.to,
  };
  const base = regime.classes[record.infoClass];
  if (!base) throw new RangeError(`未知的信息类别：${JSON.stringify(record.infoClass)}`);
  const rules: AppliedRule[] = [{ id: `display.${regime.id}`, label: `${regime.label}：${record.infoClass}`, source: regime.source }];

  const list = record.kind === 'serious_dishonesty' ? listRuleFor(record.listType) : undefined;
  if (record.kind === 'serious_dishonesty' && record.listType && !list)
    warnings.push(`名单“${record.listType}”未收录期限规则，按严重失信信息的公示期计算。`);
  if (list) rules.push({ id: `list.${list.id}`, label: `${list.name}的期限`, source: list.periodSource });

  let minimum = base.minimum;
  if (record.kind === 'penalty') {
    for (const s of regime.sectorMinimums) {
      if (record.sector != null && s.sectors.includes(record.sector)) {
        minimum = longer(minimum, s.minimum);
        rules.push({
          id: `display.${regime.id}.sector`,
          label: `${SECTOR_LABELS[record.sector]}领域最短公示期 ${s.minimum.months} 个月`,
          source: s.source,
        });
      }
    }
  }
  const periods: ClassPeriods = { ...base, minimum };
  const fullPeriod = isSpecificSerious(record, regime);
  if (fullPeriod && regime.specificSerious)
    rules.push({
      id: `display.${regime.id}.specific_serious`,
      label: '特定严重失信行为按最长公示期公示',
      source: regime.specificSerious.source,
    });
  const excluded = excludedFromDataList(record);
  if (excluded)
    rules.push({
      id: 'shandong.data_list_exclusion',
      label: '简易程序或轻微已消除危害的处罚不纳入公共信用信息',
      source: SHANDONG_DISPLAY_RULES.dataListExclusion.source,
    });

  let result: WindowResult;
  if (excluded) result = { window: null, maximumEnd: null, endBasis: 'none' };
  else if (list) result = listWindow(record, list, warnings);
  else if (record.lawPeriod && isCivilDate(record.lawPeriod.end) && compareDates(record.lawPeriod.end, record.decisionDate) >= 0) {
    result = { window: { start: record.decisionDate, end: record.lawPeriod.end }, maximumEnd: record.lawPeriod.end, endBasis: 'law' };
    rules.push({ id: 'display.law_override', label: `法律另有规定：${record.lawPeriod.reference}`, source: regime.lawOverride });
  } else result = regimeWindow(record, regime, periods, fullPeriod, warnings);

  // Shandong: at most five years from the end of the conduct, unless law says otherwise.
  const cap = SHANDONG_DISPLAY_RULES.maximumFromConductEnd;
  if (
    result.window &&
    record.conductEndedOn &&
    isCivilDate(record.conductEndedOn) &&
    result.endBasis !== 'law' &&
    compareDates(record.decisionDate, cap.from) >= 0
  ) {
    const capEnd = addDays(addYears(record.conductEndedOn, cap.years), -1);
    if (compareDates(capEnd, result.window.end) < 0) {
      rules.push({ id: 'shandong.five_years', label: `失信行为终止之日起最长 ${cap.years} 年`, source: cap.source });
      result =
        compareDates(capEnd, result.window.start) < 0
          ? { window: null, maximumEnd: capEnd, endBasis: 'conduct_end_cap' }
          : { window: { start: result.window.start, end: capEnd }, maximumEnd: capEnd, endBasis: 'conduct_end_cap' };
    }
  }
  const { window, maximumEnd, endBasis } = result;

  const personalBar = record.subjectIsMinor
    ? NON_DISPLAY_RULES.minor
    : record.subjectIsNaturalPerson
      ? NON_DISPLAY_RULES.natural_person
      : null;
  if (personalBar)
    rules.push({
      id: record.subjectIsMinor ? 'shandong.minor' : 'shandong.natural_person',
      label: personalBar.label,
      source: personalBar.source,
    });
  const publishable = personalBar === null && window !== null;
  const repaired = record.repairedAt != null && compareDates(record.repairedAt, on) <= 0;
  const exceptionAtMaximum = regime.atMaximum.rule === 'sector_rules_if_duty_outstanding' && record.dutyOutstanding === true && !list;

  let status: DisplayStatus;
  let statusReason: string;
  if (repaired) {
    status = '已修复';
    statusReason = list ? `已于 ${record.repairedAt} 提前移出名单，不再公示。` : `已于 ${record.repairedAt} 完成信用修复，不再公示。`;
  } else if (personalBar) {
    status = '不公示';
    statusReason = `${personalBar.label}。`;
  } else if (excluded) {
    status = '不公示';
    statusReason = `适用简易程序或违法行为轻微且主动消除危害后果的处罚，不纳入公共信用信息，不公示${citation(SHANDONG_DISPLAY_RULES.dataListExclusion.source)}。`;
  } else if (window === null) {
    status = '不公示';
    statusReason =
      endBasis === 'conduct_end_cap'
        ? `失信行为终止已满 ${cap.years} 年，不再披露${citation(cap.source)}。`
        : `按${regime.label}，${record.infoClass}失信信息原则上不公示。`;
  } else if (compareDates(on, window.start) < 0) {
    status = '不公示';
    statusReason = `决定日期 ${window.start} 之前不公示。`;
  } else if (compareDates(on, window.end) > 0) {
    status = '公示期满';
    statusReason = list
      ? `列入期限已于 ${window.end} 届满，移出名单。`
      : exceptionAtMaximum && endBasis !== 'sector_rules'
        ? `最长公示期已于 ${window.end} 届满。失信行为尚未纠正或义务没有履行完的，是否继续公示按行业主管部门的规定执行${citation(regime.atMaximum.source)}。`
        : `公示期已于 ${window.end} 届满，自动停止公示。`;
  } else if (record.objectionOpen) {
    status = '异议处理中';
    statusReason = '异议正在处理，公示时标注“异议处理中”。';
  } else {
    status = '公示中';
    statusReason =
      endBasis === 'sector_rules'
        ? `最长公示期已满，但失信行为尚未纠正或义务没有履行完，按行业主管部门的规定公示至 ${window.end}${citation(regime.atMaximum.source)}。`
        : list
          ? `列入${list.name}，至 ${window.end}。`
          : `公示至 ${window.end}。`;
  }
  const displayed = status === '公示中' || status === '异议处理中';

  return {
    regime: regimeUsed,
    periods,
    window,
    publishable,
    displayStart: publishable && window ? window.start : null,
    displayEnd: publishable && window ? window.end : null,
    maximumEnd,
    endBasis: window ? endBasis : endBasis === 'conduct_end_cap' ? endBasis : 'none',
    displayed,
    disputed: displayed && record.objectionOpen === true,
    status,
    statusReason,
    ...earliestRepair(record, regime, periods, { list, excluded, fullPeriod, maximumEnd, on }),
    ruleVersion: list ? list.version : regime.version,
    rules,
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

/** The facts a stored window is made from: everything but the facts that change after the decision (repair, objections). */
export type WindowFacts = Pick<
  CreditRecord,
  | 'kind'
  | 'infoClass'
  | 'decisionDate'
  | 'displayEnd'
  | 'sector'
  | 'penaltyTypes'
  | 'procedure'
  | 'minorAndRemedied'
  | 'specificSerious'
  | 'lawPeriod'
  | 'conductEndedOn'
  | 'dutyOutstanding'
  | 'listType'
>;

export interface StoredWindow {
  /** Last day in force, or null when the record is never displayed. */
  windowEnd: CivilDate | null;
  /** Stable id of the rule data that made it (regime or list, and the data's hash). */
  ruleVersion: string;
  regimeId: DisplayRegime['id'];
  endBasis: EndBasis;
}

/**
 * The window a row stores for public queries, recomputed from its stored facts. A stored window whose
 * ruleVersion differs from this one's was made under other rule data and must be rewritten.
 */
export function recomputeWindow(facts: WindowFacts): StoredWindow {
  const a = assessDisplay({ ...facts }, facts.decisionDate);
  return { windowEnd: a.window?.end ?? null, ruleVersion: a.ruleVersion, regimeId: a.regime.id, endBasis: a.endBasis };
}
