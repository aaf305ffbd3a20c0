import type { Monitoring as MonitoringAnswer, PublicityFigures } from '@xinyong/api-client/browser';
import { Alert, Select, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { api, errorMessage } from '../api';
import { writtenDate } from '../dates';
import { KIND_LABEL, percentText } from './quarterly-csv';

type Rejection = MonitoringAnswer['months'][number]['rejections'][number];
type Point = MonitoringAnswer['trend'][number];

const monthText = (m: string) => `${Number(m.slice(0, 4))}年${Number(m.slice(5))}月`;

/** The table's columns; the time limit in the heading comes from the rule, through the answer. */
export const figureColumns = (workingDays: number) => [
  { title: '部门', dataIndex: 'department' },
  { title: '类别', dataIndex: 'kind', width: 96, render: (k: PublicityFigures['kind']) => KIND_LABEL[k] },
  { title: '收到', dataIndex: 'received', width: 72 },
  {
    title: `${workingDays} 个工作日内上报`,
    key: 'onTime',
    render: (_: unknown, f: PublicityFigures) => `${f.onTime}（${percentText(f.onTimePercent)}）`,
  },
  {
    title: '符合数据标准',
    key: 'standard',
    render: (_: unknown, f: PublicityFigures) => `${f.meetingStandard}（${percentText(f.standardPercent)}）`,
  },
  { title: '拒收行', dataIndex: 'rejected', width: 80 },
  {
    title: '超期仍公示',
    dataIndex: 'pastDisplayEnd',
    width: 104,
    render: (n: number | null) => (n === null ? '不适用' : n > 0 ? <Tag className="xy-tag-danger">{n}</Tag> : n),
  },
  {
    title: '提醒',
    key: 'flags',
    render: (_: unknown, f: PublicityFigures) =>
      f.behind ? (
        <Space direction="vertical" size={2}>
          <Tag className="xy-tag-danger">落后</Tag>
          {f.flags.map((t) => (
            <span key={t}>{t}</span>
          ))}
        </Space>
      ) : (
        '正常'
      ),
  },
];

/** 监测: the credit office's monthly view, a 12-month trend and the flagged departments. */
export function Monitoring() {
  const [answer, setAnswer] = useState<MonitoringAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [month, setMonth] = useState<string | null>(null);
  useEffect(() => {
    api.monitoring.monthly().then(
      (a) => {
        setAnswer(a);
        setMonth(a.months[0]?.month ?? null);
      },
      (e) => setError(errorMessage(e)),
    );
  }, []);
  const shown = useMemo(() => answer?.months.find((m) => m.month === month) ?? null, [answer, month]);
  const behind = shown?.rows.filter((r) => r.behind) ?? [];

  return (
    <section aria-labelledby="monitoring-title">
      <Typography.Title level={1} id="monitoring-title">
        双公示监测
      </Typography.Title>
      {error && <Alert type="error" title={error} showIcon />}
      {answer && (
        <>
          <Typography.Paragraph>
            按收到的月份统计，截至 {writtenDate(answer.asOf)}。时限：{answer.timelinessSource}。提醒标准：按时上报低于{' '}
            {answer.thresholds.onTimePercent}%、符合数据标准低于 {answer.thresholds.standardPercent}%（当月不足{' '}
            {answer.thresholds.minimumRows} 条不判断比例），或有超期仍公示的记录。依据：{answer.thresholds.source}。
          </Typography.Paragraph>
          <Space className="xy-gap">
            <label htmlFor="monitoring-month">月份</label>
            <Select
              id="monitoring-month"
              value={month}
              onChange={setMonth}
              style={{ width: 160 }}
              options={answer.months.map((m) => ({ value: m.month, label: monthText(m.month) }))}
            />
          </Space>
          {shown && (
            <>
              {behind.length > 0 ? (
                <Alert
                  className="xy-gap"
                  type="warning"
                  showIcon
                  title={`${monthText(shown.month)}有 ${behind.length} 项落后：${behind.map((r) => `${r.department}（${KIND_LABEL[r.kind]}）`).join('、')}`}
                />
              ) : (
                <Alert className="xy-gap" type="success" showIcon title={`${monthText(shown.month)}没有落后的部门。`} />
              )}
              <Typography.Title level={2} className="xy-h2">
                {monthText(shown.month)}各部门情况
              </Typography.Title>
              <Table<PublicityFigures>
                rowKey={(r) => `${r.kind}:${r.department}`}
                dataSource={shown.rows}
                columns={figureColumns(answer.timelinessWorkingDays)}
                pagination={false}
                locale={{ emptyText: '这个月没有收到双公示数据。' }}
              />
              <Typography.Title level={2} className="xy-h2">
                导入时拒收的行
              </Typography.Title>
              <Table<Rejection>
                rowKey={(r) => `${r.file}:${r.line}:${r.field}:${r.reason}`}
                dataSource={shown.rejections}
                pagination={{ pageSize: 20, hideOnSinglePage: true }}
                locale={{ emptyText: '没有拒收的行。' }}
                columns={[
                  { title: '部门', dataIndex: 'department' },
                  { title: '文件', dataIndex: 'file' },
                  { title: '行号', dataIndex: 'line' },
                  { title: '字段', dataIndex: 'field' },
                  { title: '原因', dataIndex: 'reason' },
                ]}
              />
            </>
          )}
          <Typography.Title level={2} className="xy-h2">
            {`近 ${answer.months.length} 个月趋势（全部部门合计）`}
          </Typography.Title>
          <Trend points={answer.trend} />
        </>
      )}
    </section>
  );
}

/** The trend as a table a screen reader reads, with a bar per month for the eye. */
function Trend({ points }: { points: Point[] }) {
  const months = [...new Set(points.map((p) => p.month))];
  const at = (month: string, kind: Point['kind']) => points.find((p) => p.month === month && p.kind === kind);
  const bar = (p: number | null) =>
    p === null ? (
      '—'
    ) : (
      <span className="xy-bar-cell">
        <span className="xy-bar" style={{ width: `${p}%` }} aria-hidden="true" />
        {p}%
      </span>
    );
  return (
    <Table
      rowKey="month"
      pagination={false}
      size="small"
      dataSource={months.map((month) => ({ month, licence: at(month, 'licence'), penalty: at(month, 'penalty') }))}
      columns={[
        { title: '月份', dataIndex: 'month', render: monthText },
        { title: '许可收到', key: 'lr', render: (_: unknown, r) => r.licence?.received ?? 0 },
        { title: '许可按时', key: 'lo', render: (_: unknown, r) => bar(r.licence?.onTimePercent ?? null) },
        { title: '处罚收到', key: 'pr', render: (_: unknown, r) => r.penalty?.received ?? 0 },
        { title: '处罚按时', key: 'po', render: (_: unknown, r) => bar(r.penalty?.onTimePercent ?? null) },
        { title: '处罚符合标准', key: 'ps', render: (_: unknown, r) => bar(r.penalty?.standardPercent ?? null) },
        { title: '拒收行', key: 'rj', render: (_: unknown, r) => (r.licence?.rejected ?? 0) + (r.penalty?.rejected ?? 0) },
      ]}
    />
  );
}
