import { assessDisplay, DISPLAY_STATUSES, recomputeWindow, SHANDONG_CITIES, validateCreditCode, validateResidentId } from '@xinyong/domain';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlClient } from '../../src/db/client';
import { DEMO_CITIZEN_LIST, DEMO_CITIZENS } from '../../src/demo/citizens';
import { DEMO_DECISION_NUMBERS, DEMO_ENTITIES, DEMO_ENTITY_LIST } from '../../src/demo/fixed';
import { type GenerateResult, generateDemo, seedDemoIfEmpty } from '../../src/demo/generate';
import { loadKeys, personalDataCrypto } from '../../src/privacy/personal-data-crypto';
import { bigramsOf } from '../../src/records/bigrams';
import { type PenaltyFactColumns, penaltyRecord, penaltyWindowFacts } from '../../src/records/facts';
import { createTestApp } from '../helpers';

const TODAY = '2026-11-28';
const crypto = personalDataCrypto(loadKeys({}, false));

interface PenaltyRow extends PenaltyFactColumns {
  id: number;
  entity_id: number | null;
  person_id: number | null;
  decision_no: string;
  window_end: string | null;
  window_rule_version: string | null;
  repaired_on: string | null;
  subject_minor: boolean;
  open: boolean;
  example: boolean;
}

const penaltiesOf = async (db: SqlClient, where = 'TRUE', params: unknown[] = []) =>
  (
    await db.query<PenaltyRow>(
      `SELECT p.id, p.entity_id, p.person_id, p.decision_no, p.info_class, p.decision_date::text AS decision_date,
              p.authority_display_end::text AS authority_display_end, p.window_end::text AS window_end,
              p.repaired_on::text AS repaired_on, p.subject_minor, p.example, p.window_rule_version, p.sector, p.penalty_types,
              p.procedure, p.specific_serious, p.conduct_ended_on::text AS conduct_ended_on, p.law_period_end::text AS law_period_end,
              p.law_period_ref, p.duty_outstanding, p.authority_kind, p.repeated_same_kind,
              EXISTS (SELECT 1 FROM objections o WHERE o.record_kind = 'penalty' AND o.record_id = p.id AND o.status IN ('submitted', 'accepted')) AS open
         FROM penalties p WHERE ${where} ORDER BY p.id`,
      params,
    )
  ).rows;

// What a person sees: every stored fact the rules read (procedure, law period, …), through the API's own mapping.
const statusOf = (p: PenaltyRow) =>
  assessDisplay(
    penaltyRecord(p, {
      repairedOn: p.repaired_on,
      objectionOpen: p.open,
      naturalPerson: p.person_id !== null,
      minor: p.subject_minor,
    }),
    TODAY,
  ).status;

