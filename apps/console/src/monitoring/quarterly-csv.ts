import type { PublicityFigures, QuarterlyReport } from '@xinyong/api-client/browser';

export const KIND_LABEL = { licence: '行政许可', penalty: '行政处罚' } as const;

export const percentText = (p: number | null) => (p === null ? '—' : `${p}%`);

const headers = (workingDays: number) => [
  '季度',
  '部门',
  '类别',
  '收到条数',
  `${workingDays}个工作日内上报条数`,
  '按时上报比例（%）',
  '符合数据标准条数',
  '符合数据标准比例（%）',
  '导入拒收行数',
  '超期仍公示条数',
  '是否落后',
  '提醒',
];

/** A cell as Excel reads it: quoted when needed, and never taken for a formula (a department name comes from a file). */
function cell(value: string | number | null): string {
  let s = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function line(quarter: string, f: PublicityFigures): string {
  return [
    quarter,
    f.department,
    KIND_LABEL[f.kind],
    f.received,
    f.onTime,
    f.onTimePercent,
    f.meetingStandard,
    f.standardPercent,
    f.rejected,
    f.pastDisplayEnd === null ? '不适用' : f.pastDisplayEnd,
    f.behind ? '是' : '否',
    f.flags.join(' '),
  ]
    .map(cell)
    .join(',');
}

/** The quarterly evaluation as CSV: UTF-8 with a BOM (so Excel opens the Chinese headers), CRLF lines, totals last. */
export function quarterlyCsv(report: QuarterlyReport): string {
  const lines = [
    headers(report.timelinessWorkingDays).join(','),
    ...report.rows.map((f) => line(report.quarter, f)),
    ...report.totals.map((f) => line(report.quarter, f)),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export const quarterlyFileName = (quarter: string) => `双公示季度评价-${quarter}.csv`;
