import type { SubjectType } from './benefit-criteria';
import { addDays, addMonths, type CivilDate, compareDates, isCivilDate } from './dates';
import { NON_DISPLAY_RULES } from './display-parameters';
import { assessDisplay, type CreditRecord, countsAgainstSubjectOn, RECORD_KIND_LABELS } from './display-rules';
import type { LegalSource } from './rules';

/**
 * 信用代证: what a special public credit report (专项信用报告) of a market entity contains. The report
 * replaces the separate "有无违法违规记录证明" of many departments (发改财金〔2025〕565号; in Shandong
 * 鲁政办字〔2023〕190号). It follows the display and repair rules: it lists what the public may see on
 * the report's data date, nothing more.
 */

export const CREDIT_REPORT_SOURCES = {
  ndrc565: {
    reference: '《国家发展改革委 公安部 国家数据局关于全面推行以专项信用报告替代有无违法违规记录证明的通知》（发改财金〔2025〕565号）',
    status: 'law',
    note: '专项信用报告应至少涵盖行政处罚（含简易程序作出的行政处罚）、行政强制、严重失信主体名单和刑事裁判（犯罪记录）等信息；免费下载。',
  },
  shandong190: {
    reference:
      '《山东省人民政府办公厅关于印发关于推行经营主体以公共信用报告代替无违法违规记录证明的实施方案的通知》（鲁政办字〔2023〕190号，2023年11月19日）',
    status: 'law',
    note: '以经营主体公共信用报告（无违法违规记录证明版）代替52个领域无违法违规记录证明；违法违规记录指出证机关给予行政处罚、列入严重失信主体名单等记录。',
  },
  order36Repair: {
    reference: '国家发展改革委令第36号《信用修复管理办法》第三条',
    status: 'law',
    note: '信用修复后停止公示、停止共享和使用，相关惩戒措施解除。',
  },
  procurementLaw: {
    reference: '《中华人民共和国政府采购法》第二十二条第一款第（五）项',
    status: 'law',
    note: '供应商应当在参加政府采购活动前三年内，在经营活动中没有重大违法记录；招标投标等场合最常要求的证明期间即为三年。',
  },
} as const satisfies Record<string, LegalSource>;

/**
 * The report period. The default follows the three years procurement asks for; the maximum is the longest
 * public display any record class has (严重: 3 years under 527号, Order 58 and Order 36), because the report
 * lists only records in display on its data date, so a longer period could never show one more record.
 * credit-report.test.ts checks the maximum against the display rule, so the two cannot drift apart.
 */
export const REPORT_PERIOD = {
  defaultMonths: 36,
  defaultSource: {
    reference: CREDIT_REPORT_SOURCES.procurementLaw.reference,
    status: 'local_practice',
    note: '默认“近三年”是本产品的决定：政府采购法要求供应商前三年内无重大违法记录，各地信用代证报告默认期间亦多为三年。',
  } satisfies LegalSource,
  maximumMonths: 36,
  maximumSource: {
    reference: '国家发展改革委令第36号《信用修复管理办法》；发改办财金〔2019〕527号（严重失信信息最长公示三年）',
    status: 'law',
    note: '报告只列出数据截止日仍在公示期内的记录，任何记录的公示期都不超过三年，因此报告期最长三年。',
  } satisfies LegalSource,
} as const;

/**
 * How records whose public display ended (公示期满) inside the period are handled: they are not listed.
 * A decision of this product, marked as such: the report is public credit information, and information
 * whose display period has ended is no longer published (display ends by itself at the maximum, Order 36);
 * the report says so in its scope notes, so a receiver knows what 「无违法违规记录」 means.
 */
export const ENDED_DISPLAY_RULE: LegalSource = {
  reference: '本产品决定（依据国家发展改革委令第36号：公示期满自动停止公示）',
  status: 'unverified',
  note: '公示期满、不再公示的记录不列入报告；565号及鲁政办字〔2023〕190号未见对此的明文规定。',
};

/** 565号's four categories; `covered` says whether this platform's data holds them. */
export const REPORT_CATEGORIES = ['penalty', 'administrative_enforcement', 'serious_dishonesty', 'criminal_judgment'] as const;
export type ReportCategory = (typeof REPORT_CATEGORIES)[number];
export const REPORT_CATEGORY_LABELS: Readonly<Record<ReportCategory, string>> = {
  penalty: '行政处罚（含简易程序作出的行政处罚）',
  administrative_enforcement: '行政强制',
  serious_dishonesty: '严重失信主体名单',
  criminal_judgment: '刑事裁判（犯罪记录）',
};

