import { makeCreditCode } from '@xinyong/domain';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlClient } from '../../src/db/client';
import { importShuanggongshi } from '../../src/import/shuanggongshi';
import { loadKeys, personalDataCrypto } from '../../src/privacy/personal-data-crypto';
import { createTestApp } from '../helpers';

const crypto = personalDataCrypto(loadKeys({}, false));
const TODAY = '2026-11-28';
const CODE = makeCreditCode('91', '370102', 'MA3CFACT');
const HEADER = [
  'CF_XDR_MC',
  'CF_XDR_LB',
  'CF_XDR_SHXYM',
  'CF_WSH',
  'CF_YJ',
  'CF_CFLB',
  'CF_NR',
  'CF_NR_FK',
  'CF_JDRQ',
  'CF_CFJG',
  'CF_SJLY',
  'CF_XXLB',
  'CF_CXLB',
  'CF_LY',
  'CF_TDYZSX',
  'CF_WFZZRQ',
  'CF_FDGSJZQ',
  'CF_FDGSYJ',
  'CF_YWWLX',
  'CF_JGLX',
  'CF_TLZC',
];
const FOOD = '《中华人民共和国食品安全法》第一百二十四条';
const MARKET = '济南市历下区市场监督管理局';
type Facts = Partial<Record<(typeof HEADER)[number], string>>;
const row = (no: string, facts: Facts, decided = '2026-01-10') =>
  HEADER.map(
    (h) =>
      ({
        CF_XDR_MC: '示例事实甲食品有限公司',
        CF_XDR_LB: '02',
        CF_XDR_SHXYM: CODE,
        CF_WSH: `济历下市监罚〔2026〕${no}号`,
        CF_YJ: FOOD,
        CF_CFLB: '罚款',
        CF_NR: '罚款人民币30000元',
        CF_NR_FK: '3',
        CF_JDRQ: decided,
        CF_CFJG: MARKET,
        CF_SJLY: MARKET,
        CF_XXLB: '一般',
        ...facts,
      })[h] ?? '',
  ).join(',');

const CSV = [
  HEADER.join(','),
  row('801', {}), // line 2: the plain case, nothing stated
  row('802', { CF_CXLB: '简易程序' }), // 3
  row('803', { CF_FDGSJZQ: '2031-01-09', CF_FDGSYJ: '《示例法》第十条（示例）' }), // 4
  row('804', { CF_TDYZSX: '是', CF_YWWLX: '是', CF_JGLX: '市场监管', CF_TLZC: '是', CF_WFZZRQ: '2025-12-20', CF_CXLB: '普通程序' }), // 5
  row('805', { CF_LY: '其他领域', CF_YJ: '《中华人民共和国产品质量法》第四十九条' }), // 6
  row('806', { CF_CXLB: '快速' }), // 7
  row('807', { CF_TDYZSX: '可能', CF_TLZC: '2' }), // 8
  row('808', { CF_FDGSJZQ: '2031-01-09' }), // 9
  row('809', { CF_FDGSYJ: '《示例法》第十条' }), // 10
  row('810', { CF_LY: '农业' }), // 11
  row('811', { CF_FDGSJZQ: '2025-01-01', CF_FDGSYJ: '《示例法》第十条' }), // 12
  row('812', { CF_WFZZRQ: '2027-01-01', CF_JGLX: '税务' }), // 13
  row('813', { CF_LY: '食品' }, '2024-11-22'), // 14: Order 58, the field named instead of read
].join('\n');

