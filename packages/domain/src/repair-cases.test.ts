import { describe, expect, test } from 'vitest';
import type { CreditRecord } from './display-rules';
import { NO_CASES } from './next-actions';
import { feeTexts } from './public-texts';
import {
  canApplyForRepair,
  minimumPeriodText,
  REPAIR_STATES,
  type RepairState,
  repairEligibility,
  repairFee,
  repairMaterials,
  repairProgress,
  repairSubmittedNote,
  repairTransition,
} from './repair-cases';

const ON = '2026-12-02';
const food: CreditRecord = {
  kind: 'penalty',
  infoClass: '一般',
  decisionDate: '2024-11-22',
  sector: 'food',
  dutyFulfilledAt: '2024-12-02',
};

describe('repair state machine', () => {
  const allowed: [RepairState, RepairState, 'staff' | 'subject', string][] = [
    ['submitted', 'approved', 'staff', 'repair'],
    ['submitted', 'rejected', 'staff', 'none'],
    ['submitted', 'withdrawn', 'subject', 'none'],
  ];
  test.each(allowed)('%s → %s by %s', (from, to, actor, effect) => {
    expect(repairTransition({ from, to, actor, reason: '材料齐全，符合条件。' })).toMatchObject({ ok: true, effect, final: true });
  });
  test('nothing else', () => {
    const ok = new Set(allowed.map(([f, t, a]) => `${f}>${t}>${a}`));
    for (const from of REPAIR_STATES)
      for (const to of REPAIR_STATES)
        for (const actor of ['staff', 'subject'] as const)
          if (!ok.has(`${from}>${to}>${actor}`))
            expect(repairTransition({ from, to, actor, reason: 'x' }).ok, `${from}>${to}>${actor}`).toBe(false);
  });
  test('a decided application says how to go on', () => {
    expect(repairTransition({ from: 'rejected', to: 'approved', actor: 'staff', reason: 'x' })).toEqual({
      ok: false,
      code: 'CASE_CLOSED',
      message: '这个申请已经审核完毕。未通过的，可以按原因补齐材料后重新申请。',
    });
  });
});

describe('what the repair screen shows', () => {
  test('the demo food penalty under Order 58: one year minimum in the food field, open now', () => {
    const e = repairEligibility(food, NO_CASES, ON);
    expect(e).toMatchObject({
      eligible: true,
      from: ON,
      infoClass: '一般',
      minimumPeriod: '12 个月（食品领域）',
      feeYuan: 0,
      deadlineWorkingDays: 10,
      deadlineText: '山东省没有规定信用修复的办理天数，本系统要求部门在 10 个工作日内办结（不是法定期限）',
    });
    expect(e.reasons).toEqual([
      '食品领域最短公示期 12 个月，2025-11-22 起可以申请信用修复。现在可以申请，需要履行义务的证明和信用承诺书。',
    ]);
    expect(e.materials).toEqual(['履行义务的证明：如罚款缴纳凭证、整改完成的证明（拍照或 PDF）', '信用承诺书：在本应用中阅读并签署']);
    expect(e.sources.fee).toMatchObject({
      reference: '鲁信用办〔2021〕3号第六部分',
      status: 'law',
      quote: '不得以任何形式向申请信用修复的主体收取费用',
    });
  });

  test('not yet: the first day is given', () => {
    const e = repairEligibility({ kind: 'penalty', infoClass: '严重', decisionDate: '2026-07-05' }, NO_CASES, ON);
    expect(e).toMatchObject({ eligible: false, from: '2027-07-05', minimumPeriod: '12 个月' });
  });

  test('specific serious conduct under 527号: never early', () => {
    const r: CreditRecord = {
      kind: 'penalty',
      infoClass: '严重',
      decisionDate: '2021-05-10',
      sector: 'food',
      penaltyTypes: ['licence_revocation'],
    };
    const e = repairEligibility(r, NO_CASES, '2023-01-01');
    expect(e).toMatchObject({ eligible: false, from: null, minimumPeriod: '不能提前修复，按最长公示期公示' });
    expect(e.reasons[0]).toContain('特定严重失信行为');
  });

  test('minimum period texts', () => {
    expect(minimumPeriodText({ kind: 'penalty', infoClass: '轻微', decisionDate: '2026-05-01' }, ON)).toBe('履行义务后即可申请');
    expect(minimumPeriodText({ kind: 'penalty', infoClass: '一般', decisionDate: '2018-05-01' }, ON)).toBe('未规定');
    expect(
      minimumPeriodText({ kind: 'serious_dishonesty', infoClass: '严重', decisionDate: '2026-08-04', listType: 'wage-arrears' }, ON),
    ).toBe('改正之日起满 6 个月');
  });

  test('materials and fee are dated: 国办发〔2025〕22号 cut the materials to two', () => {
    expect(repairMaterials('2025-06-22').items).toHaveLength(2);
    expect(repairMaterials('2025-06-21').items).toHaveLength(3);
    expect(repairFee(ON)).toMatchObject({ amountYuan: 0, text: '免费办理，不收任何费用，也不需要找中介' });
  });

  test('applying twice, or too early, is refused with a reason', () => {
    expect(canApplyForRepair(food, { objections: [], repairs: [{ status: 'submitted' }] }, ON)).toEqual({
      ok: false,
      code: 'REPAIR_ALREADY_OPEN',
      message: '这条记录已有正在审核的修复申请，请凭查询码查看进度。',
    });
    expect(canApplyForRepair({ kind: 'penalty', infoClass: '严重', decisionDate: '2026-07-05' }, NO_CASES, ON)).toMatchObject({
      ok: false,
      code: 'REPAIR_NOT_YET_POSSIBLE',
    });
    expect(canApplyForRepair(food, { objections: [], repairs: [{ status: 'rejected' }] }, ON)).toEqual({ ok: true });
  });
});

describe('progress of an application', () => {
  test('under review, then approved', () => {
    const review = repairProgress({ status: 'submitted', submittedOn: '2026-11-20', decideBy: '2026-12-04', decidedOn: null });
    expect(review).toMatchObject({
      statusLabel: '审核中',
      nextStep: '部门正在审核，2026-12-04 前办结。免费办理，不收任何费用，也不需要找中介。',
      feeYuan: 0,
    });
    expect(review.steps.map((s) => s.done)).toEqual([true, false, false]);
    const approved = repairProgress({ status: 'approved', submittedOn: '2026-11-20', decideBy: '2026-12-04', decidedOn: '2026-12-01' });
    expect(approved.steps).toEqual([
      { label: '已提交', done: true, date: '2026-11-20' },
      { label: '部门审核', done: true, date: null },
      { label: '已修复，停止公示', done: true, date: '2026-12-01' },
    ]);
  });
  test('the first history note says free and the due date', () => {
    expect(repairSubmittedNote('2026-12-16', ON)).toBe('已提交，免费办理，2026-12-16 前办结。');
  });
});

describe('fee texts for screens with no API answer', () => {
  test('come from the same rule as the repair fee, and say objections are free too, each with its source', () => {
    const fees = feeTexts(ON);
    expect(fees.repair.text).toBe(repairFee(ON).text);
    expect(fees.repair).toMatchObject({ short: '全程免费', source: { status: 'law' } });
    expect(fees.repair.warning).toContain('请不要付钱');
    expect(fees.objection).toMatchObject({ text: '提出异议不收费', source: { status: 'local_practice' } });
  });
});
