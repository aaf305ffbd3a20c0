import type { QuarterlyReport } from '@xinyong/api-client/browser';
import { describe, expect, it } from 'vitest';
import { quarterlyCsv } from './quarterly-csv';

const figures = {
  department: '济南市市场监督管理局',
  kind: 'penalty' as const,
  received: 7,
  onTime: 5,
  onTimePercent: 71.4,
  meetingStandard: 6,
  standardPercent: 75,
  rejected: 1,
  pastDisplayEnd: 1,
  behind: true,
  flags: ['按时上报 71.4%，低于 90%。', '符合数据标准 75%，低于 95%。'],
};
const report: QuarterlyReport = {
  quarter: '2026Q4',
  from: '2026-10-01',
  to: '2026-12-31',
  asOf: '2026-11-20',
  rows: [figures, { ...figures, department: '=HYPERLINK("x")', kind: 'licence', pastDisplayEnd: null, behind: false, flags: [] }],
  totals: [{ ...figures, department: '合计' }],
  thresholds: { onTimePercent: 90, standardPercent: 95, minimumRows: 5, source: '本系统办理规则' },
  timelinessSource: '作出决定之日起 7 个工作日内上网公示',
  timelinessWorkingDays: 7,
};

describe('the quarterly CSV', () => {
  const text = quarterlyCsv(report);
  const lines = text.slice(1).split('\r\n');

  it('starts with a UTF-8 BOM and Chinese headers, one line per department and kind, totals last', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(lines[0]).toBe(
      '季度,部门,类别,收到条数,7个工作日内上报条数,按时上报比例（%）,符合数据标准条数,符合数据标准比例（%）,导入拒收行数,超期仍公示条数,是否落后,提醒',
    );
    expect(lines[1]).toBe(
      '2026Q4,济南市市场监督管理局,行政处罚,7,5,71.4,6,75,1,1,是,按时上报 71.4%，低于 90%。 符合数据标准 75%，低于 95%。',
    );
    expect(lines[3]?.startsWith('2026Q4,合计,行政处罚,7,5,71.4')).toBe(true);
    expect(lines[4]).toBe('');
  });

  it('never lets a department name become a formula, and says 不适用 where a kind has no display period', () => {
    expect(lines[2]).toBe(`2026Q4,"'=HYPERLINK(""x"")",行政许可,7,5,71.4,6,75,1,不适用,否,`);
  });
});
