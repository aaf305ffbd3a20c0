import { addWorkingDaysDetailed, type CalendarOptions } from './calendar';
import type { CivilDate } from './dates';
import { type DatedRule, type LegalSource, versionOn } from './rules';

/**
 * Time limits counted in working days, after the calendar in calendar.ts. Several values are another
 * locality's published practice used as a model, because Shandong's own limits were not found in a primary
 * text (DOMAIN.md): their source says so ('local_practice'), and a deployment replaces them by adding a
 * dated version, never by editing the old one.
 */
export const DEADLINE_KINDS = [
  'objection_acceptance',
  'objection_platform_check',
  'objection_verification',
  'repair_decision',
  'repair_result_sharing',
  'double_publicity_upload',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** The product adopted these local models together with the seed policy (鲁信用办〔2021〕3号, 2021-05-10). */
const ADOPTED = '2021-05-10';
const ADOPTION_NOTE = '生效日期为本系统采用该做法的日期（山东省文件鲁信用办〔2021〕3号发布日），不是法定日期。';

const guangzhou = (what: string): LegalSource => ({
  reference: `广州市公共信用信息异议处理做法：${what}`,
  status: 'local_practice',
  note: `山东省自己的时限未核实。${ADOPTION_NOTE}`,
});

export const DEADLINE_RULES: Readonly<Record<DeadlineKind, DatedRule<number>>> = {
  objection_acceptance: {
    id: 'objection_acceptance',
    label: '异议申请受理',
    versions: [{ from: ADOPTED, value: 2, source: guangzhou('2个工作日内决定是否受理') }],
  },
  objection_platform_check: {
    id: 'objection_platform_check',
    label: '信用平台自查异议',
    versions: [{ from: ADOPTED, value: 2, source: guangzhou('平台2个工作日内核查自身差错') }],
  },
  objection_verification: {
    id: 'objection_verification',
    label: '数据提供部门核实异议',
    versions: [{ from: ADOPTED, value: 10, source: guangzhou('数据提供部门10个工作日内核实') }],
  },
  repair_decision: {
    id: 'repair_decision',
    label: '信用修复决定',
    versions: [
      {
        from: ADOPTED,
        value: 10,
        source: {
          reference: '清远市、江西省信用修复办事指南：材料齐全后约10个工作日办结',
          status: 'local_practice',
          note: `国家发展改革委令第36号自己的天数未核实。${ADOPTION_NOTE}`,
        },
      },
    ],
  },
  repair_result_sharing: {
    id: 'repair_result_sharing',
    label: '修复结果共享给认定部门',
    versions: [
      {
        from: ADOPTED,
        value: 3,
        source: { reference: '清远市信用修复办事指南：3个工作日内共享修复结果', status: 'local_practice', note: ADOPTION_NOTE },
      },
    ],
  },
  double_publicity_upload: {
    id: 'double_publicity_upload',
    label: '“双公示”信息上网公示',
    versions: [
      {
        from: null,
        value: 7,
        source: {
          reference: '2017年国家发展改革委通知：作出决定之日起7个工作日内上网公示',
          status: 'law',
          note: '文号未在 DOMAIN.md 中记载。',
        },
      },
    ],
  },
};

export interface Deadline {
  kind: DeadlineKind;
  label: string;
  start: CivilDate;
  workingDays: number;
  /** The last day of the time limit. */
  due: CivilDate;
  source: LegalSource;
  /** True when the due date crosses a year without holiday data and was counted on weekdays only (show as 预计). */
  estimated: boolean;
  uncoveredYears: number[];
}

/**
 * The due date of a time limit that starts on `start` (the day an application is complete, or a decision
 * is made); the start day is not counted. The version in force on the start date applies. By default a
 * deadline that reaches a year without holiday data is counted on weekdays and flagged `estimated`, so a
 * screen never shows a firm date it cannot know; pass `outsideData: 'throw'` to refuse instead.
 */
export function computeDeadline(kind: DeadlineKind, start: CivilDate, options: CalendarOptions = {}): Deadline {
  const rule = DEADLINE_RULES[kind];
  if (!rule) throw new RangeError(`Unknown deadline kind: ${JSON.stringify(kind)}`);
  const version = versionOn(rule, start);
  const result = addWorkingDaysDetailed(start, version.value, { outsideData: options.outsideData ?? 'weekends-only' });
  return {
    kind,
    label: rule.label,
    start,
    workingDays: version.value,
    due: result.date,
    source: version.source,
    estimated: result.estimated,
    uncoveredYears: result.uncoveredYears,
  };
}
