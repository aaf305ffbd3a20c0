import { type Static, Type } from 'typebox';

// 双公示 monitoring, the quarterly evaluation and imports from the console (issue 17, credit office).

const Month = Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$', description: '月份，YYYY-MM' });
const Kind = Type.Enum(['licence', 'penalty'], { description: 'licence 行政许可；penalty 行政处罚' });
const Percent = Type.Union([Type.Number(), Type.Null()], { description: '百分数，保留一位小数；没有数据时为 null' });

export const MonitoringQuery = Type.Object({ to: Type.Optional(Month) }, { additionalProperties: false });
export const QuarterlyQuery = Type.Object(
  { quarter: Type.String({ pattern: '^\\d{4}Q[1-4]$', description: '季度，如 2026Q4' }) },
  { additionalProperties: false },
);

export const ImportRejection = Type.Object({
  file: Type.String(),
  line: Type.Integer(),
  field: Type.String(),
  reason: Type.String(),
});

/** One department's figures for one kind over a period (a month or a quarter). */
export const PublicityFigures = Type.Object({
  department: Type.String(),
  kind: Kind,
  received: Type.Integer({ description: '收到并入库的条数' }),
  onTime: Type.Integer({ description: '作出决定之日起 7 个工作日内收到的条数' }),
  onTimePercent: Percent,
  meetingStandard: Type.Integer({ description: '符合数据标准（无标准字段提示）的条数' }),
  standardPercent: Percent,
  rejected: Type.Integer({ description: '导入时被拒收的行数' }),
  pastDisplayEnd: Type.Union([Type.Integer(), Type.Null()], { description: '已过公示期仍在公示的条数（应为 0）；许可没有公示期，为 null' }),
  behind: Type.Boolean({ description: '是否落后（按信用办的提醒标准）' }),
  flags: Type.Array(Type.String()),
});
export type PublicityFigures = Static<typeof PublicityFigures>;

export const MonitoringThresholds = Type.Object({
  onTimePercent: Type.Integer(),
  standardPercent: Type.Integer(),
  minimumRows: Type.Integer(),
  source: Type.String({ description: '依据；不是法定标准时写明' }),
});

export const MonitoringMonth = Type.Object({
  month: Month,
  rows: Type.Array(PublicityFigures),
  rejections: Type.Array(Type.Object({ department: Type.String(), kind: Kind, ...ImportRejection.properties })),
});

export const TrendPoint = Type.Object({
  month: Month,
  kind: Kind,
  received: Type.Integer(),
  onTimePercent: Percent,
  standardPercent: Percent,
  rejected: Type.Integer(),
});

export const Monitoring = Type.Object({
  asOf: Type.String(),
  months: Type.Array(MonitoringMonth, { description: '最近 12 个月，最新的在前' }),
  trend: Type.Array(TrendPoint, { description: '12 个月的全省合计，按月份先后' }),
  thresholds: MonitoringThresholds,
  timelinessSource: Type.String({ description: '上报时限的依据' }),
  timelinessWorkingDays: Type.Integer({ description: '上报时限：作出决定之日起多少个工作日（规则 double_publicity_upload）' }),
});
export type Monitoring = Static<typeof Monitoring>;

export const QuarterlyReport = Type.Object({
  quarter: Type.String(),
  from: Type.String(),
  to: Type.String(),
  asOf: Type.String(),
  rows: Type.Array(PublicityFigures),
  totals: Type.Array(PublicityFigures, { description: '每类一行，department 为“合计”' }),
  thresholds: MonitoringThresholds,
  timelinessSource: Type.String(),
  timelinessWorkingDays: Type.Integer(),
});
export type QuarterlyReport = Static<typeof QuarterlyReport>;

/** Largest CSV accepted from the console: bigger files go through the command-line importer. */
export const IMPORT_UPLOAD_MAX_BYTES = 2 * 1024 * 1024;

export const ImportUpload = Type.Object(
  {
    fileName: Type.String({ minLength: 1, maxLength: 200 }),
    contentBase64: Type.String({ minLength: 1, maxLength: Math.ceil(IMPORT_UPLOAD_MAX_BYTES / 3) * 4 }),
  },
  { additionalProperties: false },
);

export const ImportResult = Type.Object({
  file: Type.String(),
  kind: Kind,
  kindLabel: Type.String(),
  committed: Type.Boolean({ description: 'false：预览，什么也没写入' }),
  repeated: Type.Boolean({ description: '同一文件以前已导入过：拒收行不重复计数' }),
  rowsRead: Type.Integer(),
  imported: Type.Integer({ description: '预览时为将导入的行数' }),
  unchanged: Type.Integer({ description: '库中已有（文书号和机关相同）的行数' }),
  rejected: Type.Integer(),
  problems: Type.Array(Type.Object({ line: Type.Integer(), field: Type.String(), reason: Type.String() })),
  warnings: Type.Array(Type.Object({ line: Type.Integer(), field: Type.String(), reason: Type.String() })),
});
export type ImportResult = Static<typeof ImportResult>;
