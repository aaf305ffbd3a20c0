import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeCreditCode } from '@xinyong/domain';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlClient } from '../../src/db/client';
import { CsvError } from '../../src/import/csv';
import { formatReport, ImportFileError, importShuanggongshi } from '../../src/import/shuanggongshi';
import { loadKeys, personalDataCrypto } from '../../src/privacy/personal-data-crypto';
import { createTestApp } from '../helpers';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`./fixtures/shuanggongshi/${name}`, import.meta.url)));
const crypto = personalDataCrypto(loadKeys({}, false));
const TODAY = '2026-11-28';
const options = (file: string) => ({ crypto, today: TODAY, file });

const CF_PROBLEMS = [
  { line: 5, field: 'CF_XDR_SHXYM', reason: '统一社会信用代码无效：统一社会信用代码应为 18 位，实际为 16 位。' },
  { line: 7, field: 'CF_YJ', reason: '处罚依据不能为空。' },
  { line: 8, field: 'CF_JDRQ', reason: '处罚决定日期“2024-02-30”不是有效日期，应为 YYYY-MM-DD。' },
  { line: 9, field: 'CF_JDRQ', reason: '决定日期 2027-01-01 晚于今天。' },
  { line: 10, field: 'CF_XDR_ZJHM', reason: '身份证号码无效：第 7–14 位出生日期不是真实的日期。' },
  { line: 11, field: 'CF_XXLB', reason: '信息类别“较重”无效，应为轻微、一般或严重。' },
  { line: 12, field: 'CF_WSH', reason: '与第 2 行的文书号和机关相同，同一决定只导入一次。' },
  { line: 15, field: '（整行）', reason: '本行有 3 列，表头有 22 列。' },
  { line: 17, field: 'CF_NR_FK', reason: '罚款金额“abc”不是有效金额，应为以万元为单位的非负数，最多 4 位小数。' },
  { line: 18, field: 'CF_XDR_MC', reason: '行政相对人名称不能为空。' },
  { line: 18, field: 'CF_XDR_LB', reason: '行政相对人类别“05”无效，应为 01 自然人、02 法人、03 非法人组织或 04 个体工商户。' },
];

