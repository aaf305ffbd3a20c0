import { describe, expect, test } from 'vitest';
import {
  buildCreditReport,
  type CreditReportRequest,
  defaultReportPeriod,
  domainForAuthority,
  NO_RECORD_CONCLUSION,
  REPORT_PERIOD,
  type ReportDomain,
  type ReportSourceRecord,
  recordInReport,
} from './credit-report';
import { DISPLAY_PERIOD_RULE } from './display-parameters';

const DOMAINS: ReportDomain[] = [
  { id: 'market', name: '市场监管', departments: ['市场监督管理部门'], authorityPatterns: ['市场监督管理'], recordKinds: ['penalty'] },
  { id: 'tax', name: '税务', departments: ['税务部门'], authorityPatterns: ['税务局'], recordKinds: ['penalty', 'serious_dishonesty'] },
  {
    id: 'housing',
    name: '住房城乡建设',
    departments: ['住房城乡建设部门'],
    authorityPatterns: ['住房和城乡建设'],
    recordKinds: ['penalty'],
  },
  {
    id: 'fund',
    name: '住房公积金',
    departments: ['住房公积金管理中心'],
    authorityPatterns: ['住房公积金管理中心'],
    recordKinds: ['penalty'],
  },
];

const AS_OF = '2026-05-02';

const penalty = (over: Partial<ReportSourceRecord>): ReportSourceRecord => ({
  kind: 'penalty',
  infoClass: '一般',
  decisionDate: '2026-01-10',
  decisionNo: '济市监处罚〔2026〕1号',
  authority: '济南市市中区市场监督管理局',
  title: '未明码标价',
  ...over,
});

const request = (over: Partial<CreditReportRequest>): CreditReportRequest => ({
  subject: { name: '示例泉城小吃店', code: '92370103EX0000037M', subjectType: 'individual_business', example: true },
  records: [],
  domains: DOMAINS,
  asOf: AS_OF,
  ...over,
});

function report(over: Partial<CreditReportRequest>) {
  const result = buildCreditReport(request(over));
  if (!result.ok) throw new Error(`refused: ${result.refusal.code}`);
  return result.report;
}