/** Record kinds a report can list (the categories this platform holds). */
export type ReportRecordKind = Extract<CreditRecord['kind'], 'penalty' | 'serious_dishonesty'>;

/** A report domain (领域) as the content file describes it. */
export interface ReportDomain {
  id: string;
  name: string;
  /** Departments whose records belong here, for the reader. */
  departments: readonly string[];
  /**
   * Parts of authority names that place a record here ("市场监督管理"). When several domains match, the
   * longest matching part wins, so 住房公积金管理中心 does not fall under 住房和城乡建设.
   */
  authorityPatterns: readonly string[];
  /** The record kinds this domain's data holds. */
  recordKinds: readonly ReportRecordKind[];
}

/** A record as the report rule receives it: the display-rule fields plus what the report prints. */
export interface ReportSourceRecord extends CreditRecord {
  kind: ReportRecordKind;
  decisionNo: string;
  authority: string;
  /** Violation type of a penalty, or the list's name for a list entry. */
  title: string;
  /** The decision was revoked (reconsideration, litigation): it never counts. */
  revokedAt?: CivilDate | null;
  /** Moved off a list by the authority. */
  removedAt?: CivilDate | null;
}

export interface ReportSubject {
  name: string;
  code: string;
  subjectType: SubjectType;
  /** Invented demo entity: the document says 示例. */
  example: boolean;
}

export interface CreditReportRequest {
  subject: ReportSubject;
  records: readonly ReportSourceRecord[];
  domains: readonly ReportDomain[];
  /** Chosen domain ids; absent or empty means every domain (and records no domain claims, as 其他). */
  domainIds?: readonly string[];
  /** Absent: the default period ending on the data date. */
  period?: { from: CivilDate; to: CivilDate };
  /** The data date: the report states the records' display status on this day. */
  asOf: CivilDate;
  /** A configured source of criminal judgments; absent, the report says it does not cover them. */
  criminalRecordSource?: string | null;
}

export interface ReportRecordLine {
  kind: ReportRecordKind;
  kindLabel: string;
  title: string;
  decisionNo: string;
  authority: string;
  decisionDate: CivilDate;
  infoClass: CreditRecord['infoClass'];
  status: '公示中' | '异议处理中';
  /** Last day of public display. */
  displayEnd: CivilDate;
}

export interface ReportDomainSection {
  id: string;
  name: string;
  departments: readonly string[];
  records: ReportRecordLine[];
  /** 「报告期内无违法违规记录」 or how many records the period holds. */
  conclusion: string;
}

export interface ReportNote {
  title: string;
  text: string;
  source: LegalSource;
}

export interface CreditReport {
  subject: ReportSubject;
  period: { from: CivilDate; to: CivilDate };
  asOf: CivilDate;
  sections: ReportDomainSection[];
  totalRecords: number;
  /** 565号 categories, each covered or not by this report. */
  coverage: { category: ReportCategory; label: string; covered: boolean; text: string }[];
  /** What the report leaves out and why (repaired, ended display, outside Shandong). */
  scopeNotes: ReportNote[];
  legalBasis: LegalSource[];
}

export type ReportRefusalCode =
  | 'REPORT_NATURAL_PERSON'
  | 'REPORT_PERIOD_INVALID'
  | 'REPORT_PERIOD_TOO_LONG'
  | 'REPORT_PERIOD_IN_FUTURE'
  | 'REPORT_DOMAIN_UNKNOWN';

export interface ReportRefusal {
  code: ReportRefusalCode;
  /** Chinese, says what to do. */
  message: string;
  source?: LegalSource;
}

export type CreditReportResult = { ok: true; report: CreditReport } | { ok: false; refusal: ReportRefusal };

export const NO_RECORD_CONCLUSION = '报告期内无违法违规记录';
export const OTHER_DOMAIN = { id: 'other', name: '其他领域' } as const;

