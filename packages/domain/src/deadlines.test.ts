import { describe, expect, test } from 'vitest';
import { CalendarRangeError } from './calendar';
import { computeDeadline, DEADLINE_KINDS, DEADLINE_RULES, type DeadlineKind, dueStatus } from './deadlines';
import { DEADLINE_DATA } from './generated/rules';
import { objectionDeadlines } from './objection-cases';

describe('computeDeadline', () => {
  const cases: { kind: DeadlineKind; start: string; due: string; days: number; estimated: boolean }[] = [
    // 2026-10-01…07 off, 10-10 (Saturday) worked: the third working day after 09-30 is that Saturday.
    { kind: 'objection_decision', start: '2026-09-30', due: '2026-10-10', days: 3, estimated: false },
    { kind: 'objection_decision_assisted', start: '2026-11-27', due: '2026-12-08', days: 7, estimated: false },
    { kind: 'record_change_report', start: '2026-06-18', due: '2026-06-24', days: 3, estimated: false },
    { kind: 'repair_decision', start: '2026-02-12', due: '2026-03-04', days: 10, estimated: false },
    { kind: 'repair_result_sharing', start: '2026-04-30', due: '2026-05-08', days: 3, estimated: false },
    { kind: 'double_publicity_upload', start: '2026-09-25', due: '2026-10-12', days: 7, estimated: false },
    { kind: 'repair_decision', start: '2026-12-24', due: '2027-01-07', days: 10, estimated: true },
  ];
  test.each(cases)('$kind from $start → $due', ({ kind, start, due, days, estimated }) => {
    const d = computeDeadline(kind, start);
    expect({ due: d.due, days: d.workingDays, estimated: d.estimated }).toEqual({ due, days, estimated });
  });

  test('an estimate can be refused', () => {
    expect(() => computeDeadline('repair_decision', '2026-12-24', { outsideData: 'throw' })).toThrow(CalendarRangeError);
  });

  test('objection limits are Shandong law, with the article; the repair target says Shandong sets none', () => {
    for (const kind of ['objection_decision', 'objection_decision_assisted'] as const) {
      const d = computeDeadline(kind, '2026-06-01');
      expect(d.source).toMatchObject({ status: 'law', reference: '《山东省社会信用条例》第三十九条第二款' });
      expect(d.text).not.toMatch(/广州|清远|江西/);
    }
    const repair = computeDeadline('repair_decision', '2026-06-01');
    expect(repair.source.status).toBe('local_practice');
    expect(repair.text).toBe('山东省没有规定信用修复的办理天数，本系统要求部门在 10 个工作日内办结（不是法定期限）');
  });

  test('the dates an objection is given are the Shandong limits counted from receipt', () => {
    const received = '2026-09-30';
    const { acceptBy, decideBy } = objectionDeadlines(received);
    expect(acceptBy).toBe(computeDeadline('objection_decision', received).due);
    expect(decideBy).toBe(computeDeadline('objection_decision_assisted', received).due);
    expect(decideBy).toBe('2026-10-15');
  });

  test('every kind has data, a Chinese label and a source for each version', () => {
    expect(DEADLINE_DATA.map((d) => d.kind).sort()).toEqual([...DEADLINE_KINDS].sort());
    for (const kind of DEADLINE_KINDS) {
      const rule = DEADLINE_RULES[kind];
      expect(rule.label).toMatch(/[\u4e00-\u9fff]/);
      for (const v of rule.versions) expect(v.source.reference.length).toBeGreaterThan(4);
    }
  });
});

describe('dueStatus for a review queue', () => {
  test.each([
    ['2026-10-10', '2026-09-30', false, 3],
    ['2026-10-10', '2026-10-10', false, 0],
    ['2026-10-09', '2026-10-12', true, -2],
  ] as const)('due %s, today %s → overdue %s, %i working days left', (due, today, overdue, left) => {
    expect(dueStatus(due, today)).toEqual({ overdue, workingDaysLeft: left });
  });
});
