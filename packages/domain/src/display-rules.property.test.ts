import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { INFORMATION_CLASSES } from './benefit-criteria';
import { addMonths, compareDates, fromDayNumber, toDayNumber } from './dates';
import { assessDisplay, type CreditRecord, RECORD_KINDS } from './display-rules';

const day = (min: string, max: string) => fc.integer({ min: toDayNumber(min), max: toDayNumber(max) }).map(fromDayNumber);
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const record: fc.Arbitrary<CreditRecord> = fc.record({
  kind: fc.constantFrom(...RECORD_KINDS),
  infoClass: fc.constantFrom(...INFORMATION_CLASSES),
  decisionDate: day('2016-01-01', '2030-12-31'),
  displayEnd: optional(day('2015-01-01', '2035-12-31')),
  repairedAt: optional(day('2016-01-01', '2035-12-31')),
  dutyFulfilledAt: optional(day('2016-01-01', '2035-12-31')),
  objectionOpen: optional(fc.boolean()),
  subjectIsNaturalPerson: optional(fc.boolean()),
  subjectIsMinor: optional(fc.boolean()),
});
const on = day('2016-01-01', '2036-12-31');

describe('display-period properties', () => {
  test('display end is never before display start, nor beyond the regime maximum', () => {
    fc.assert(
      fc.property(record, on, (r, d) => {
        const a = assessDisplay(r, d);
        if (a.window) expect(compareDates(a.window.end, a.window.start)).toBeGreaterThanOrEqual(0);
        if (a.displayStart && a.displayEnd) expect(compareDates(a.displayEnd, a.displayStart)).toBeGreaterThanOrEqual(0);
        if (a.window && a.maximumEnd) expect(compareDates(a.window.end, a.maximumEnd)).toBeLessThanOrEqual(0);
      }),
      { numRuns: 1000 },
    );
  });

  test('a repaired or expired record is never displayed', () => {
    fc.assert(
      fc.property(record, on, (r, d) => {
        const a = assessDisplay(r, d);
        const repaired = r.repairedAt != null && compareDates(r.repairedAt, d) <= 0;
        const expired = a.window !== null && compareDates(d, a.window.end) > 0;
        if (repaired || expired) expect(a.displayed).toBe(false);
        if (a.displayed) expect(['公示中', '异议处理中']).toContain(a.status);
      }),
      { numRuns: 1000 },
    );
  });

  test('natural persons’ and minors’ records are never displayed', () => {
    fc.assert(
      fc.property(record, on, (r, d) => {
        if (r.subjectIsNaturalPerson || r.subjectIsMinor) expect(assessDisplay(r, d).displayed).toBe(false);
      }),
    );
  });

  test('the earliest repair date never precedes the minimum period', () => {
    fc.assert(
      fc.property(record, on, (r, d) => {
        const a = assessDisplay(r, d);
        if (a.earliestRepairDate === null) return;
        expect(compareDates(a.earliestRepairDate, r.decisionDate)).toBeGreaterThanOrEqual(0);
        const min = a.periods.minimum;
        if (min !== null && min !== 'duty_fulfilled') {
          expect(compareDates(a.earliestRepairDate, addMonths(r.decisionDate, min.months))).toBeGreaterThanOrEqual(0);
        }
        if (min === 'duty_fulfilled') expect(r.dutyFulfilledAt).toBeDefined();
      }),
      { numRuns: 1000 },
    );
  });
});
