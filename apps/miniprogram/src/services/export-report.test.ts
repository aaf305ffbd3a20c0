import type { MyExport } from '@xinyong/api-client';
import { describe, expect, it } from 'vitest';
import { buildReport, exportFileName, reportText } from './export-report';
import { dateTimeText } from './labels';

// Shaped like GET /me/export answers (apps/api/test/journeys.test.ts checks the API side).
const sample: MyExport = {
  exportedAt: '2026-03-01T18:30:00.000Z',
  note: '这是信用山东平台保存的关于您的全部信息。',
  person: { nameMasked: '张**', idMasked: '3***************1X' },
  representing: [{ code: '91370102EX0000010J', name: '示例华夏贸易有限公司', basis: '法定代表人' }],
  records: [
    {
      id: 'penalty-8',
      kind: 'penalty',
      kindLabel: '行政处罚',
      title: '罚款：罚款 200 元',
      decisionNo: '济城管罚〔示例〕8号',
      authority: '济南市城市管理局',
      legalBasis: '《济南市城市市容和环境卫生管理条例》',
      infoClass: '轻微',
      decisionDate: '2026-01-05',
      status: '不公示',
      statusReason: '个人的处罚信息不公开。',
      publiclyShown: false,
      displayStart: null,
      displayEnd: null,
      repairedOn: null,
      correction: { on: '2026-02-10', fields: ['处罚内容'] },
      objection: null,
      repair: null,
      nextActions: [],
    },
  ],
  objections: [
    {
      id: 'OBJ123456789',
      recordId: 'penalty-8',
      recordTitle: '罚款：罚款 200 元',
      status: 'corrected',
      statusLabel: '已更正',
      reason: '金额写错了。',
      department: '济南市城市管理局',
      acceptBy: '2026-01-08',
      decideBy: '2026-01-22',
      deadlineEstimated: false,
      deadlineSource: '示例',
      decisionReason: '已更正。',
      attachments: [{ id: 'A1', mediaType: 'application/pdf', byteSize: 300 }],
      history: [],
      // 01:10 on 7 January in China, still 6 January in UTC.
      createdAt: '2026-01-06T17:10:00.000Z',
    },
  ],
  repairs: [],
  commitments: [
    {
      kind: '信用修复型',
      matter: '申请信用修复',
      textVersion: '2026-1',
      signedOn: '2026-02-01',
      note: '补交了缴款凭证',
      withdrawnOn: '2026-03-01',
      onBehalfOf: '示例华夏贸易有限公司',
    },
  ],
  accessLog: [
    { at: '2026-03-01T18:29:00.000Z', who: '本人', role: '本人', action: 'export', purpose: '本人导出个人数据', fields: ['信用记录'] },
  ],
};

describe('buildReport', () => {
  it('puts everything in sections a person can read, in Chinese, with counts', () => {
    const report = buildReport(sample);
    expect(report.sections.map((s) => s.title)).toEqual([
      '本人信息',
      '我的信用记录（1 条）',
      '我提出的异议（1 件）',
      '我的信用修复申请（0 件）',
      '我签署的信用承诺（1 份）',
      '谁查看了我的信息（1 条）',
    ]);
    const text = reportText(report);
    expect(text).toContain('决定书文号：济城管罚〔示例〕8号');
    expect(text).toContain('经异议更正：2026年2月10日 更正了处罚内容');
    expect(text).toContain('受理编号：OBJ123456789');
    expect(text).toContain('证明材料：1 份');
    expect(text).toContain('代办单位：示例华夏贸易有限公司');
    expect(text).toContain('补充说明（不公开）：补交了缴款凭证');
    expect(text).toContain('撤回日期：2026年3月1日');
    expect(text).toContain('没有信用修复申请。');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(text).not.toContain('corrected');
  });

  it('dates instants in China time, and times with the app’s one date-time formatter', () => {
    const text = reportText(buildReport(sample));
    expect(text).toContain('提交日期：2026年1月7日');
    expect(text).toContain(`${dateTimeText('2026-03-01T18:29:00.000Z')}　本人导出了您的信息`);
    expect(buildReport(sample).exportedAt).toBe(dateTimeText(sample.exportedAt));
  });

  it('names saved files by the China date of the export', () => {
    expect(exportFileName(sample, 'txt')).toBe('信用山东-我的数据-2026-03-02.txt');
    expect(exportFileName(sample, 'json')).toBe('信用山东-我的数据-2026-03-02.json');
  });
});