describe('the report period', () => {
  test('defaults to the last three years up to the data date', () => {
    expect(defaultReportPeriod('2026-05-02')).toEqual({ from: '2023-05-03', to: '2026-05-02' });
    expect(report({}).period).toEqual({ from: '2023-05-03', to: '2026-05-02' });
  });

  test('its maximum is the longest public display any class has, so a longer period could not add a record', () => {
    const longest = Math.max(...DISPLAY_PERIOD_RULE.versions.flatMap((v) => Object.values(v.value.classes).map((c) => c.maximumMonths)));
    expect(REPORT_PERIOD.maximumMonths).toBe(longest);
    expect(REPORT_PERIOD.maximumSource.reference).toContain('国家发展改革委令第36号');
  });

  const refusals: [string, { from: string; to: string }, string][] = [
    ['longer than three years', { from: '2023-05-02', to: AS_OF }, 'REPORT_PERIOD_TOO_LONG'],
    ['ending after the data date', { from: '2025-01-01', to: '2026-05-03' }, 'REPORT_PERIOD_IN_FUTURE'],
    ['starting after it ends', { from: '2026-01-02', to: '2026-01-01' }, 'REPORT_PERIOD_INVALID'],
    ['not a date', { from: '2026-02-30', to: AS_OF }, 'REPORT_PERIOD_INVALID'],
  ];
  test.each(refusals)('a period %s is refused with a message', (_name, period, code) => {
    const result = buildCreditReport(request({ period }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.refusal.code).toBe(code);
      expect(result.refusal.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  test('exactly three years is allowed', () => {
    expect(report({ period: { from: '2023-05-03', to: AS_OF } }).period.from).toBe('2023-05-03');
  });
});

describe('which records a report lists', () => {
  interface Case {
    name: string;
    record: ReportSourceRecord;
    listed: boolean;
  }
  const cases: Case[] = [
    { name: 'a general penalty in display', record: penalty({}), listed: true },
    { name: 'a repaired penalty', record: penalty({ repairedAt: '2026-04-20' }), listed: false },
    {
      name: 'a penalty repaired after the data date (still in display on it)',
      record: penalty({ repairedAt: '2026-05-03' }),
      listed: true,
    },
    // Under Order 58 every penalty is shown for three years, so in this period only an authority can end one early.
    {
      name: 'a general penalty of 2024 under Order 58, still in display',
      record: penalty({ decisionDate: '2024-03-01' }),
      listed: true,
    },
    { name: 'a penalty whose authority ended display early', record: penalty({ displayEnd: '2026-04-30' }), listed: false },
    {
      name: 'a serious penalty of 2024, still in display',
      record: penalty({ decisionDate: '2024-03-01', infoClass: '严重' }),
      listed: true,
    },
    {
      name: 'a minor penalty without an authority display end (never displayed)',
      record: penalty({ infoClass: '轻微', decisionDate: '2026-04-10' }),
      listed: false,
    },
    { name: 'a revoked penalty', record: penalty({ revokedAt: '2026-02-01' }), listed: false },
    { name: 'a penalty under objection (listed, marked)', record: penalty({ objectionOpen: true }), listed: true },
    { name: 'a penalty decided before the period', record: penalty({ decisionDate: '2023-05-02', infoClass: '严重' }), listed: false },
    {
      name: 'a list entry in force',
      record: penalty({
        kind: 'serious_dishonesty',
        infoClass: '严重',
        decisionDate: '2025-06-01',
        authority: '国家税务总局济南市税务局',
        title: '重大税收违法失信主体',
      }),
      listed: true,
    },
    {
      name: 'a list entry taken off its list',
      record: penalty({ kind: 'serious_dishonesty', infoClass: '严重', decisionDate: '2025-06-01', removedAt: '2026-03-01' }),
      listed: false,
    },
  ];
  test.each(cases)('$name → listed: $listed', ({ record, listed }) => {
    expect(recordInReport(record, defaultReportPeriod(AS_OF), AS_OF)).toBe(listed);
    expect(report({ records: [record] }).totalRecords).toBe(listed ? 1 : 0);
  });

  test('a disputed record is listed with status 异议处理中', () => {
    const line = report({ records: [penalty({ objectionOpen: true })] }).sections[0]?.records[0];
    expect(line?.status).toBe('异议处理中');
  });
});

describe('per domain', () => {
  const records = [
    penalty({ decisionNo: '济市监处罚〔2026〕7号', decisionDate: '2026-02-01' }),
    penalty({ decisionNo: '济市监处罚〔2026〕3号', decisionDate: '2026-03-01' }),
    penalty({ decisionNo: '济公积金罚〔2026〕1号', authority: '济南住房公积金管理中心' }),
    penalty({ decisionNo: '某罚〔2026〕1号', authority: '济南市某某办公室' }),
  ];

  test('a domain without records says 报告期内无违法违规记录; one with records lists them newest first', () => {
    const r = report({ records });
    const byId = Object.fromEntries(r.sections.map((s) => [s.id, s]));
    expect(byId.tax?.conclusion).toBe(NO_RECORD_CONCLUSION);
    expect(byId.tax?.records).toEqual([]);
    expect(byId.market?.records.map((l) => l.decisionNo)).toEqual(['济市监处罚〔2026〕3号', '济市监处罚〔2026〕7号']);
    expect(byId.market?.conclusion).toContain('2 条');
    const line = byId.market?.records[0];
    expect(line).toMatchObject({
      authority: '济南市市中区市场监督管理局',
      decisionDate: '2026-03-01',
      infoClass: '一般',
      status: '公示中',
    });
  });

  test('the longest matching authority pattern wins (住房公积金 is not 住房城乡建设)', () => {
    expect(domainForAuthority('济南住房公积金管理中心', DOMAINS)?.id).toBe('fund');
    expect(domainForAuthority('济南市住房和城乡建设局', DOMAINS)?.id).toBe('housing');
    expect(domainForAuthority('济南市某某办公室', DOMAINS)).toBeNull();
  });

  test('records no domain claims appear under 其他领域 in a full report, never dropped', () => {
    const r = report({ records });
    expect(r.sections.at(-1)).toMatchObject({ id: 'other', name: '其他领域' });
    expect(r.sections.at(-1)?.records.map((l) => l.decisionNo)).toEqual(['某罚〔2026〕1号']);
    expect(r.totalRecords).toBe(4);
  });

  test('chosen domains only, in content order', () => {
    const r = report({ records, domainIds: ['fund', 'market'] });
    expect(r.sections.map((s) => s.id)).toEqual(['market', 'fund']);
    expect(r.totalRecords).toBe(3);
  });

  test('an unknown domain is refused', () => {
    const result = buildCreditReport(request({ domainIds: ['nope'] }));
    expect(result.ok ? null : result.refusal.code).toBe('REPORT_DOMAIN_UNKNOWN');
  });
});

describe('who gets a report', () => {
  test('a natural person is refused, with the rule that personal credit information is not published', () => {
    const result = buildCreditReport(request({ subject: { name: '张三', code: '', subjectType: 'natural_person', example: true } }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.refusal.code).toBe('REPORT_NATURAL_PERSON');
      expect(result.refusal.message).toContain('我的信用');
      expect(result.refusal.source?.reference).toContain('《山东省社会信用条例》');
    }
  });

  test.each(['legal_person', 'unincorporated', 'individual_business'] as const)('a %s gets one', (subjectType) => {
    expect(buildCreditReport(request({ subject: { name: '示例', code: 'x', subjectType, example: true } })).ok).toBe(true);
  });
});

describe('what the report says it covers', () => {
  test('565号 categories: enforcement and criminal judgments are not covered unless a source is configured', () => {
    const coverage = Object.fromEntries(report({}).coverage.map((c) => [c.category, c.covered]));
    expect(coverage).toEqual({ penalty: true, administrative_enforcement: false, serious_dishonesty: true, criminal_judgment: false });
    const withCriminal = report({ criminalRecordSource: '山东省公安厅犯罪记录查询' }).coverage.find(
      (c) => c.category === 'criminal_judgment',
    );
    expect(withCriminal).toMatchObject({ covered: true, text: '已涵盖：山东省公安厅犯罪记录查询。' });
  });

  test('it names its legal basis and the rules for what it leaves out', () => {
    const r = report({});
    expect(r.legalBasis.map((s) => s.reference).join()).toMatch(/发改财金〔2025〕565号.*鲁政办字〔2023〕190号/);
    expect(r.scopeNotes.map((n) => n.title)).toEqual(['已修复的记录不列入', '公示期满的记录不列入', '只含山东省的记录']);
    for (const note of r.scopeNotes) expect(note.source.reference).toMatch(/[\u4e00-\u9fff]/);
  });
});
