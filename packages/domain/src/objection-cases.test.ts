import { describe, expect, test } from 'vitest';
import type { CreditRecord } from './display-rules';
import { NO_CASES } from './next-actions';
import {
  canFileObjection,
  OBJECTION_STATES,
  OBJECTION_WORKFLOW,
  type ObjectionState,
  objectionDeadlines,
  objectionEventNote,
  objectionTransition,
  sameGrounds,
} from './objection-cases';
import { nextStates } from './workflow';

const record: CreditRecord = { kind: 'penalty', infoClass: '一般', decisionDate: '2026-06-01' };
const ON = '2026-12-02';

describe('objection state machine', () => {
  // Every (from, to, actor) and what happens: the whole table, so an added or lost move is visible here.
  const allowed: [ObjectionState, ObjectionState, 'staff' | 'subject', string][] = [
    ['submitted', 'accepted', 'staff', 'none'],
    ['submitted', 'rejected', 'staff', 'none'],
    ['accepted', 'corrected', 'staff', 'correct'],
    ['accepted', 'deleted', 'staff', 'revoke'],
    ['accepted', 'upheld', 'staff', 'none'],
    ['submitted', 'withdrawn', 'subject', 'none'],
    ['accepted', 'withdrawn', 'subject', 'none'],
  ];
  test.each(allowed)('%s → %s by %s is allowed (effect %s)', (from, to, actor, effect) => {
    const r = objectionTransition({ from, to, actor, reason: '已核对原始决定书。' });
    expect(r).toMatchObject({ ok: true, to, effect, final: !['accepted'].includes(to) });
  });

  test('no other move is allowed, for either actor', () => {
    const ok = new Set(allowed.map(([f, t, a]) => `${f}>${t}>${a}`));
    for (const from of OBJECTION_STATES)
      for (const to of OBJECTION_STATES)
        for (const actor of ['staff', 'subject'] as const) {
          if (ok.has(`${from}>${to}>${actor}`)) continue;
          expect(objectionTransition({ from, to, actor, reason: '理由' }).ok, `${from}>${to}>${actor}`).toBe(false);
        }
  });

  test('deciding straight from 提交 without acceptance is refused with the reason', () => {
    for (const to of ['corrected', 'deleted', 'upheld'] as const) {
      expect(objectionTransition({ from: 'submitted', to, actor: 'staff', reason: '核实无误' })).toEqual({
        ok: false,
        code: 'ACCEPTANCE_REQUIRED',
        message: '请先受理这个异议，核实后再作出更正、删除或维持的结论。',
      });
    }
  });

  test('a decided case cannot change again', () => {
    expect(objectionTransition({ from: 'upheld', to: 'corrected', actor: 'staff', reason: 'x' })).toMatchObject({
      ok: false,
      code: 'CASE_CLOSED',
    });
  });

  test('a decision needs a reason; acceptance does not', () => {
    expect(objectionTransition({ from: 'accepted', to: 'upheld', actor: 'staff', reason: '  ' })).toMatchObject({
      ok: false,
      code: 'REASON_REQUIRED',
    });
    expect(objectionTransition({ from: 'submitted', to: 'accepted', actor: 'staff' }).ok).toBe(true);
  });

  test('the subject cannot decide their own objection', () => {
    expect(objectionTransition({ from: 'accepted', to: 'corrected', actor: 'subject', reason: 'x' })).toMatchObject({
      ok: false,
      code: 'NOT_YOUR_STEP',
    });
  });

  test('the console buttons for a case follow the table', () => {
    expect(nextStates(OBJECTION_WORKFLOW, 'submitted', 'staff')).toEqual(['accepted', 'rejected']);
    expect(nextStates(OBJECTION_WORKFLOW, 'accepted', 'staff')).toEqual(['corrected', 'deleted', 'upheld']);
    expect(nextStates(OBJECTION_WORKFLOW, 'upheld', 'staff')).toEqual([]);
  });
});

