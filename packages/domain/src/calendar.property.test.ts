import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addWorkingDays, CALENDAR_COVERAGE, describeDay, workingDaysBetween } from './calendar';
import { addDays, fromDayNumber, toDayNumber } from './dates';
import { computeDeadline, DEADLINE_KINDS } from './deadlines';

const from = toDayNumber('2023-01-01');
const last = toDayNumber(CALENDAR_COVERAGE.to);
/** Start dates early enough that a count of up to 40 working days stays inside the data. */
const startDate = fc.integer({ min: from, max: last - 70 }).map(fromDayNumber);
const count = fc.integer({ min: 0, max: 40 });

describe('working-day properties', () => {
  test('a deadline never lands on a holiday or on a weekend that is not a make-up day', () => {
    fc.assert(
      fc.property(startDate, count, (date, n) => {
        const due = describeDay(addWorkingDays(date, n));
        expect(due.working).toBe(true);
        expect(['workday', 'makeup_workday']).toContain(due.kind);
      }),
    );
  });

  test('addWorkingDays and workingDaysBetween agree', () => {
    fc.assert(
      fc.property(startDate, fc.integer({ min: 1, max: 40 }), (date, n) => {
        const due = addWorkingDays(date, n);
        expect(workingDaysBetween(date, due)).toBe(n);
        expect(workingDaysBetween(date, addDays(due, -1))).toBe(n - 1);
      }),
    );
  });

  test('every deadline kind lands on a working day after its start', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: toDayNumber('2021-05-10'), max: last }).map(fromDayNumber),
        fc.constantFrom(...DEADLINE_KINDS),
        (start, kind) => {
          const d = computeDeadline(kind, start);
          expect(toDayNumber(d.due)).toBeGreaterThan(toDayNumber(start));
          expect(describeDay(d.due, { outsideData: 'weekends-only' }).working).toBe(true);
        },
      ),
    );
  });
});
