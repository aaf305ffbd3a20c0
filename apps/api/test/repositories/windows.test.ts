import { addDays, DISPLAY_RULES_VERSION, recomputeWindow } from '@xinyong/domain';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlClient } from '../../src/db/client';
import { DEMO_DECISION_NUMBERS } from '../../src/demo/fixed';
import { penaltyWindowFacts } from '../../src/records/facts';
import { recomputeWindows, windowsAreStale } from '../../src/repositories/windows';
import { createTestApp } from '../helpers';

let app: FastifyInstance;
let db: SqlClient;
beforeAll(async () => {
  ({ app, db } = await createTestApp({}, { demo: true }));
});
afterAll(() => app.close());

const one = async <T>(sql: string, params: unknown[] = []) => (await db.query<T>(sql, params)).rows[0] as T;

describe('recomputing stored display windows', () => {
  it('start-up has recorded the rules in force, so nothing is stale', async () => {
    expect(await windowsAreStale(db)).toBe(false);
    const last = await one<{ rules_version: string }>('SELECT rules_version FROM window_recomputations ORDER BY id DESC LIMIT 1');
    expect(last.rules_version).toBe(DISPLAY_RULES_VERSION);
  });

  it('reads the facts of rows written before they were kept, rewrites windows made under other rules, and finds nothing the second time', async () => {
    const { n: total } = await one<{ n: number }>(
      'SELECT (SELECT count(*) FROM penalties) + (SELECT count(*) FROM dishonesty_entries) AS n',
    );
    const { n: penalties } = await one<{ n: number }>('SELECT count(*)::int AS n FROM penalties');
    // The state migration 010 finds: no facts, no versions; one food penalty's window made under a shorter rule.
    await db.query('UPDATE penalties SET penalty_types = NULL, sector = NULL, window_rule_version = NULL');
    await db.query('UPDATE dishonesty_entries SET window_rule_version = NULL');
    const food = await one<{ id: number; decision_date: string; window_end: string }>(
      'SELECT id, decision_date, window_end FROM penalties WHERE decision_no = $1',
      [DEMO_DECISION_NUMBERS.huaxiaInDisplay],
    );
    const shorter = addDays(food.window_end, -100);
    await db.query('UPDATE penalties SET window_end = $2 WHERE id = $1', [food.id, shorter]);
    expect(await windowsAreStale(db)).toBe(false);
    await db.query('UPDATE window_recomputations SET rules_version = $1', ['older-rules']);
    expect(await windowsAreStale(db)).toBe(true);

    const first = await recomputeWindows(db, { batchSize: 97 });
    expect(first).toMatchObject({
      rulesVersion: DISPLAY_RULES_VERSION,
      scanned: Number(total),
      factsRead: Number(penalties),
      datesChanged: 1,
    });
    // Every row's version was missing: all but the one whose date changed changed in version only.
    expect(first.versionOnly).toBe(Number(total) - 1);
    expect(Object.values(first.byRegime).reduce((a, b) => a + b, 0)).toBe(Number(total));

    const after = await one<{ window_end: string; window_rule_version: string; sector: string; penalty_types: string[] }>(
      `SELECT window_end, window_rule_version, sector, penalty_types, info_class, decision_date, authority_display_end, procedure,
              specific_serious, conduct_ended_on, law_period_end, law_period_ref, duty_outstanding, authority_kind, repeated_same_kind
       FROM penalties WHERE id = $1`,
      [food.id],
    );
    expect(after).toMatchObject({ window_end: food.window_end, sector: 'food', penalty_types: ['fine'] });
    expect(after.window_rule_version).toBe(recomputeWindow(penaltyWindowFacts(after as never)).ruleVersion);

    const second = await recomputeWindows(db, { batchSize: 97 });
    expect(second).toEqual({
      rulesVersion: DISPLAY_RULES_VERSION,
      scanned: Number(total),
      factsRead: 0,
      datesChanged: 0,
      versionOnly: 0,
      byRegime: {},
    });
    expect(await windowsAreStale(db)).toBe(false);
    const runs = await one<{ n: number }>('SELECT count(*)::int AS n FROM window_recomputations');
    expect(runs.n).toBe(3);
  });
});
