import type { PublicityFigures, QuarterlyReport } from '@xinyong/api-client/browser';
import { Alert, Button, Select, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api, errorMessage } from '../api';
import { writtenDate } from '../dates';
import { figureColumns } from './Monitoring';
import { KIND_LABEL, percentText, quarterlyCsv, quarterlyFileName } from './quarterly-csv';

/** The last eight quarters up to the one that holds `today`, newest first. */
function recentQuarters(today: Date): string[] {
  const china = new Date(today.getTime() + 8 * 3_600_000);
  let year = china.getUTCFullYear();
  let q = Math.floor(china.getUTCMonth() / 3) + 1;
  const out: string[] = [];
  for (let i = 0; i < 8; i++) {
    out.push(`${year}Q${q}`);
    q -= 1;
    if (q === 0) {
      q = 4;
      year -= 1;
    }
  }
  return out;
}
const quarterText = (q: string) => `${q.slice(0, 4)}年第${'一二三四'[Number(q.slice(5)) - 1]}季度`;

function download(text: string, name: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** 季度评价: a quarter's figures per department, exported as CSV or shown as a printable A4 page. */
export function Quarterly() {
  const quarters = recentQuarters(new Date());
  const [quarter, setQuarter] = useState(quarters[0] as string);
  const [report, setReport] = useState<QuarterlyReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    let live = true;
    setReport(null);
    setError(null);
    api.monitoring.quarterly(quarter).then(
      (r) => live && setReport(r),
      (e) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [quarter]);

  if (printing && report) return <PrintPage report={report} onClose={() => setPrinting(false)} />;
  return (
    <section aria-labelledby="quarterly-title">
      <Typography.Title level={1} id="quarterly-title">
        双公示季度评价
      </Typography.Title>
      <Space className="xy-gap" wrap>
        <label htmlFor="quarterly-quarter">季度</label>
        <Select
          id="quarterly-quarter"
          value={quarter}
          onChange={setQuarter}
          style={{ width: 180 }}
          options={quarters.map((q) => ({ value: q, label: quarterText(q) }))}
        />
        {/* Shown once the figures are here, not disabled until then: nothing to press before there is something to export. */}
        {report && (
          <>
            <Button type="primary" onClick={() => download(quarterlyCsv(report), quarterlyFileName(report.quarter))}>
              导出 CSV
            </Button>
            <Button onClick={() => setPrinting(true)}>打印页</Button>
          </>
        )}
      </Space>
      {error && <Alert type="error" title={error} showIcon />}
      {report && (
        <>
          <Typography.Paragraph>
            {writtenDate(report.from)}至{writtenDate(report.to)}收到的数据，截至 {writtenDate(report.asOf)}。
          </Typography.Paragraph>
          <Table<PublicityFigures>
            rowKey={(r) => `${r.kind}:${r.department}`}
            dataSource={[...report.rows, ...report.totals]}
            columns={figureColumns(report.timelinessWorkingDays)}
            pagination={false}
          />
        </>
      )}
    </section>
  );
}

/** The evaluation as a document: plain table, A4 (console.css @media print hides the console around it). */
function PrintPage({ report, onClose }: { report: QuarterlyReport; onClose: () => void }) {
  useEffect(() => {
    document.body.classList.add('xy-printing');
    return () => document.body.classList.remove('xy-printing');
  }, []);
  return (
    <article className="xy-print" aria-labelledby="print-title">
      <Space className="xy-no-print xy-gap">
        <Button type="primary" onClick={() => window.print()}>
          打印
        </Button>
        <Button onClick={onClose}>返回季度评价</Button>
      </Space>
      <h1 id="print-title">“双公示”信息季度评价（{quarterText(report.quarter)}）</h1>
      <p>
        统计范围：{writtenDate(report.from)}至{writtenDate(report.to)}公共信用信息平台收到的行政许可和行政处罚信息。截至{' '}
        {writtenDate(report.asOf)}。
      </p>
      <table className="xy-print-table">
        <thead>
          <tr>
            <th scope="col">部门</th>
            <th scope="col">类别</th>
            <th scope="col">收到</th>
            <th scope="col">按时上报</th>
            <th scope="col">符合标准</th>
            <th scope="col">拒收行</th>
            <th scope="col">超期仍公示</th>
            <th scope="col">评价</th>
          </tr>
        </thead>
        <tbody>
          {[...report.rows, ...report.totals].map((f) => (
            <tr key={`${f.kind}:${f.department}`} className={f.department === '合计' ? 'xy-print-total' : undefined}>
              <td>{f.department}</td>
              <td>{KIND_LABEL[f.kind]}</td>
              <td>{f.received}</td>
              <td>
                {f.onTime}（{percentText(f.onTimePercent)}）
              </td>
              <td>
                {f.meetingStandard}（{percentText(f.standardPercent)}）
              </td>
              <td>{f.rejected}</td>
              <td>{f.pastDisplayEnd === null ? '不适用' : f.pastDisplayEnd}</td>
              <td>{f.behind ? `落后：${f.flags.join(' ')}` : '正常'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="xy-print-note">
        按时上报：{report.timelinessSource}。提醒标准：按时上报低于 {report.thresholds.onTimePercent}%、符合数据标准低于{' '}
        {report.thresholds.standardPercent}%，或有超期仍公示的记录；依据：{report.thresholds.source}。
      </p>
    </article>
  );
}
