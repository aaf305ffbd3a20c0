import { describe, expect, test } from 'vitest';
import { INFORMATION_CLASSES, type InformationClass } from './benefit-criteria';
import { addDays, addMonths, type CivilDate, compareDates, fromDayNumber, toDayNumber } from './dates';
import { assessDisplay } from './display-rules';
import { NO_CASES, nextActions } from './next-actions';
import { SECTORS, type Sector } from './vocabulary';

/**
 * Every decision date from 2017 to 2027, every class, every field: the display window, the earliest repair
 * date and the next actions are those of the rule in force on the decision date. The expected periods are
 * written here from the texts themselves (sources in content/rules/display-periods.yaml), independently of the
 * rule data, so a wrong number in the data or a wrong date boundary fails this test.
 */
interface Law {
  id: string;
  from: CivilDate;
  to: CivilDate;
  maximum: (c: InformationClass) => number | null;
  minimum: (c: InformationClass, sector: Sector | null) => number | 'duty' | null;
}

const ORDER_58_LONGER: readonly Sector[] = ['food', 'drugs', 'special_equipment', 'work_safety', 'fire'];

const LAWS: Law[] = [
  // 2017 notice: one year, serious three years, no minimum.
  { id: 'ndrc-2017', from: '2017-01-01', to: '2019-06-30', maximum: (c) => (c === '严重' ? 36 : 12), minimum: () => null },
  // 527号: general 3 months – 1 year, serious 6 months – 3 years (no 轻微 class: as general).
  {
    id: 'ndrc-2019-527',
    from: '2019-07-01',
    to: '2023-04-30',
    maximum: (c) => (c === '严重' ? 36 : 12),
    minimum: (c) => (c === '严重' ? 6 : 3),
  },
  // Order 58: every penalty 3 months – 3 years; one year minimum in five fields.
  {
    id: 'ndrc-order-58',
    from: '2023-05-01',
    to: '2026-03-31',
    maximum: () => 36,
    minimum: (_c, s) => (s && ORDER_58_LONGER.includes(s) ? 12 : 3),
  },
  // Order 36: 轻微 not displayed unless the authority sets it; general 3 months – 1 year; serious 1 – 3 years.
  {
    id: 'ndrc-order-36',
    from: '2026-04-01',
    to: '2027-12-31',
    maximum: (c) => (c === '轻微' ? null : c === '一般' ? 12 : 36),
    minimum: (c) => (c === '轻微' ? 'duty' : c === '一般' ? 3 : 12),
  },
];

const lawOn = (d: CivilDate) => LAWS.find((l) => compareDates(d, l.from) >= 0 && compareDates(d, l.to) <= 0) as Law;
const sectors: (Sector | null)[] = [null, ...SECTORS];

// Every third day, and every boundary day and the day either side of it.
const dates: CivilDate[] = [];
for (let n = toDayNumber('2017-01-01'); n <= toDayNumber('2027-12-31'); n += 3) dates.push(fromDayNumber(n));
for (const l of LAWS) dates.push(addDays(l.from, -1), l.from, addDays(l.from, 1), l.to);

describe('a decision on any date from 2017 to 2027, in any class and field, follows the rule in force', () => {
  // One expect at the end: a mismatch list is cheap to build, 40,000 expect() calls are not.
  const mismatches: string[] = [];
  const same = (what: string, actual: unknown, expected: unknown) => {
    if (JSON.stringify(actual) !== JSON.stringify(expected))
      mismatches.push(`${what}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`);
  };
  const available = (record: Parameters<typeof nextActions>[0], on: CivilDate) =>
    nextActions(record, NO_CASES, on).map((x) => (x.available ? 'yes' : (x.from ?? 'no')));

  test(`${dates.length} dates × ${INFORMATION_CLASSES.length} classes × ${sectors.length} fields`, () => {
    let checked = 0;
    for (const decided of dates) {
      if (compareDates(decided, '2017-01-01') < 0) continue;
      const law = lawOn(decided);
      for (const infoClass of INFORMATION_CLASSES) {
        for (const sector of sectors) {
          const at = `${decided} ${infoClass} ${sector ?? '-'}`;
          const record = { kind: 'penalty' as const, infoClass, decisionDate: decided, sector, dutyFulfilledAt: addDays(decided, 5) };
          const a = assessDisplay(record, decided);
          same(`${at} regime`, a.regime.id, law.id);
          const max = law.maximum(infoClass);
          const end = max === null ? null : addDays(addMonths(decided, max), -1);
          same(`${at} window end`, a.window?.end ?? null, end);
          const min = law.minimum(infoClass, sector);
          const earliest = min === null ? null : min === 'duty' ? addDays(decided, 5) : addMonths(decided, min);
          same(`${at} earliest repair`, a.earliestRepairDate, earliest);
          const tenDays = addDays(decided, 10);
          if (end === null) {
            same(`${at} actions on day 10`, available(record, tenDays), ['no', 'no']);
          } else {
            // Ten days in: an objection is open to the subject; repair waits for the minimum (or is not known).
            const repairOnDay10 = earliest === null ? 'no' : compareDates(earliest, tenDays) > 0 ? earliest : 'yes';
            same(`${at} actions on day 10`, available(record, tenDays), ['yes', repairOnDay10]);
            // On the earliest repair date, repair opens; the day after the window, nothing is left to do.
            if (earliest !== null && compareDates(earliest, end) <= 0)
              same(`${at} repair on ${earliest}`, available(record, earliest)[1], 'yes');
            same(`${at} actions after ${end}`, available(record, addDays(end, 1)), ['no', 'no']);
          }
          checked++;
        }
      }
    }
    expect(mismatches.slice(0, 20)).toEqual([]);
    expect(checked).toBeGreaterThan(40_000);
  }, 60_000);
});