describe('filing an objection', () => {
  test('a record in force with no objection can be objected to', () => {
    expect(canFileObjection(record, NO_CASES, { reason: '罚款金额写错了，应为3000元。', newEvidence: false }, ON).ok).toBe(true);
  });

  test('at most one open objection per record', () => {
    const r = canFileObjection(
      record,
      { objections: [{ status: 'accepted' }], repairs: [] },
      { reason: '另一个理由', newEvidence: true },
      ON,
    );
    expect(r).toMatchObject({ ok: false, code: 'OBJECTION_ALREADY_OPEN', message: '这条记录已有正在处理的异议，请等待结果。' });
  });

  test('the same grounds after a decision are refused with the way forward; new evidence or new grounds are accepted', () => {
    const cases = { objections: [{ status: 'upheld' as const, reason: '罚款金额写错了，应为3000元。' }], repairs: [] };
    const repeat = canFileObjection(record, cases, { reason: '罚款金额写错了 应为3000元', newEvidence: false }, ON);
    expect(repeat).toMatchObject({ ok: false, code: 'OBJECTION_REPEATED' });
    if (!repeat.ok) expect(repeat.message).toContain('行政复议');
    expect(canFileObjection(record, cases, { reason: '罚款金额写错了，应为3000元。', newEvidence: true }, ON).ok).toBe(true);
    expect(canFileObjection(record, cases, { reason: '决定书上的企业名称不是我们。', newEvidence: false }, ON).ok).toBe(true);
  });

  test('a withdrawn objection does not block the same grounds', () => {
    const cases = { objections: [{ status: 'withdrawn' as const, reason: '罚款金额写错了' }], repairs: [] };
    expect(canFileObjection(record, cases, { reason: '罚款金额写错了', newEvidence: false }, ON).ok).toBe(true);
  });

  test('an expired record cannot be objected to', () => {
    const r = canFileObjection({ ...record, decisionDate: '2019-08-01' }, NO_CASES, { reason: '理由写在这里', newEvidence: false }, ON);
    expect(r).toMatchObject({ ok: false, code: 'OBJECTION_NOT_POSSIBLE' });
  });

  test('grounds compare without spaces and punctuation', () => {
    expect(sameGrounds('金额 写错了。', '金额写错了')).toBe(true);
    expect(sameGrounds('。', '！')).toBe(false);
  });
});

describe('Shandong’s objection limits (《山东省社会信用条例》第三十九条)', () => {
  test('3 working days to settle, 7 where another unit must verify, both from receipt', () => {
    const d = objectionDeadlines('2026-09-30');
    expect({ acceptBy: d.acceptBy, decideBy: d.decideBy, estimated: d.estimated }).toEqual({
      acceptBy: '2026-10-10',
      decideBy: '2026-10-15',
      estimated: false,
    });
    expect(d.text).toBe(
      '自收到异议之日起 3 个工作日内审核处理，并把结果告诉您；需要其他单位协助核查的，自收到异议之日起 7 个工作日内处理完毕并告诉您结果（《山东省社会信用条例》第三十九条第二款）。山东省没有单独规定受理的时限。',
    );
    expect(d.text).not.toMatch(/广州|10 个工作日/);
  });

  test('a limit reaching a year without holiday data is marked as an estimate', () => {
    expect(objectionDeadlines('2026-12-28').estimated).toBe(true);
  });

  test('the history notes name the dates', () => {
    const d = objectionDeadlines('2026-09-30');
    expect(objectionEventNote('submitted', d)).toBe('已提交，2026-10-10 前受理并处理；需要其他单位协助核查的，2026-10-15 前处理完毕。');
    expect(objectionEventNote('accepted', d)).toBe('已受理，2026-10-15 前核实完毕并告诉您结果。');
    expect(objectionEventNote('upheld', d, '经核对原始决定书，记录无误。')).toBe('经核对原始决定书，记录无误。');
  });
});
