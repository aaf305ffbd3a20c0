import { describe, expect, it } from 'vitest';
import { decisionOptions, urgencyOf } from './case-decisions';

describe('decisionOptions', () => {
  it('offers a submitted objection acceptance or rejection, and a decision only once accepted', () => {
    expect(decisionOptions('objection', 'submitted').map((o) => o.outcome)).toEqual(['accepted', 'rejected']);
    expect(decisionOptions('objection', 'accepted').map((o) => [o.outcome, o.effect])).toEqual([
      ['corrected', 'correct'],
      ['deleted', 'revoke'],
      ['upheld', 'none'],
    ]);
    expect(decisionOptions('objection', 'upheld')).toEqual([]);
  });

  it('says what each decision changes, with its source', () => {
    for (const o of [
      ...decisionOptions('objection', 'submitted'),
      ...decisionOptions('objection', 'accepted'),
      ...decisionOptions('repair', 'submitted'),
    ]) {
      expect(o.effectText.length).toBeGreaterThan(10);
      expect(o.source.reference).toMatch(/《.+》/);
    }
    const approve = decisionOptions('repair', 'submitted').find((o) => o.outcome === 'approved');
    expect(approve).toMatchObject({ effect: 'repair', needsReason: true, label: '已修复' });
    expect(approve?.source.sourceId).toBe('order-36');
  });

  it('offers nothing for an unknown state', () => {
    expect(decisionOptions('repair', 'nonsense')).toEqual([]);
  });
});

describe('urgencyOf', () => {
  it('marks overdue first, then two working days or fewer as due soon', () => {
    expect(urgencyOf({ overdue: true, workingDaysLeft: 0 })).toBe('overdue');
    expect(urgencyOf({ overdue: false, workingDaysLeft: 2 })).toBe('dueSoon');
    expect(urgencyOf({ overdue: false, workingDaysLeft: 3 })).toBe('onTime');
  });
});
