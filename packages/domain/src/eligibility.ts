import {
  CRITERION_KINDS,
  type Criterion,
  type CriterionKind,
  type InformationClass,
  type SubjectType,
  TAX_CREDIT_GRADES,
  type TaxCreditGrade,
} from './benefit-criteria';
import { addYears, type CivilDate, compareDates, isCivilDate } from './dates';
import { type CreditRecord, countsAgainstSubjectOn, RECORD_KIND_LABELS } from './display-rules';
import { SUBJECT_TYPE_LABELS } from './entity-types';
import { BENEFIT_LIMIT_SOURCE, CRITERION_SOURCE_DATA } from './generated/rules';
import { resolveShandongCity, SHANDONG_CITIES } from './regions';
import type { LegalSource } from './rules';

/** Why each kind of criterion may be asked of a subject (content/rules/benefit-criteria.yaml). */
export const CRITERION_SOURCES: Readonly<Record<CriterionKind, LegalSource>> = CRITERION_SOURCE_DATA;
/** Benefits add advantages only; none may limit a basic public service. */
export const BENEFIT_LIMIT = BENEFIT_LIMIT_SOURCE;

/**
 * 信易+ eligibility: which advantages a subject's good credit earns.
 *
 * Incentives only. The engine answers one question — does this subject qualify for an extra advantage —
 * and its vocabulary is closed: the criterion kinds are CRITERION_KINDS, an unknown kind throws, and the
 * only outcomes are 'yes' | 'no' | 'unknown' for "qualifies for the benefit". Nothing here can express
 * refusing, delaying or conditioning a basic public service (鲁信用办〔2021〕3号 第八部分; 国办发〔2020〕49号);
 * eligibility.test.ts pins this down.
 *
 * Unknown facts give 'unknown', never 'fail': a subject is never told no because we lack data.
 */

/** Facts about a subject; null or absent means not known. */
export interface SubjectFacts {
  subjectType?: SubjectType | null;
  /** City code ('3701') or a six-digit region code; names are accepted too. */
  cityCode?: string | null;
  establishedOn?: CivilDate | null;
  taxCreditGrade?: TaxCreditGrade | null;
  commitmentSigned?: boolean | null;
  /** The subject's negative records; null when they could not be read. An empty list means none. */
  records?: readonly CreditRecord[] | null;
}

export type CriterionResult = 'pass' | 'fail' | 'unknown';

export interface CriterionOutcome {
  kind: CriterionKind;
  /** The catalogue's own sentence for the criterion. */
  text: string;
  result: CriterionResult;
  /** One Chinese sentence saying why. */
  reason: string;
  /** Why this kind of criterion may be asked at all. */
  source: LegalSource;
}

export interface EligibilityOutcome {
  /** 'yes' when every criterion passes, 'no' when any fails, else 'unknown'. */
  eligible: 'yes' | 'no' | 'unknown';
  onDate: CivilDate;
  criteria: CriterionOutcome[];
}

type Verdict = { result: CriterionResult; reason: string };
const pass = (reason: string): Verdict => ({ result: 'pass', reason });
const fail = (reason: string): Verdict => ({ result: 'fail', reason });
const unknown = (reason: string): Verdict => ({ result: 'unknown', reason });

/** Tax credit grades from best to worst (纳税信用管理办法; M for new enterprises, 国家税务总局公告2018年第8号). */
const gradeRank = (g: TaxCreditGrade) => TAX_CREDIT_GRADES.indexOf(g);

function activeRecords(facts: SubjectFacts, onDate: CivilDate, keep: (r: CreditRecord) => boolean): CreditRecord[] | null {
  if (facts.records == null) return null;
  return facts.records.filter((r) => keep(r) && countsAgainstSubjectOn(r, onDate));
}

const cityName = (code: string) => SHANDONG_CITIES.find((c) => c.code === code)?.name ?? code;

const WHOLE_PROVINCE = new Set(['全省', '山东省', '37', '370000']);
/** '*' for the whole province, a four-digit city code, or null when the entry cannot be read. */
const resolveCriterionCity = (x: string): string | null => (WHOLE_PROVINCE.has(x.trim()) ? '*' : resolveShandongCity(x));

