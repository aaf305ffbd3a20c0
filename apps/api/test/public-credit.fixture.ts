import { makeCreditCode, recomputeWindow } from '@xinyong/domain';
import type { SqlClient } from '../src/db/client';
import { loadKeys, personalDataCrypto } from '../src/privacy/personal-data-crypto';
import { bigramsOf } from '../src/records/bigrams';

/** Fixed "today" for the profile tests: every display rule below is decided on this date. */
export const TODAY = '2026-11-28';

export const CITIZEN = { name: '测试公民甲', idNumber: '370102199001011231' };

export const ENTITY = { code: makeCreditCode('91', '370102', '70000001'), name: '示例测绘华夏贸易有限公司' };

type PenaltySeed = {
  no: string;
  infoClass: '轻微' | '一般' | '严重';
  decided: string;
  repaired?: string;
  minor?: boolean;
  objection?: 'submitted' | 'upheld';
  person?: boolean;
};

/** Penalties chosen so that exactly one of each public-display case occurs. */
export const PENALTIES: Record<string, PenaltySeed> = {
  inDisplay: { no: '济市监罚〔2026〕101号', infoClass: '一般', decided: '2026-09-01' },
  // Decided under 527号 (before Order 58's three years began on 2023-05-01): its twelve months ended in 2024.
  pastDisplayEnd: { no: '济市监罚〔2023〕7号', infoClass: '一般', decided: '2023-03-01' },
  repaired: { no: '济市监罚〔2026〕55号', infoClass: '一般', decided: '2026-05-01', repaired: '2026-10-10' },
  disputed: { no: '济市监罚〔2026〕88号', infoClass: '严重', decided: '2026-06-15', objection: 'submitted' },
  objectionDecided: { no: '济市监罚〔2026〕89号', infoClass: '一般', decided: '2026-06-20', objection: 'upheld' },
  minor: { no: '济市监罚〔2026〕90号', infoClass: '一般', decided: '2026-07-01', minor: true },
  naturalPerson: { no: '济公罚〔2026〕12号', infoClass: '一般', decided: '2026-08-01', person: true },
};

export async function seedPublicCreditFixture(db: SqlClient) {
  const crypto = personalDataCrypto(loadKeys({}, false));
  const person = await db.query<{ id: number }>(
    `INSERT INTO persons (id_hash, id_cipher, name_cipher, name_masked, id_masked) VALUES ($1, $2, $3, '测**', '3***************31') RETURNING id`,
    [crypto.lookupHash(CITIZEN.idNumber), crypto.encrypt(CITIZEN.idNumber), crypto.encrypt(CITIZEN.name)],
  );
  const personId = person.rows[0]?.id;
  const entity = await db.query<{ id: number }>(
    `INSERT INTO entities (code, name, subject_type, type_label, region_code, city_code, established_on, legal_rep_name, legal_rep_person_id,
       tax_credit_grade, name_bigrams, example)
     VALUES ($1, $2, 'legal_person', '企业', '370102', '3701', '2015-04-01', '测**', $3, 'A', $4, true) RETURNING id`,
    [ENTITY.code, ENTITY.name, personId, bigramsOf(ENTITY.name)],
  );
  const entityId = entity.rows[0]?.id;
  for (const p of Object.values(PENALTIES)) {
    const inserted = await db.query<{ id: number }>(
      `INSERT INTO penalties (entity_id, person_id, decision_no, legal_basis, category, content, info_class, decision_date, window_end,
         authority, data_source, subject_minor, repaired_on, fine_wan)
       VALUES ($1, $2, $3, '《中华人民共和国产品质量法》第五十条', '罚款', '罚款 2 万元', $4, $5, $6, '济南市市场监督管理局', '济南市市场监督管理局', $7, $8, 2)
       RETURNING id`,
      [
        p.person ? null : entityId,
        p.person ? personId : null,
        p.no,
        p.infoClass,
        p.decided,
        recomputeWindow({ kind: 'penalty', infoClass: p.infoClass, decisionDate: p.decided }).windowEnd,
        p.minor ?? false,
        p.repaired ?? null,
      ],
    );
    if (p.objection) {
      await db.query(`INSERT INTO objections (record_kind, record_id, status) VALUES ('penalty', $1, $2)`, [
        inserted.rows[0]?.id,
        p.objection,
      ]);
    }
  }
  await db.query(
    `INSERT INTO dishonesty_entries (entity_id, list_type, legal_basis, authority, reason, decision_no, decision_date, listed_from, listed_until,
       window_end, exit_conditions)
     VALUES ($1, '拖欠农民工工资失信联合惩戒对象名单', '《保障农民工工资支付条例》第四十八条', '济南市人力资源和社会保障局', '拖欠农民工工资数额较大',
       '济人社失信〔2026〕3号', '2026-03-01', '2026-03-01', '2029-02-28', $2, '已全部清偿拖欠的工资，且名单期满或主动纠正并作出信用承诺后，可申请提前移出。')`,
    [
      entityId,
      recomputeWindow({
        kind: 'serious_dishonesty',
        infoClass: '严重',
        decisionDate: '2026-03-01',
        displayEnd: '2029-02-28',
        listType: '拖欠农民工工资失信联合惩戒对象名单',
      }).windowEnd,
    ],
  );
  await db.query(
    `INSERT INTO red_list_entries (entity_id, list_name, authority, basis, listed_on, valid_until)
     VALUES ($1, '纳税信用A级纳税人', '国家税务总局济南市税务局', '《纳税信用管理办法（试行）》', '2026-04-30', '2027-04-29')`,
    [entityId],
  );
  await db.query(
    `INSERT INTO commitments (entity_id, kind, text_version, matter, signed_on) VALUES ($1, '主动型', 'v2026.1', '守法诚信经营承诺', '2026-02-01'),
       ($1, '信用修复型', 'v2026.1', '信用修复承诺', '2026-10-01')`,
    [entityId],
  );
  // Names for search ranking: exact, prefix and substring matches of 华夏贸易.
  const names = ['华夏贸易', '华夏贸易济南分公司', '山东华夏贸易有限公司', '示例测绘另一家公司'];
  for (const [i, name] of names.entries()) {
    await db.query(
      `INSERT INTO entities (code, name, subject_type, type_label, region_code, city_code, name_bigrams, example)
       VALUES ($1, $2, 'legal_person', '企业', '370102', '3701', $3, true)`,
      [makeCreditCode('91', '370102', `7000010${i}`), name, bigramsOf(name)],
    );
  }
  return { entityId, personId };
}