describe('demo generator', () => {
  let app: FastifyInstance;
  let db: SqlClient;
  let result: GenerateResult;

  beforeAll(async () => {
    ({ app, db } = await createTestApp());
    result = await generateDemo(db, { seed: 7, entities: 600, today: TODAY, crypto, chunkSize: 250 });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('writes the requested number of entities with about three records each, all marked as examples', async () => {
    expect(result.entities).toBe(600);
    expect(result.records / result.entities).toBeGreaterThan(2.5);
    expect(result.records / result.entities).toBeLessThan(3.6);
    const { rows } = await db.query<{ t: string; n: number; examples: number }>(
      `SELECT t, count(*)::int AS n, count(*) FILTER (WHERE example)::int AS examples FROM (
         SELECT 'entities' AS t, example FROM entities UNION ALL SELECT 'persons', example FROM persons
         UNION ALL SELECT 'licences', example FROM licences UNION ALL SELECT 'penalties', example FROM penalties
         UNION ALL SELECT 'dishonesty', example FROM dishonesty_entries UNION ALL SELECT 'red', example FROM red_list_entries
         UNION ALL SELECT 'commitments', example FROM commitments) x GROUP BY t`,
    );
    const count = Object.fromEntries(rows.map((r) => [r.t, r.n]));
    for (const r of rows) expect(r.examples, r.t).toBe(r.n);
    expect(count).toMatchObject({
      entities: 600,
      persons: DEMO_CITIZEN_LIST.length,
      licences: result.licences,
      penalties: result.penalties,
      dishonesty: result.dishonestyEntries,
      red: result.redListEntries,
      commitments: result.commitments,
    });
  });

  it('gives every entity a valid code from one of the 16 cities, a type by its prefix and the bigrams of its name', async () => {
    const { rows } = await db.query<{
      code: string;
      name: string;
      subject_type: string;
      type_label: string;
      region_code: string;
      city_code: string;
      name_bigrams: string[];
    }>('SELECT code, name, subject_type, type_label, region_code, city_code, name_bigrams FROM entities');
    const prefixes = new Set<string>();
    for (const e of rows) {
      const check = validateCreditCode(e.code);
      expect(check.ok, e.code).toBe(true);
      if (!check.ok) continue;
      expect(check.parts.city?.code).toBe(e.city_code);
      expect(check.parts.subjectKind).toBe(e.subject_type);
      expect(check.parts.typeLabel).toBe(e.type_label);
      expect(e.region_code).toBe(e.code.slice(2, 8));
      expect([...e.name_bigrams].sort()).toEqual(bigramsOf(e.name).sort());
      prefixes.add(e.code.slice(0, 2));
    }
    expect(new Set(rows.map((e) => e.city_code))).toEqual(new Set(SHANDONG_CITIES.map((c) => c.code)));
    expect([...prefixes].sort()).toEqual(['51', '52', '91', '92', '93']);
    expect(new Set(rows.map((e) => e.code)).size).toBe(rows.length);
  });

  it('stores window_end from the domain rule, spreads decisions from 2017 to today and produces every display status', async () => {
    const penalties = await penaltiesOf(db);
    for (const p of penalties) {
      const stored = recomputeWindow(penaltyWindowFacts(p));
      expect(p.window_end).toBe(stored.windowEnd);
      expect(p.window_rule_version).toBe(stored.ruleVersion);
      expect(p.decision_date >= '2017-01-01' && p.decision_date <= TODAY).toBe(true);
    }
    const statuses = new Set(penalties.map(statusOf));
    expect([...statuses].sort()).toEqual([...DISPLAY_STATUSES].sort());
    expect(new Set(penalties.map((p) => p.info_class))).toEqual(new Set(['轻微', '一般', '严重']));
    const years = new Set(penalties.map((p) => p.decision_date.slice(0, 4)));
    for (let y = 2017; y <= 2026; y++) expect(years.has(String(y)), String(y)).toBe(true);
    const lists = await db.query<{ list_type: string; legal_basis: string; exit_conditions: string }>(
      'SELECT list_type, legal_basis, exit_conditions FROM dishonesty_entries',
    );
    expect(lists.rows.length).toBeGreaterThan(0);
    for (const l of lists.rows) {
      expect(l.legal_basis).toMatch(/《.+》/);
      expect(l.exit_conditions.length).toBeGreaterThan(10);
    }
  });

  it('gives 示例华夏贸易有限公司 one penalty in each of 公示中, 公示期满, 已修复 and 异议处理中', async () => {
    const { rows } = await db.query<{ id: number; code: string }>('SELECT id, code FROM entities WHERE name = $1', [
      DEMO_ENTITIES.huaxia.name,
    ]);
    expect(rows).toEqual([{ id: expect.anything(), code: DEMO_ENTITIES.huaxia.code }]);
    const penalties = await penaltiesOf(db, 'p.entity_id = $1', [rows[0]?.id]);
    const byNo = Object.fromEntries(penalties.map((p) => [p.decision_no, statusOf(p)]));
    expect(byNo).toEqual({
      [DEMO_DECISION_NUMBERS.huaxiaInDisplay]: '公示中',
      [DEMO_DECISION_NUMBERS.huaxiaExpired]: '公示期满',
      [DEMO_DECISION_NUMBERS.huaxiaRepaired]: '已修复',
      [DEMO_DECISION_NUMBERS.huaxiaObjection]: '异议处理中',
      // Decided 2024-11-22 under Order 58: 3 years in food, so still shown on this test's date.
      [DEMO_DECISION_NUMBERS.huaxiaOrder58Food]: '公示中',
      [DEMO_DECISION_NUMBERS.huaxiaSummary]: '不公示',
    });
    const codes = await db.query<{ code: string; name: string }>(
      'SELECT code, name FROM entities WHERE code = ANY($1::text[]) ORDER BY id',
      [DEMO_ENTITY_LIST.map((e) => e.code)],
    );
    expect(codes.rows).toEqual(DEMO_ENTITY_LIST.map((e) => ({ code: e.code, name: e.name })));
  });

  it('fills the record facts the rules read, one demo record each, and each changes what a person sees', async () => {
    const n = DEMO_DECISION_NUMBERS;
    const one = async (decisionNo: string) => {
      const [p] = await penaltiesOf(db, 'p.decision_no = $1', [decisionNo]);
      if (!p) throw new Error(`no demo record ${decisionNo}`);
      return { p, a: assessDisplay(penaltyRecord(p, { repairedOn: p.repaired_on }), TODAY) };
    };
    const without = (p: PenaltyRow, facts: Partial<PenaltyFactColumns>) =>
      assessDisplay(penaltyRecord({ ...p, ...facts }, { repairedOn: p.repaired_on }), TODAY);

    const summary = await one(n.huaxiaSummary);
    expect(summary.p.procedure).toBe('summary');
    expect(summary.a.status).toBe('不公示');
    expect(without(summary.p, { procedure: null }).status).toBe('公示中');

    const repeated = await one(n.jianzhuRepeated);
    expect(repeated.p).toMatchObject({ authority_kind: 'market_regulation', repeated_same_kind: true });
    expect(repeated.a.earliestRepairDate).not.toEqual(without(repeated.p, { repeated_same_kind: false }).earliestRepairDate);

    const ended = await one(n.jianzhuConductEnded);
    expect(ended.p.conduct_ended_on).not.toBeNull();
    expect(ended.a.displayEnd).not.toEqual(without(ended.p, { conduct_ended_on: null }).displayEnd);

    const owing = await one(n.jianzhuDutyOutstanding);
    expect(owing.p.duty_outstanding).toBe(true);
    expect(owing.a.displayEnd).toBe(owing.p.authority_display_end);
    expect(owing.a.displayEnd).not.toEqual(without(owing.p, { duty_outstanding: false }).displayEnd);

    const law = await one(n.jianzhuLawPeriod);
    expect(law.p.law_period_ref).toContain('示例');
    expect(law.a.displayEnd).toBe(law.p.law_period_end);
    expect(law.a.displayEnd).not.toEqual(without(law.p, { law_period_end: null, law_period_ref: null }).displayEnd);
  });

  it('keeps demo citizens encrypted, links them as representatives, and marks the minor', async () => {
    for (const c of DEMO_CITIZEN_LIST) {
      expect(validateResidentId(c.idNumber, { today: TODAY }).ok, c.name).toBe(true);
      const found = await db.query<{ id: number; name_masked: string }>('SELECT id, name_masked FROM persons WHERE id_hash = $1', [
        crypto.lookupHash(c.idNumber),
      ]);
      expect(found.rows).toHaveLength(1);
      expect(found.rows[0]?.name_masked).toBe(`${c.name.charAt(0)}**`);
    }
    const dump = JSON.stringify((await db.query('SELECT * FROM persons')).rows);
    for (const c of DEMO_CITIZEN_LIST) {
      expect(dump).not.toContain(c.idNumber);
      expect(dump).not.toContain(c.name);
    }
    const zhang = await db.query<{ id: number }>('SELECT id FROM persons WHERE id_hash = $1', [
      crypto.lookupHash(DEMO_CITIZENS.zhang.idNumber),
    ]);
    const zhangId = zhang.rows[0]?.id;
    const rep = await db.query<{ legal_rep_person_id: number }>('SELECT legal_rep_person_id FROM entities WHERE code = $1', [
      DEMO_ENTITIES.huaxia.code,
    ]);
    expect(rep.rows[0]?.legal_rep_person_id).toBe(zhangId);
    const personal = await penaltiesOf(db, 'p.person_id = $1', [zhangId]);
    expect(personal.map((p) => [p.decision_no, statusOf(p)])).toEqual([[DEMO_DECISION_NUMBERS.zhangPenalty, '不公示']]);
    const minor = await penaltiesOf(db, 'p.decision_no = $1', [DEMO_DECISION_NUMBERS.wangPenalty]);
    expect(minor[0]?.subject_minor).toBe(true);
    const privateCommitments = await db.query<{ public: boolean }>('SELECT public FROM commitments WHERE person_id IS NOT NULL');
    expect(privateCommitments.rows.every((c) => c.public === false)).toBe(true);
  });

  it('is deterministic: the same seed gives the same data, and a small set is a prefix of a larger one', async () => {
    const other = await createTestApp();
    try {
      await generateDemo(other.db, { seed: 7, entities: 300, today: TODAY, crypto, chunkSize: 1000 });
      const pick = (d: SqlClient) =>
        d.query(
          `SELECT e.code, e.name, e.established_on::text AS est, e.tax_credit_grade,
                  (SELECT string_agg(p.decision_no || p.info_class || p.decision_date || coalesce(p.repaired_on::text, ''), '|' ORDER BY p.decision_no) FROM penalties p WHERE p.entity_id = e.id) AS p,
                  (SELECT string_agg(l.decision_no || l.licence_name, '|' ORDER BY l.decision_no) FROM licences l WHERE l.entity_id = e.id) AS l
             FROM entities e ORDER BY e.id LIMIT 300`,
        );
      expect((await pick(other.db)).rows).toEqual((await pick(db)).rows);
    } finally {
      await other.app.close();
    }
  });
});

describe('seedDemoIfEmpty', () => {
  it('seeds the default set once, and leaves a database with entities alone', async () => {
    const { app, db } = await createTestApp();
    try {
      // How long this takes is a figure of bench/seed (pnpm --filter @xinyong/bench seed), not a bound here.
      const first = await seedDemoIfEmpty(db, { today: TODAY });
      expect(first?.entities).toBe(500);
      expect(await seedDemoIfEmpty(db, { today: TODAY })).toBeNull();
      const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM entities');
      expect(rows[0]?.n).toBe(500);
    } finally {
      await app.close();
    }
  });
});
