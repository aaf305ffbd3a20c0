import { describe, expect, test } from 'vitest';
import type { CreditRecord } from './display-rules';
import { listExit, listExitText } from './lists';
import { NO_CASES, nextActions, type RecordCases } from './next-actions';

const ON = '2026-12-02';
const general: CreditRecord = { kind: 'penalty', infoClass: '一般', decisionDate: '2026-06-01', dutyFulfilledAt: '2026-06-10' };
const shape = (record: CreditRecord, cases: RecordCases, on = ON) =>
  nextActions(record, cases, on).map(({ action, available, from, reason }) => ({ action, available, from, reason }));

describe('next actions on 我的信用, with their reasons', () => {
  test('in display, past the minimum: both open', () => {
    expect(shape(general, NO_CASES)).toEqual([
      { action: 'object', available: true, from: null, reason: '认为信息有误或不完整，可以提出异议。' },
      {
        action: 'repair',
        available: true,
        from: null,
        reason: '最短公示期 3 个月，2026-09-01 起可以申请信用修复。现在可以申请，需要履行义务的证明和信用承诺书。',
      },
    ]);
  });

  test('before the minimum: repair gives its first day', () => {
    expect(shape(general, NO_CASES, '2026-07-01')[1]).toEqual({
      action: 'repair',
      available: false,
      from: '2026-09-01',
      reason: '最短公示期 3 个月，2026-09-01 起可以申请信用修复。',
    });
  });

  test('an open objection and an open repair each block a second one', () => {
    expect(shape(general, { objections: [{ status: 'submitted' }], repairs: [{ status: 'submitted' }] })).toEqual([
      { action: 'object', available: false, from: null, reason: '异议正在处理，请等待结果。' },
      { action: 'repair', available: false, from: null, reason: '修复申请正在审核。' },
    ]);
  });

  test('closed cases do not block', () => {
    const cases: RecordCases = { objections: [{ status: 'upheld' }, { status: 'withdrawn' }], repairs: [{ status: 'rejected' }] };
    expect(shape(general, cases).map((a) => a.available)).toEqual([true, true]);
  });

  test('repaired, and expired', () => {
    expect(shape({ ...general, repairedAt: '2026-10-01' }, NO_CASES).map((a) => a.reason)).toEqual([
      '这条记录已不再使用，无需提出异议。',
      '已经修复，不再公示，也不再作为惩戒依据。',
    ]);
    expect(shape(general, NO_CASES, '2027-06-01').map((a) => a.reason)).toEqual([
      '这条记录已不再使用，无需提出异议。',
      '已不在公示期内，无需修复。',
    ]);
  });

  test('every action names the rule and its source', () => {
    for (const a of nextActions(general, NO_CASES, ON)) {
      expect(a.rule).toMatch(/^(objection|repair)\./);
      expect(a.source.reference).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('list exits', () => {
  test('wage arrears (人社部令第45号): counted from the correction, not from the listing', () => {
    const exit = listExit({ listType: 'wage-arrears', decisionDate: '2026-08-04', correctedOn: '2026-11-15' }, ON);
    expect(exit.listedUntil).toBe('2029-08-03');
    expect(exit.earlyExitFrom).toBe('2027-05-15');
    expect(exit.conditions.map((c) => [c.text, c.met])).toEqual([
      ['已经改正失信行为', true],
      ['自改正之日起满 6 个月', false],
      ['列入期间没有再发生同类违法行为', 'unknown'],
      ['作出书面信用承诺（申请时签署）', 'unknown'],
    ]);
    expect(listExitText('拖欠农民工工资失信联合惩戒对象名单')).toBe(
      '列入期限为3年，从列入决定之日起算，期满移出。已经改正（付清拖欠的工资）、自改正之日起满6个月、期间没有再拖欠并作出书面信用承诺的，可以申请提前移出。',
    );
  });

  test('a list whose early exit counts from the listing', () => {
    expect(listExit({ listType: 'samr-serious-violation', decisionDate: '2026-01-10' }, ON).earlyExitFrom).toBe('2027-01-10');
  });

  test('an unknown list is refused', () => {
    expect(() => listExit({ listType: '示例名单', decisionDate: '2026-01-10' }, ON)).toThrow(/未收录的名单类型/);
  });
});