/** Natural persons get no public report: personal credit information is in principle not published. */
export const NATURAL_PERSON_RULE = {
  label: '自然人不提供公开的专项信用报告',
  source: NON_DISPLAY_RULES.natural_person.source,
} as const;

/** The default period: the last `defaultMonths` months up to and including the data date. */
export function defaultReportPeriod(asOf: CivilDate): { from: CivilDate; to: CivilDate } {
  return { from: addDays(addMonths(asOf, -REPORT_PERIOD.defaultMonths), 1), to: asOf };
}

/** The earliest start a period may have on a data date. */
export const earliestReportStart = (asOf: CivilDate): CivilDate => addDays(addMonths(asOf, -REPORT_PERIOD.maximumMonths), 1);

/** The domain an authority's record belongs to: the longest matching pattern wins; null when none matches. */
export function domainForAuthority(authority: string, domains: readonly ReportDomain[]): ReportDomain | null {
  let best: { domain: ReportDomain; length: number } | null = null;
  for (const domain of domains) {
    for (const pattern of domain.authorityPatterns) {
      if (authority.includes(pattern) && (!best || pattern.length > best.length)) best = { domain, length: pattern.length };
    }
  }
  return best?.domain ?? null;
}

/**
 * Whether a record appears in a report: decided inside the period, not revoked or taken off its list by
 * the data date, and counting against the subject on that date (in display, not repaired). Repaired
 * records leave the report (Order 36 art. 3); records whose display ended do not appear (ENDED_DISPLAY_RULE).
 */
export function recordInReport(record: ReportSourceRecord, period: { from: CivilDate; to: CivilDate }, asOf: CivilDate): boolean {
  if (compareDates(record.decisionDate, period.from) < 0 || compareDates(record.decisionDate, period.to) > 0) return false;
  if (record.revokedAt && compareDates(record.revokedAt, asOf) <= 0) return false;
  if (record.removedAt && compareDates(record.removedAt, asOf) <= 0) return false;
  if (record.subjectIsMinor || record.subjectIsNaturalPerson) return false;
  return countsAgainstSubjectOn(record, asOf);
}

function checkPeriod(period: { from: CivilDate; to: CivilDate }, asOf: CivilDate): ReportRefusal | null {
  if (!isCivilDate(period.from) || !isCivilDate(period.to) || compareDates(period.from, period.to) > 0)
    return { code: 'REPORT_PERIOD_INVALID', message: '报告期的起止日期无效：请按“年-月-日”填写，开始日期不能晚于结束日期。' };
  if (compareDates(period.to, asOf) > 0)
    return { code: 'REPORT_PERIOD_IN_FUTURE', message: `报告期不能晚于数据截止日 ${asOf}，请把结束日期改为 ${asOf} 或更早。` };
  const earliest = earliestReportStart(asOf);
  if (compareDates(period.from, earliest) < 0)
    return {
      code: 'REPORT_PERIOD_TOO_LONG',
      message: `报告期最长三年，开始日期不能早于 ${earliest}。更早的记录都已过公示期，不会出现在报告中。`,
      source: REPORT_PERIOD.maximumSource,
    };
  return null;
}

function lineOf(record: ReportSourceRecord, asOf: CivilDate): ReportRecordLine {
  const a = assessDisplay(record, asOf);
  return {
    kind: record.kind,
    kindLabel: RECORD_KIND_LABELS[record.kind],
    title: record.title,
    decisionNo: record.decisionNo,
    authority: record.authority,
    decisionDate: record.decisionDate,
    infoClass: record.infoClass,
    status: a.status === '异议处理中' ? '异议处理中' : '公示中',
    displayEnd: a.window?.end ?? asOf,
  };
}

const conclusionOf = (count: number) => (count === 0 ? NO_RECORD_CONCLUSION : `报告期内有 ${count} 条违法违规记录`);

function coverageOf(criminalRecordSource: string | null | undefined): CreditReport['coverage'] {
  const covered: Record<ReportCategory, [boolean, string]> = {
    penalty: [true, '已涵盖：山东省公共信用信息平台归集的行政处罚信息（轻微失信信息原则上不公示，不公示的不列入）。'],
    administrative_enforcement: [false, '未涵盖：平台尚未归集行政强制信息。需要时请向作出行政强制的部门咨询。'],
    serious_dishonesty: [true, '已涵盖：各部门依法认定的严重失信主体名单。'],
    criminal_judgment: criminalRecordSource
      ? [true, `已涵盖：${criminalRecordSource}。`]
      : [false, '未涵盖：尚未接入刑事裁判（犯罪记录）数据。需要无犯罪记录证明的，请向公安机关申请。'],
  };
  return REPORT_CATEGORIES.map((category) => ({
    category,
    label: REPORT_CATEGORY_LABELS[category],
    covered: covered[category][0],
    text: covered[category][1],
  }));
}

