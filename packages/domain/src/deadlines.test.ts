import { describe, expect, test } from 'vitest';
import { CalendarRangeError } from './calendar';
import { computeDeadline, DEADLINE_KINDS, DEADLINE_RULES, type DeadlineKind } from './deadlines';

describe('computeDeadline', () => {
  const cases: { kind: DeadlineKind; start: string; due: string; days: number; estimated: boolean }[] = [
    { kind: 'objection_acceptance', start: '2026-09-30', due: '2026-10-09', days: 2, estimated: false },
    { kind: 'objection_verification', start: '2026-11-27', due: '2026-12-11', days: 10, estimated: false },
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

  test('local practice is labelled as such', () => {
    const local: DeadlineKind[] = [
      'objection_acceptance',
      'objection_platform_check',
      'objection_verification',
      'repair_decision',
      'repair_result_sharing',
    ];
    for (const kind of local) expect(computeDeadline(kind, '2026-06-01').source.status).toBe('local_practice');
  });

  test('every rule has a Chinese label and a source for each version', () => {
    for (const kind of DEADLINE_KINDS) {
      const rule = DEADLINE_RULES[kind];
      expect(rule.label).toMatch(/[\u4e00-\u9fff]/);
      for (const v of rule.versions) expect(v.source.reference.length).toBeGreaterThan(4);
    }
  });
});
