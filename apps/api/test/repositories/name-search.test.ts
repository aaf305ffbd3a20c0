import { makeCreditCode } from '@xinyong/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlClient } from '../../src/db/client';
import { entitiesRepository, SEARCH_CAP } from '../../src/repositories/entities';
import { type NameBigramStats, nameBigramStats, postingBudget } from '../../src/repositories/name-search-plan';
import { type EntityRow, insertEntities } from '../../src/repositories/record-writers';
import { createTestApp } from '../helpers';

// Codes from a serial, so every entity of the file has a valid, distinct one.
const DIGITS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const code = (serial: number) => {
  let body = '';
  for (let n = serial, i = 0; i < 6; i++, n = Math.floor(n / 31)) body = DIGITS[n % 31] + body;
  return makeCreditCode('91', '370102', `MA${body}`);
};
let serial = 0;
const entity = (name: string, registrationStatus: EntityRow['registrationStatus'] = 'active'): EntityRow => ({
  code: code(++serial),
  name,
  subjectType: 'legal_person',
  typeLabel: '企业',
  regionCode: '370102',
  cityCode: '3701',
  registrationStatus,
  example: true,
});

let db: SqlClient;
beforeAll(async () => {
  ({ db } = await createTestApp());
  await insertEntities(db, [
    // Ranking: what each kind of match holds, trading and closed, with closed names shorter so length cannot explain the order.
    entity('瑞丰', 'deregistered'),
    entity('瑞丰商贸', 'revoked'),
    entity('瑞丰食品有限公司'),
    entity('历下瑞丰', 'deregistered'),
    entity('济南市历下区瑞丰五金店'),
    // Filler first, so a bounded walk of the table meets these only after a few hundred rows.
    ...Array.from({ length: 420 }, (_, i) => entity(`济宁市任城区第${i}号便利店`)),
    // A common word: more matches than the cap.
    ...Array.from({ length: SEARCH_CAP + 30 }, (_, i) => entity(`济南市槐荫区第${i}号洗车行`, i % 10 === 0 ? 'deregistered' : 'active')),
    entity('青岛润泽华信科技有限公司'),
    entity('烟台华信润泽物流有限公司'),
  ]);
});
afterAll(() => db.close());

const names = (r: { items: { name: string }[] }) => r.items.map((i) => i.name);
const plain = () => entitiesRepository(db);
/** A repository told the table is big and `common` is in most names: the plan for such words is the walk. */
const believing = (stats: NameBigramStats) => entitiesRepository(db, { current: async () => stats });
// A table said to hold 1,200 entities, 90 % of them with the word: the plan walks sqrt(cap × 1,200 / 1.5) = 400 rows.
const BIG = 1_200;
const commonIn = (bigrams: string[], entities = BIG): NameBigramStats => ({
  entities,
  frequencies: new Map(bigrams.map((b) => [b, 0.9])),
  floor: 0.9,
});

describe('name search ranking', () => {
  it('ranks exact, then prefix, then substring, and businesses still trading first within each', async () => {
    const result = await plain().search({ text: '瑞丰', page: 1, pageSize: 20 });
    expect(result.items.map((i) => [i.name, i.match, i.registrationStatus])).toEqual([
      ['瑞丰', 'exact', 'deregistered'],
      ['瑞丰食品有限公司', 'prefix', 'active'],
      ['瑞丰商贸', 'prefix', 'revoked'],
      ['济南市历下区瑞丰五金店', 'substring', 'active'],
      ['历下瑞丰', 'substring', 'deregistered'],
    ]);
  });

  it('caps a common word and still puts closed businesses after the trading ones', async () => {
    const result = await plain().search({ text: '洗车', page: 1, pageSize: 50 });
    expect(result).toMatchObject({ total: SEARCH_CAP, totalCapped: true });
    const statuses = result.items.map((i) => i.registrationStatus);
    expect(statuses.slice(0, 50).every((s) => s === 'active')).toBe(true);
    const last = await plain().search({ text: '洗车', page: SEARCH_CAP / 50, pageSize: 50 });
    expect(last.items.at(-1)?.registrationStatus).toBe('deregistered');
  });
});

describe('the walk finds what the index finds', () => {
  // Past the budget, so the plan walks 400 rows, then asks the index when the walk found fewer than the cap.
  expect(0.9 * BIG).toBeGreaterThan(postingBudget(BIG, SEARCH_CAP));

  it.each(['瑞丰', '历下', '华信', '润泽', '华信科技', '润泽华信'])('for %s', async (text) => {
    const stats = commonIn(
      Array.from(text)
        .slice(1)
        .map((c, i) => `${Array.from(text)[i]}${c}`),
    );
    const longWalk = await believing(commonIn(stats.frequencies.size ? [...stats.frequencies.keys()] : [], 100 * BIG)).search({
      text,
      page: 1,
      pageSize: 50,
    });
    const byIndex = await plain().search({ text, page: 1, pageSize: 50 });
    const byWalk = await believing(stats).search({ text, page: 1, pageSize: 50 });
    expect(byWalk).toEqual(byIndex);
    expect(longWalk).toEqual(byIndex);
    expect(byIndex.total).toBeGreaterThan(0);
  });

  it('falls back to the index when the walk ends before it meets the matches', async () => {
    // 400 rows walked pass the five 瑞丰 rows but end in the filler, before 华信.
    const byWalk = await believing(commonIn(['华信'])).search({ text: '华信', page: 1, pageSize: 50 });
    expect(names(byWalk).sort()).toEqual(['烟台华信润泽物流有限公司', '青岛润泽华信科技有限公司'].sort());
  });

  it('fills the cap from a walk long enough for a common word', async () => {
    // 4,000 rows walked: the whole table here.
    const byWalk = await believing(commonIn(['洗车'], 100 * BIG)).search({ text: '洗车', page: 1, pageSize: 20 });
    expect(byWalk).toMatchObject({ total: SEARCH_CAP, totalCapped: true });
    expect(byWalk.items.every((i) => i.name.includes('洗车') && i.match === 'substring')).toBe(true);
  });
});

describe('bigram statistics', () => {
  it('reads how common each bigram is from ANALYZE, and reads again only when they are old', async () => {
    await db.query('ANALYZE entities');
    let reads = 0;
    let clock = 0;
    const counting = {
      ...db,
      query: (...args: Parameters<SqlClient['query']>) => {
        reads++;
        return db.query(...args);
      },
    } as SqlClient;
    const source = nameBigramStats(counting, { maxAgeMs: 1000, now: () => clock });
    const stats = await source.current();
    const total = Number((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM entities')).rows[0]?.n);
    expect(stats.entities).toBe(total);
    // 济南 is in 233 of the names, 洗车 in 230; 瑞丰 in five.
    expect(stats.frequencies.get('济南')).toBeCloseTo((SEARCH_CAP + 31) / total, 1);
    expect(stats.frequencies.get('洗车')).toBeGreaterThan(stats.floor);
    await source.current();
    clock = 999;
    await source.current();
    expect(reads).toBe(1);
    clock = 1000;
    await source.current();
    expect(reads).toBe(2);
  });

  it('counts every bigram as rare, and so asks the index, before the table was ever analysed', async () => {
    const source = nameBigramStats({ ...db, query: async () => ({ rows: [{ entities: 0, elems: null, freqs: null }] }) } as never);
    expect(await source.current()).toMatchObject({ entities: 0 });
  });
});