const SCOPE_NOTES: ReportNote[] = [
  {
    title: '已修复的记录不列入',
    text: '完成信用修复的记录停止公示、停止共享和使用，不出现在本报告中。',
    source: CREDIT_REPORT_SOURCES.order36Repair,
  },
  {
    title: '公示期满的记录不列入',
    text: '报告只列出数据截止日仍在公示期内的记录；公示期已满、自动停止公示的记录不再列出。',
    source: ENDED_DISPLAY_RULE,
  },
  {
    title: '只含山东省的记录',
    text: '报告依据山东省公共信用信息平台归集的山东省各级行政机关、法律法规授权组织和有关中央垂直管理单位的记录，不含其他省份作出的记录。',
    source: CREDIT_REPORT_SOURCES.shandong190,
  },
];

/** Builds the report, or refuses with a reason a person can act on. */
export function buildCreditReport(request: CreditReportRequest): CreditReportResult {
  const { subject, asOf } = request;
  if (!isCivilDate(asOf)) throw new RangeError(`数据截止日无效：${JSON.stringify(asOf)}`);
  if (subject.subjectType === 'natural_person')
    return {
      ok: false,
      refusal: {
        code: 'REPORT_NATURAL_PERSON',
        message: '专项信用报告只为企业、个体工商户、农民专业合作社和其他组织提供。个人的信用记录请在“我的信用”中查看或导出。',
        source: NATURAL_PERSON_RULE.source,
      },
    };
  const period = request.period ?? defaultReportPeriod(asOf);
  const periodProblem = checkPeriod(period, asOf);
  if (periodProblem) return { ok: false, refusal: periodProblem };

  const chosenIds = request.domainIds?.length ? request.domainIds : null;
  const unknown = chosenIds?.find((id) => !request.domains.some((d) => d.id === id));
  if (unknown) return { ok: false, refusal: { code: 'REPORT_DOMAIN_UNKNOWN', message: `没有“${unknown}”这个领域，请从领域列表中选择。` } };
  const chosen = chosenIds ? request.domains.filter((d) => chosenIds.includes(d.id)) : request.domains;

  const byDomain = new Map<string, ReportRecordLine[]>();
  for (const record of request.records) {
    if (!recordInReport(record, period, asOf)) continue;
    const domainId = domainForAuthority(record.authority, request.domains)?.id ?? OTHER_DOMAIN.id;
    const lines = byDomain.get(domainId) ?? [];
    lines.push(lineOf(record, asOf));
    byDomain.set(domainId, lines);
  }
  const newestFirst = (a: ReportRecordLine, b: ReportRecordLine) =>
    compareDates(b.decisionDate, a.decisionDate) || a.decisionNo.localeCompare(b.decisionNo);

  const sections: ReportDomainSection[] = chosen.map((d) => {
    const records = (byDomain.get(d.id) ?? []).sort(newestFirst);
    return { id: d.id, name: d.name, departments: d.departments, records, conclusion: conclusionOf(records.length) };
  });
  // Records of an authority no domain names are never dropped silently when every domain was asked for.
  const other = byDomain.get(OTHER_DOMAIN.id);
  if (!chosenIds && other?.length)
    sections.push({ ...OTHER_DOMAIN, departments: [], records: other.sort(newestFirst), conclusion: conclusionOf(other.length) });

  return {
    ok: true,
    report: {
      subject,
      period,
      asOf,
      sections,
      totalRecords: sections.reduce((n, s) => n + s.records.length, 0),
      coverage: coverageOf(request.criminalRecordSource),
      scopeNotes: SCOPE_NOTES,
      legalBasis: [CREDIT_REPORT_SOURCES.ndrc565, CREDIT_REPORT_SOURCES.shandong190, CREDIT_REPORT_SOURCES.order36Repair],
    },
  };
}