/** One small rule per criterion kind; the record type makes the map exhaustive. */
const RULES: { [K in CriterionKind]: (c: Extract<Criterion, { kind: K }>, f: SubjectFacts, on: CivilDate) => Verdict } = {
  no_serious_dishonesty(_c, facts, on) {
    const active = activeRecords(facts, on, (r) => r.kind === 'serious_dishonesty');
    if (active === null) return unknown('暂时无法查到严重失信主体名单信息。');
    const [first] = active;
    if (first) return fail(`存在 ${first.decisionDate} 列入、仍在有效期内的${RECORD_KIND_LABELS.serious_dishonesty}信息。`);
    return pass('没有在有效期内的严重失信主体名单信息。');
  },
  no_penalty_in_display(c, facts, on) {
    const classes = new Set<InformationClass>(c.classes);
    const active = activeRecords(facts, on, (r) => r.kind === 'penalty' && classes.has(r.infoClass));
    const named = c.classes.join('、');
    if (active === null) return unknown('暂时无法查到行政处罚信息。');
    const [first] = active;
    if (first) return fail(`有一条 ${first.decisionDate} 作出的${first.infoClass}行政处罚仍在公示期内。`);
    return pass(`没有公示期内的${named}行政处罚。`);
  },
  tax_credit_grade(c, facts) {
    const grade = facts.taxCreditGrade;
    if (grade == null) return unknown('暂时无法查到纳税信用等级。');
    if (gradeRank(grade) <= gradeRank(c.min)) return pass(`纳税信用等级为 ${grade} 级，达到 ${c.min} 级的要求。`);
    return fail(`纳税信用等级为 ${grade} 级，未达到 ${c.min} 级的要求。`);
  },
  credit_commitment_signed(_c, facts) {
    if (facts.commitmentSigned == null) return unknown('暂时无法确认是否签署信用承诺。');
    return facts.commitmentSigned ? pass('已签署信用承诺。') : fail('尚未签署信用承诺，签署后即可满足这项条件。');
  },
  years_in_operation(c, facts, on) {
    const est = facts.establishedOn;
    if (est == null || !isCivilDate(est)) return unknown('暂时无法查到成立日期。');
    const reached = addYears(est, c.min);
    if (compareDates(reached, on) <= 0) return pass(`${est} 成立，已满 ${c.min} 年。`);
    return fail(`${est} 成立，到 ${reached} 才满 ${c.min} 年。`);
  },
  region(c, facts) {
    if (facts.cityCode == null) return unknown('暂时无法确定所在城市。');
    const city = resolveShandongCity(facts.cityCode);
    if (city === null) return fail('所在地不在山东省内的适用城市。');
    const wanted = c.cities.map(resolveCriterionCity);
    if (wanted.includes('*') || wanted.includes(city)) return pass(`所在城市为${cityName(city)}，在适用范围内。`);
    // A catalogue entry whose cities we cannot read must not turn into a refusal.
    if (wanted.every((w) => w === null)) return unknown('这项优惠的适用城市无法识别，请咨询提供单位。');
    return fail(`所在城市为${cityName(city)}，不在适用范围内。`);
  },
  subject_type(c, facts) {
    const t = facts.subjectType;
    if (t == null) return unknown('暂时无法确定主体类型。');
    const label = SUBJECT_TYPE_LABELS[t];
    if (c.types.includes(t)) return pass(`主体类型为${label}，符合要求。`);
    return fail(`主体类型为${label}，这项优惠面向${c.types.map((x) => SUBJECT_TYPE_LABELS[x]).join('、')}。`);
  },
};

function evaluateOne(criterion: Criterion, facts: SubjectFacts, onDate: CivilDate): CriterionOutcome {
  if (!(CRITERION_KINDS as readonly string[]).includes(criterion.kind)) {
    throw new TypeError(`未知的信易+条件类型：${JSON.stringify((criterion as { kind: unknown }).kind)}`);
  }
  const rule = RULES[criterion.kind] as (c: Criterion, f: SubjectFacts, on: CivilDate) => Verdict;
  const verdict = rule(criterion, facts, onDate);
  return { kind: criterion.kind, text: criterion.text, ...verdict, source: CRITERION_SOURCES[criterion.kind] };
}

export function evaluateBenefit(criteria: readonly Criterion[], facts: SubjectFacts, onDate: CivilDate): EligibilityOutcome {
  if (!isCivilDate(onDate)) throw new RangeError(`日期无效：${JSON.stringify(onDate)}`);
  const outcomes = criteria.map((c) => evaluateOne(c, facts, onDate));
  const eligible = outcomes.some((o) => o.result === 'fail') ? 'no' : outcomes.some((o) => o.result === 'unknown') ? 'unknown' : 'yes';
  return { eligible, onDate, criteria: outcomes };
}

/**
 * Problems in a catalogue's criteria that the engine would otherwise meet at evaluation time, as Chinese
 * sentences; an empty list means the criteria are usable. Run it when content is imported.
 */
export function checkCriteria(criteria: readonly Criterion[]): string[] {
  const problems: string[] = [];
  criteria.forEach((c, i) => {
    const where = `第 ${i + 1} 项条件`;
    if (!(CRITERION_KINDS as readonly string[]).includes(c.kind)) {
      problems.push(`${where}的类型“${String((c as { kind: unknown }).kind)}”不在信易+条件目录中。`);
      return;
    }
    if (c.kind === 'region') {
      for (const city of c.cities) if (resolveCriterionCity(city) === null) problems.push(`${where}的城市“${city}”无法识别。`);
    }
    if (c.kind === 'years_in_operation' && (!Number.isInteger(c.min) || c.min < 0)) problems.push(`${where}的年限应为非负整数。`);
    if (c.kind === 'no_penalty_in_display' && c.classes.length === 0) problems.push(`${where}没有列出处罚类别。`);
  });
  return problems;
}
