import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../src/app';
import { createTestApp } from '../../helpers';
import { CITIZEN, ENTITY, PENALTIES, seedPublicCreditFixture, TODAY } from '../../public-credit.fixture';

let app: FastifyInstance;
beforeAll(async () => {
  const { db, config } = await createTestApp();
  await seedPublicCreditFixture(db);
  // Decide every display rule on a fixed date, so the fixture's cases stay what they are.
  app = await buildApp({ config, db, closeDb: true, clock: () => new Date(`${TODAY}T04:00:00Z`) });
});
afterAll(() => app.close());

const profile = async () => {
  const res = await app.inject(`/api/v1/entities/${ENTITY.code}`);
  expect(res.statusCode).toBe(200);
  return res.json();
};

describe('GET /api/v1/entities/{code}: what the public sees', () => {
  it('shows basic facts, licences, list entries, red list and commitments', async () => {
    const body = await profile();
    expect(body).toMatchObject({
      code: ENTITY.code,
      name: ENTITY.name,
      typeLabel: '企业',
      cityName: '济南市',
      taxCreditGradeA: true,
      asOf: TODAY,
    });
    expect(body.dishonestyEntries).toHaveLength(1);
    expect(body.dishonestyEntries[0]).toMatchObject({ legalBasis: expect.stringContaining('条例'), exitConditions: expect.any(String) });
    expect(body.redListEntries[0].listName).toBe('纳税信用A级纳税人');
    expect(body.commitments).toHaveLength(2);
  });

  it('shows a penalty in its display period with class and display end', async () => {
    const body = await profile();
    const shown = body.penalties.find((p: { decisionNo: string }) => p.decisionNo === PENALTIES.inDisplay?.no);
    expect(shown).toMatchObject({ infoClass: '一般', status: '公示中', disputed: false, decisionDate: '2026-09-01' });
    expect(shown.displayEnd > TODAY).toBe(true);
  });

  it('marks a penalty under objection as disputed, and only while the objection is open', async () => {
    const body = await profile();
    const byNo = (no?: string) => body.penalties.find((p: { decisionNo: string }) => p.decisionNo === no);
    expect(byNo(PENALTIES.disputed?.no)).toMatchObject({ status: '异议处理中', disputed: true });
    expect(byNo(PENALTIES.objectionDecided?.no)).toMatchObject({ status: '公示中', disputed: false });
  });

  it('never shows a penalty past its display end, a repaired one, a minor’s or a natural person’s', async () => {
    const body = await profile();
    const shownNos = body.penalties.map((p: { decisionNo: string }) => p.decisionNo);
    expect(shownNos).toHaveLength(3);
    for (const hidden of [PENALTIES.pastDisplayEnd, PENALTIES.repaired, PENALTIES.minor, PENALTIES.naturalPerson]) {
      expect(shownNos).not.toContain(hidden?.no);
    }
    const raw = JSON.stringify(body);
    expect(raw).not.toContain(CITIZEN.name);
    expect(raw).not.toContain(CITIZEN.idNumber);
  });

  it('answers an invalid code with 400 and the validator’s reason', async () => {
    const wrongCheck = `${ENTITY.code.slice(0, 17)}${ENTITY.code.endsWith('0') ? '1' : '0'}`;
    const res = await app.inject(`/api/v1/entities/${wrongCheck}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('INVALID_CREDIT_CODE');
    expect(res.json().error.message).toMatch(/第 18 位校验码应为/);
    const short = await app.inject('/api/v1/entities/91370102');
    expect(short.json().error.message).toMatch(/应为 18 位/);
  });

  it('answers a valid unknown code with 404', async () => {
    const res = await app.inject('/api/v1/entities/91110000600037341L');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('ENTITY_NOT_FOUND');
  });
});

describe('GET /api/v1/entities?q=', () => {
  const search = async (q: string, extra = '') => app.inject(`/api/v1/entities?q=${encodeURIComponent(q)}${extra}`);

  it('ranks exact name first, then prefix, then substring', async () => {
    const res = await search('华夏贸易');
    expect(res.statusCode).toBe(200);
    const { items, total } = res.json();
    expect(items.map((i: { name: string; match: string }) => [i.name, i.match])).toEqual([
      ['华夏贸易', 'exact'],
      ['华夏贸易济南分公司', 'prefix'],
      ['山东华夏贸易有限公司', 'substring'],
      [ENTITY.name, 'substring'],
    ]);
    expect(total).toBe(4);
  });

  it('finds by a 2-character query and pages the results', async () => {
    const first = (await search('华夏', '&pageSize=2')).json();
    const second = (await search('华夏', '&pageSize=2&page=2')).json();
    expect(first.total).toBe(4);
    expect(first.items).toHaveLength(2);
    expect(second.items).toHaveLength(2);
    expect(new Set([...first.items, ...second.items].map((i: { code: string }) => i.code)).size).toBe(4);
  });

  it('finds by exact code, also typed in lower case with spaces', async () => {
    const res = await search(` ${ENTITY.code.toLowerCase()} `);
    expect(res.json().items[0]).toMatchObject({ code: ENTITY.code, match: 'code' });
  });

  it('refuses a one-character query with a message asking for more', async () => {
    const res = await search('华');
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'QUERY_TOO_SHORT', message: expect.stringContaining('至少输入 2 个字') });
  });

  it('says why a mistyped 18-character code is wrong', async () => {
    const res = await search(`${ENTITY.code.slice(0, 17)}I`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('INVALID_CREDIT_CODE');
  });

  it('treats LIKE wildcards as plain text', async () => {
    const res = await search('%%');
    expect(res.statusCode).toBe(200);
    expect(res.json().total).toBe(0);
  });

  it('never returns natural persons', async () => {
    const res = await search(CITIZEN.name.slice(0, 2));
    expect(JSON.stringify(res.json())).not.toContain(CITIZEN.name);
  });
});

describe('lists', () => {
  it('lists punishment measures with legal basis', async () => {
    const res = await app.inject('/api/v1/measures');
    expect(res.statusCode).toBe(200);
    const { items } = res.json();
    expect(items.length).toBeGreaterThan(5);
    for (const m of items) expect(m.legalBasis.length).toBeGreaterThan(0);
  });

  it('lists the data catalogue, public items first', async () => {
    const { items } = (await app.inject('/api/v1/catalog')).json();
    expect(items[0].disclosure).toBe('公开');
    expect(items.some((i: { disclosure: string }) => i.disclosure === '不公开')).toBe(true);
  });
});
