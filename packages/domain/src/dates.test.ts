import { describe, expect, test } from 'vitest';
import { addMonths, chinaDateAt, chinaDayNumberAt, dayOfWeek, fromDayNumber, fullYearsBetween, isCivilDate, toDayNumber } from './dates';

describe('isCivilDate', () => {
  const cases: [string, boolean][] = [
    ['2026-11-28', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2026-13-01', false],
    ['2026-4-1', false],
    ['', false],
  ];
  test.each(cases)('%s → %s', (input, expected) => expect(isCivilDate(input)).toBe(expected));
});

describe('addMonths clamps to the month end', () => {
  const cases: [string, number, string][] = [
    ['2026-04-10', 3, '2026-07-10'],
    ['2025-11-30', 3, '2026-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-03-31', -1, '2026-02-28'],
  ];
  test.each(cases)('%s + %i months = %s', (date, months, expected) => expect(addMonths(date, months)).toBe(expected));
});

describe('dayOfWeek', () => {
  const cases: [string, number][] = [
    ['2026-11-28', 6],
    ['2026-10-01', 4],
    ['1970-01-01', 4],
    ['1969-12-28', 0],
  ];
  test.each(cases)('%s → %i', (date, dow) => expect(dayOfWeek(date)).toBe(dow));
});

describe('chinaDateAt reads an instant in UTC+8', () => {
  const cases: [string, string][] = [
    ['2026-11-27T15:59:59Z', '2026-11-27'],
    ['2026-11-27T16:00:00Z', '2026-11-28'],
  ];
  test.each(cases)('%s → %s', (iso, date) => expect(chinaDateAt(new Date(iso))).toBe(date));
  test.each(cases)('%s: the day number names the same day', (iso, date) =>
    expect(chinaDayNumberAt(Date.parse(iso))).toBe(toDayNumber(date)),
  );
});

describe('fullYearsBetween', () => {
  const cases: [string, string, number][] = [
    ['2008-11-28', '2026-11-28', 18],
    ['2008-11-29', '2026-11-28', 17],
    ['2008-02-29', '2026-02-28', 17],
    ['2008-02-29', '2026-03-01', 18],
  ];
  test.each(cases)('%s to %s → %i', (a, b, n) => expect(fullYearsBetween(a, b)).toBe(n));
});

test('day numbers round-trip', () => {
  for (const d of ['1900-03-01', '2000-02-29', '2026-12-31']) expect(fromDayNumber(toDayNumber(d))).toBe(d);
});
