import { describe, expect, test } from 'vitest';
import {
  addWorkingDays,
  addWorkingDaysDetailed,
  CALENDAR_COVERAGE,
  CalendarRangeError,
  type DayKind,
  describeDay,
  isWorkingDay,
  workingDaysBetween,
} from './calendar';
import { HOLIDAY_NOTICES } from './calendar-data';
import { compareDates, dayOfWeek } from './dates';

describe('describeDay', () => {
  const cases: [string, DayKind, string | undefined][] = [
    ['2026-01-01', 'holiday', '元旦'],
    ['2026-01-04', 'makeup_workday', '元旦'],
    ['2026-02-14', 'makeup_workday', '春节'],
    ['2026-02-23', 'holiday', '春节'],
    ['2026-02-24', 'workday', undefined],
    ['2026-05-09', 'makeup_workday', '劳动节'],
    ['2026-09-20', 'makeup_workday', '国庆节'],
    ['2026-10-07', 'holiday', '国庆节'],
    ['2026-10-10', 'makeup_workday', '国庆节'],
    ['2026-11-28', 'weekend', undefined],
    ['2026-11-27', 'workday', undefined],
    ['2025-10-08', 'holiday', '国庆节、中秋节'],
    ['2024-02-04', 'makeup_workday', '春节'],
    ['2023-04-05', 'holiday', '清明节'],
  ];
  test.each(cases)('%s → %s %s', (date, kind, festival) => {
    const info = describeDay(date);
    expect([info.kind, info.festival]).toEqual([kind, festival]);
    expect(info.working).toBe(kind === 'workday' || kind === 'makeup_workday');
  });
  test('a holiday names its notice', () => {
    expect(describeDay('2026-10-01').notice).toBe('国务院办公厅关于2026年部分节假日安排的通知');
  });
});

describe('addWorkingDays (start day not counted)', () => {
  const cases: [string, number, string][] = [
    ['2026-11-27', 1, '2026-11-30'],
    ['2026-11-27', 10, '2026-12-11'],
    ['2026-09-30', 2, '2026-10-09'],
    ['2026-09-28', 3, '2026-10-08'],
    ['2026-10-09', 1, '2026-10-10'],
    ['2026-02-13', 1, '2026-02-14'],
    ['2026-02-13', 2, '2026-02-24'],
    ['2026-04-30', 3, '2026-05-08'],
    ['2026-10-01', 0, '2026-10-08'],
    ['2026-11-27', 0, '2026-11-27'],
  ];
  test.each(cases)('%s + %i → %s', (date, n, expected) => expect(addWorkingDays(date, n)).toBe(expected));
  test('rejects a negative or fractional count', () => {
    expect(() => addWorkingDays('2026-11-27', -1)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-11-27', 1.5)).toThrow(RangeError);
  });
});

describe('workingDaysBetween counts (a, b]', () => {
  const cases: [string, string, number][] = [
    ['2026-11-27', '2026-12-11', 10],
    ['2026-09-30', '2026-10-09', 2],
    ['2026-10-09', '2026-09-30', -2],
    ['2026-11-27', '2026-11-27', 0],
    ['2026-01-01', '2026-01-31', 21],
  ];
  test.each(cases)('%s → %s = %i', (a, b, n) => expect(workingDaysBetween(a, b)).toBe(n));
});

describe('outside the data', () => {
  test('the data covers 2023 to 2026', () => {
    expect(CALENDAR_COVERAGE).toMatchObject({ from: '2023-01-01', to: '2026-12-31', years: [2023, 2024, 2025, 2026] });
  });
  const outside = ['2027-01-04', '2022-06-01'];
  test.each(outside)('%s throws a clear error by default', (date) => {
    expect(() => isWorkingDay(date)).toThrow(CalendarRangeError);
    expect(() => isWorkingDay(date)).toThrow(/节假日安排尚未收录/);
  });
  test('a count that runs into 2027 throws by default', () => {
    expect(() => addWorkingDays('2026-12-25', 10)).toThrow(CalendarRangeError);
  });
  test('weekends-only fallback is explicit and flagged', () => {
    const result = addWorkingDaysDetailed('2026-12-25', 10, { outsideData: 'weekends-only' });
    expect(result).toEqual({ date: '2027-01-08', estimated: true, uncoveredYears: [2027] });
    expect(describeDay('2027-01-01', { outsideData: 'weekends-only' })).toMatchObject({ kind: 'workday', fromData: false });
  });
  test('a count inside the data is not an estimate', () => {
    expect(addWorkingDaysDetailed('2026-11-27', 10, { outsideData: 'weekends-only' })).toMatchObject({
      estimated: false,
      uncoveredYears: [],
    });
  });
  test('malformed dates are refused', () => {
    expect(() => isWorkingDay('2026-02-30')).toThrow(RangeError);
  });
});

describe('data sanity', () => {
  test.each(HOLIDAY_NOTICES.map((n) => [n.year, n] as const))(
    '%i notice: make-up days are weekends, ranges are ordered',
    (_year, notice) => {
      for (const f of notice.festivals) {
        expect(compareDates(f.off[0], f.off[1])).toBeLessThanOrEqual(0);
        for (const d of f.makeUpWorkdays) expect([0, 6]).toContain(dayOfWeek(d));
      }
    },
  );
});