describe('双公示 import', () => {
  let app: FastifyInstance;
  let db: SqlClient;

  beforeAll(async () => {
    ({ app, db } = await createTestApp());
  });
  afterAll(async () => {
    await app?.close();
  });

  it('imports the good penalty rows and reports every rejected line with field and reason', async () => {
    const report = await importShuanggongshi(db, fixture('CF_penalties.csv'), options('CF_penalties.csv'));
    expect(report.kind).toBe('penalty');
    expect(report.rowsRead).toBe(17);
    expect(report.imported).toBe(7);
    expect(report.unchanged).toBe(0);
    expect(report.rejected).toBe(10);
    expect(report.problems).toEqual(CF_PROBLEMS);
    expect(report.warnings).toEqual([
      { line: 3, field: 'CF_XXLB', reason: '未提供信息类别，按处罚类别仅为警告或通报批评推定为“轻微”。' },
      { line: 6, field: 'CF_XDR_SHXYM', reason: '统一社会信用代码：第 18 位校验码应为 L，实际为 A。（来自登记机关的数据，已接受）' },
    ]);
    expect(formatReport(report)).toContain('第 18 行 CF_XDR_LB：行政相对人类别“05”无效');
    // The run is recorded for the monitoring: one run, every reason of every refused row, each row's receipt.
    const runs = await db.query<{ via: string; received_on: string; rejected: number }>(
      'SELECT via, received_on::text AS received_on, rejected FROM import_runs',
    );
    expect(runs.rows).toEqual([{ via: 'cli', received_on: TODAY, rejected: 10 }]);
    const refused = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM import_rejections');
    expect(Number(refused.rows[0]?.n)).toBe(CF_PROBLEMS.length);
    const unreceived = await db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM penalties WHERE received_on IS NULL OR pushed_by IS NULL',
    );
    expect(Number(unreceived.rows[0]?.n)).toBe(0);

    const { rows } = await db.query<{ decision_no: string; info_class: string; decision_date: string; example: boolean }>(
      'SELECT decision_no, info_class, decision_date::text AS decision_date, example FROM penalties ORDER BY decision_no',
    );
    expect(rows.map((r) => r.decision_no).sort()).toEqual(
      [
        '济历下市监罚〔2026〕101号',
        '青市北税罚〔2026〕7号',
        '济城管罚〔2026〕55号',
        '潍市监罚〔2026〕3号',
        '龙市监罚〔2026〕9号',
        '青李沧市监罚〔2026〕21号',
        '济天桥市监罚〔2026〕31号',
      ].sort(),
    );
    expect(rows.every((r) => r.example === false)).toBe(true);
    const tax = rows.find((r) => r.decision_no === '青市北税罚〔2026〕7号');
    expect(tax).toMatchObject({ info_class: '轻微', decision_date: '2026-09-01' });

    // The quoted multi-line field arrives whole.
    const multi = await db.query<{ facts: string }>("SELECT facts FROM penalties WHERE decision_no = '龙市监罚〔2026〕9号'");
    expect(multi.rows[0]?.facts).toBe('第一，后厨未设置防蝇设施；\n第二，从业人员未持健康证明上岗。');

    // Entities come from the code: type, region and city; the individual business is typed as such.
    const entities = await db.query<{ code: string; subject_type: string; city_code: string; name_bigrams: string[] }>(
      'SELECT code, subject_type, city_code, name_bigrams FROM entities ORDER BY code',
    );
    expect(entities.rows.find((e) => e.code === '92370105MA3ETE036W')).toMatchObject({
      subject_type: 'individual_business',
      city_code: '3701',
    });
    expect(entities.rows.find((e) => e.code === '91370702MA3GTE054A')).toMatchObject({ subject_type: 'legal_person', city_code: '3707' });
    expect(entities.rows.every((e) => e.name_bigrams.length > 0)).toBe(true);
  });

  it('stores natural persons encrypted, never in clear, and marks a minor', async () => {
    const idNumber = '370102198001011237';
    const lookup = await db.query<{ id: number; name_masked: string; id_masked: string }>(
      'SELECT id, name_masked, id_masked FROM persons WHERE id_hash = $1',
      [crypto.lookupHash(idNumber)],
    );
    expect(lookup.rows).toHaveLength(1);
    const person = lookup.rows[0] as { id: number; name_masked: string; id_masked: string };
    expect(person.name_masked).toBe('孙**');
    expect(person.id_masked).toBe('3***************37');
    const full = await db.query<Record<string, unknown>>('SELECT * FROM persons WHERE id = $1', [person.id]);
    const penalty = await db.query<Record<string, unknown>>('SELECT * FROM penalties WHERE person_id = $1', [person.id]);
    expect(penalty.rows).toHaveLength(1);
    const stored = JSON.stringify([full.rows, penalty.rows], (_k, v) =>
      v && typeof v === 'object' && 'type' in v && v.type === 'Buffer' ? Buffer.from(v.data).toString('latin1') : v,
    );
    for (const secret of [idNumber, '孙示例', '19800101']) expect(stored).not.toContain(secret);
    expect(penalty.rows[0]?.facts).toBe('当事人孙**（身份证号码3***************37）在经十路占道经营。');
    expect(penalty.rows[0]?.entity_id).toBeNull();
    const cipher = full.rows[0]?.id_cipher as Uint8Array;
    expect(crypto.decrypt(Buffer.from(cipher))).toBe(idNumber);

    const minor = await db.query<{ subject_minor: boolean }>(
      "SELECT subject_minor FROM penalties WHERE decision_no = '青李沧市监罚〔2026〕21号'",
    );
    expect(minor.rows[0]?.subject_minor).toBe(true);
    const adult = await db.query<{ subject_minor: boolean }>(
      "SELECT subject_minor FROM penalties WHERE decision_no = '济城管罚〔2026〕55号'",
    );
    expect(adult.rows[0]?.subject_minor).toBe(false);
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await db.query<{ p: number; e: number; n: number }>(
      'SELECT (SELECT count(*) FROM penalties)::int AS p, (SELECT count(*) FROM entities)::int AS e, (SELECT count(*) FROM persons)::int AS n',
    );
    const report = await importShuanggongshi(db, fixture('CF_penalties.csv'), options('CF_penalties.csv'));
    expect(report).toMatchObject({ rowsRead: 17, imported: 0, unchanged: 7, rejected: 10 });
    expect(report.problems).toEqual(CF_PROBLEMS);
    const after = await db.query(
      'SELECT (SELECT count(*) FROM penalties)::int AS p, (SELECT count(*) FROM entities)::int AS e, (SELECT count(*) FROM persons)::int AS n',
    );
    expect(after.rows).toEqual(before.rows);
  });

  it('imports licences, joins an existing entity by code and keeps its registered name', async () => {
    const report = await importShuanggongshi(db, fixture('XK_licences.csv'), options('XK_licences.csv'));
    expect(report).toMatchObject({ kind: 'licence', rowsRead: 7, imported: 4, unchanged: 0, rejected: 3 });
    expect(report.problems).toEqual([
      { line: 4, field: 'XK_XKLB', reason: '许可类别“一般”无效，应为普通、特许、认可、核准、登记、其他之一。' },
      { line: 6, field: 'XK_YXQZI', reason: '有效期至 2025-03-01 早于有效期自 2026-03-02。' },
      { line: 7, field: 'XK_WSH', reason: '行政许可决定文书号不能为空。' },
    ]);
    expect(report.warnings).toEqual([
      {
        line: 3,
        field: 'XK_XDR_MC',
        reason: '名称“示例导入庚建材有限公司”与库中同一代码的主体名称“示例导入乙物流有限公司”不同，记录已归入该主体，名称未改。',
      },
    ]);
    const dated = await db.query<{ decision_date: string; valid_from: string; valid_to: string }>(
      "SELECT decision_date::text AS decision_date, valid_from::text AS valid_from, valid_to::text AS valid_to FROM licences WHERE decision_no = '济历下市监许〔2026〕204号'",
    );
    expect(dated.rows[0]).toEqual({ decision_date: '2026-03-01', valid_from: '2026-03-01', valid_to: '2031-02-28' });
    const person = await db.query('SELECT l.person_id FROM licences l JOIN persons p ON p.id = l.person_id WHERE p.id_hash = $1', [
      crypto.lookupHash('370305199212310661'),
    ]);
    expect(person.rows).toHaveLength(1);
    const again = await importShuanggongshi(db, fixture('XK_licences.csv'), options('XK_licences.csv'));
    expect(again).toMatchObject({ imported: 0, unchanged: 4, rejected: 3 });
  });

  it('derives the class when the file has no CF_XXLB column, and says how for each row', async () => {
    const report = await importShuanggongshi(db, fixture('CF_no_class.csv'), options('CF_no_class.csv'));
    expect(report).toMatchObject({ imported: 3, rejected: 0 });
    expect(report.warnings).toEqual([
      { line: 1, field: 'CF_EXTRA', reason: '未识别的列，已忽略：CF_EXTRA。' },
      { line: 2, field: 'CF_XXLB', reason: '未提供信息类别，按处罚类别仅为警告或通报批评推定为“轻微”。' },
      { line: 3, field: 'CF_XXLB', reason: '未提供信息类别，按处罚类别含“吊销”推定为“严重”。' },
      { line: 4, field: 'CF_XXLB', reason: '未提供信息类别，按处罚类别为罚款、没收等一般处罚推定为“一般”。' },
    ]);
    const { rows } = await db.query<{ decision_no: string; info_class: string; window_end: string | null }>(
      "SELECT decision_no, info_class, window_end::text AS window_end FROM penalties WHERE decision_no LIKE '济历下市监罚〔2026〕30_号' ORDER BY decision_no",
    );
    expect(rows.map((r) => r.info_class)).toEqual(['轻微', '严重', '一般']);
    // window_end comes from the domain rule: 严重 decided 2026-10-15 under Order 36 → 3 years.
    expect(rows[1]?.window_end).toBe('2029-10-14');
    expect(rows[0]?.window_end).toBeNull();
  });

  it('never leaves half a row: a failed record write takes its new entity with it', async () => {
    const code = makeCreditCode('91', '371302', 'MA3HTE06');
    const csv = [
      'CF_XDR_MC,CF_XDR_LB,CF_XDR_SHXYM,CF_WSH,CF_YJ,CF_CFLB,CF_NR,CF_JDRQ,CF_CFJG,CF_SJLY,CF_XXLB',
      `示例导入辛贸易有限公司,02,${code},临兰市监罚〔2026〕1号,《中华人民共和国广告法》第五十五条,罚款,罚款人民币10000元,2026-07-01,临沂市兰山区市场监督管理局,临沂市兰山区市场监督管理局,一般`,
      `示例导入辛贸易有限公司,02,${code},临兰市监罚〔2026〕2号,《中华人民共和国广告法》第五十五条,罚款,罚款人民币10000元,2026-07-02,临沂市兰山区市场监督管理局,临沂市兰山区市场监督管理局,一般`,
    ].join('\n');
    let calls = 0;
    const failing: SqlClient = {
      ...db,
      transaction: (fn) =>
        db.transaction((tx) =>
          fn({
            exec: (sql) => tx.exec(sql),
            query: (text, params) => {
              if (text.includes('INSERT INTO penalties') && calls++ === 0) return Promise.reject(new Error('磁盘已满（模拟）'));
              return tx.query(text, params);
            },
          }),
        ),
    };
    const report = await importShuanggongshi(failing, csv, options('inline.csv'));
    expect(report).toMatchObject({ rowsRead: 2, imported: 1, rejected: 1 });
    expect(report.problems).toEqual([{ line: 2, field: '（整行）', reason: '写入失败：磁盘已满（模拟）' }]);
    const first = await db.query("SELECT 1 FROM penalties WHERE decision_no = '临兰市监罚〔2026〕1号'");
    expect(first.rows).toHaveLength(0);
    const entity = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM entities WHERE code = $1', [code]);
    expect(entity.rows[0]?.n).toBe(1); // created once, by the second row's transaction
  });

  it('refuses files it cannot read, with a reason', async () => {
    await expect(importShuanggongshi(db, 'A,B\n1,2\n', options('x.csv'))).rejects.toThrow(ImportFileError);
    await expect(importShuanggongshi(db, 'A,B\n1,2\n', options('x.csv'))).rejects.toThrow(/XK_WSH（行政许可）或 CF_WSH（行政处罚）/);
    await expect(importShuanggongshi(db, 'CF_WSH,CF_XDR_MC\n1,2\n', options('x.csv'))).rejects.toThrow(
      /缺少必填列：CF_XDR_LB（行政相对人类别）/,
    );
    // 「处罚」 in GBK: not UTF-8.
    const gbk = Buffer.concat([Buffer.from('CF_WSH\n'), Buffer.from([0xb4, 0xa6, 0xb7, 0xa3]), Buffer.from('\n')]);
    await expect(importShuanggongshi(db, gbk, options('gbk.csv'))).rejects.toThrow(CsvError);
    await expect(importShuanggongshi(db, 'CF_WSH,CF_SY\n"1,unclosed\n', options('x.csv'))).rejects.toThrow(/第 2 行的引号没有结束/);
  });
});