describe('双公示 import: the record facts the rules read', () => {
  let app: FastifyInstance;
  let db: SqlClient;
  beforeAll(async () => {
    // The display rules decide on a fixed date.
    ({ app, db } = await createTestApp({}, { build: { clock: () => new Date(`${TODAY}T04:00:00Z`) } }));
  });
  afterAll(() => app?.close());

  it('reads the optional fact columns, and rejects bad values with a Chinese reason naming what is allowed', async () => {
    const report = await importShuanggongshi(db, CSV, { crypto, today: TODAY, file: 'facts.csv' });
    expect(report.problems).toEqual([
      { line: 7, field: 'CF_CXLB', reason: '处罚程序“快速”无效，应为“简易程序”或“普通程序”。' },
      { line: 8, field: 'CF_TDYZSX', reason: '特定严重失信行为“可能”无效，应填“是”或“否”，不清楚的留空。' },
      { line: 8, field: 'CF_TLZC', reason: '因同一类违法行为再次受到处罚“2”无效，应填“是”或“否”，不清楚的留空。' },
      { line: 9, field: 'CF_FDGSYJ', reason: '填写了法律规定的公示截止期，也要写明规定它的法律条文（如《××法》第×条）。' },
      { line: 10, field: 'CF_FDGSJZQ', reason: '写明了规定公示期的法律条文，也要填写公示截止期。' },
      {
        line: 11,
        field: 'CF_LY',
        reason:
          '监管领域“农业”无效，应为食品、药品、特种设备、安全生产、消防、生态环境、工程质量、强制性产品认证、其他领域之一；不确定的留空，按处罚依据判断。',
      },
      { line: 12, field: 'CF_FDGSJZQ', reason: '法律规定的公示截止期 2025-01-01 早于决定日期 2026-01-10。' },
      { line: 13, field: 'CF_WFZZRQ', reason: '违法行为终止日期 2027-01-01 晚于今天。' },
      { line: 13, field: 'CF_JGLX', reason: '处罚机关类别“税务”无效，应为“市场监管”或“其他”。' },
    ]);
    expect(report).toMatchObject({ imported: 6, rejected: 7 });

    const { rows } = await db.query<Record<string, unknown>>(
      `SELECT decision_no, procedure, sector, specific_serious, conduct_ended_on::text AS conduct_ended_on,
              law_period_end::text AS law_period_end, law_period_ref, duty_outstanding, authority_kind, repeated_same_kind
         FROM penalties WHERE decision_no LIKE '济历下市监罚〔2026〕8__号' ORDER BY decision_no`,
    );
    const byNo = Object.fromEntries(rows.map((r) => [String(r.decision_no).slice(-4, -1), r]));
    expect(byNo['801']).toMatchObject({
      procedure: null,
      sector: 'food',
      specific_serious: null,
      duty_outstanding: false,
      authority_kind: null,
    });
    expect(byNo['802']).toMatchObject({ procedure: 'summary' });
    expect(byNo['803']).toMatchObject({ law_period_end: '2031-01-09', law_period_ref: '《示例法》第十条（示例）' });
    expect(byNo['804']).toMatchObject({
      procedure: 'ordinary',
      specific_serious: true,
      conduct_ended_on: '2025-12-20',
      duty_outstanding: true,
      authority_kind: 'market_regulation',
      repeated_same_kind: true,
    });
    // A field named in the file wins over the one read from the legal basis.
    expect(byNo['805']).toMatchObject({ sector: 'other' });
  });

  it('changes what the public profile shows: summary procedure hidden, a period set by law kept', async () => {
    const res = await app.inject(`/api/v1/entities/${CODE}`);
    expect(res.statusCode).toBe(200);
    const shown = Object.fromEntries(
      (res.json().penalties as { decisionNo: string; displayEnd: string }[]).map((p) => [p.decisionNo.slice(-4, -1), p.displayEnd]),
    );
    // Order 58 (decided 2026-01-10): up to 3 years; a penalty decided by 简易程序 is not public in Shandong.
    expect(shown['801']).toBe('2029-01-09');
    expect(shown).not.toHaveProperty('802');
    // 「法律、行政法规另有规定的从其规定」: the law's own end.
    expect(shown['803']).toBe('2031-01-09');
    expect(shown['813']).toBe('2027-11-21');
  });
});
