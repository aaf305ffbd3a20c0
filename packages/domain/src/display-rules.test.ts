import { describe, expect, test } from 'vitest';
import { DISPLAY_PERIOD_RULE } from './display-parameters';
import {
  assessDisplay,
  type CreditRecord,
  countsAgainstSubjectOn,
  type DisplayStatus,
  type EndBasis,
  recomputeWindow,
  regimeFor,
} from './display-rules';
import { DISPLAY_RULES_VERSION } from './rule-sources';

const penalty = (over: Partial<CreditRecord>): CreditRecord => ({
  kind: 'penalty',
  infoClass: '一般',
  decisionDate: '2026-04-10',
  ...over,
});

describe('the regime is chosen by the decision date', () => {
  const cases: [string, string][] = [
    ['2018-05-01', 'ndrc-2017'],
    ['2019-06-30', 'ndrc-2017'],
    ['2019-07-01', 'ndrc-2019-527'],
    ['2023-04-30', 'ndrc-2019-527'],
    ['2023-05-01', 'ndrc-order-58'],
    ['2026-03-31', 'ndrc-order-58'],
    ['2026-04-01', 'ndrc-order-36'],
  ];
  test.each(cases)('%s → %s', (date, id) => expect(regimeFor(date).id).toBe(id));
  test('each regime names its source', () => {
    for (const v of DISPLAY_PERIOD_RULE.versions) expect(v.source.reference).toMatch(/[\u4e00-\u9fff]/);
    expect(regimeFor('2026-04-01').source.reference).toContain('国家发展改革委令第36号');
    expect(regimeFor('2020-01-01').source.reference).toContain('发改办财金〔2019〕527号');
  });
});

interface Case {
  name: string;
  record: CreditRecord;
  on: string;
  expected: {
    status: DisplayStatus;
    displayed: boolean;
    displayStart: string | null;
    displayEnd: string | null;
    earliestRepairDate: string | null;
    endBasis?: EndBasis;
    warnings?: number;
  };
}

const cases: Case[] = [
  {
    name: '一般, Order 36: 1 year maximum, repair after 3 months',
    record: penalty({}),
    on: '2026-11-28',
    expected: {
      status: '公示中',
      displayed: true,
      displayStart: '2026-04-10',
      displayEnd: '2027-04-09',
      earliestRepairDate: '2026-07-10',
      endBasis: 'regime_maximum',
    },
  },
  {
    name: '一般, the last day of display',
    record: penalty({}),
    on: '2027-04-09',
    expected: { status: '公示中', displayed: true, displayStart: '2026-04-10', displayEnd: '2027-04-09', earliestRepairDate: '2026-07-10' },
  },
  {
    name: '一般, the day after: display ends by itself',
    record: penalty({}),
    on: '2027-04-10',
    expected: {
      status: '公示期满',
      displayed: false,
      displayStart: '2026-04-10',
      displayEnd: '2027-04-09',
      earliestRepairDate: '2026-07-10',
    },
  },
  {
    name: '严重, Order 36: 3 years maximum, repair after 1 year',
    record: penalty({ infoClass: '严重' }),
    on: '2026-11-28',
    expected: { status: '公示中', displayed: true, displayStart: '2026-04-10', displayEnd: '2029-04-09', earliestRepairDate: '2027-04-10' },
  },
  {
    name: '严重 decided under 527号: repair after 6 months',
    record: penalty({ infoClass: '严重', decisionDate: '2022-03-15' }),
    on: '2024-01-01',
    expected: { status: '公示中', displayed: true, displayStart: '2022-03-15', displayEnd: '2025-03-14', earliestRepairDate: '2022-09-15' },
  },
  {
    name: '一般 decided under the 2017 notice: 1 year, no known minimum',
    record: penalty({ decisionDate: '2018-05-02' }),
    on: '2018-12-01',
    expected: { status: '公示中', displayed: true, displayStart: '2018-05-02', displayEnd: '2019-05-01', earliestRepairDate: null },
  },
  {
    name: 'authority CF_GSJZQ earlier than the maximum wins',
    record: penalty({ displayEnd: '2026-10-09' }),
    on: '2026-11-28',
    expected: {
      status: '公示期满',
      displayed: false,
      displayStart: '2026-04-10',
      displayEnd: '2026-10-09',
      earliestRepairDate: '2026-07-10',
      endBasis: 'authority',
    },
  },
  {
    name: 'authority CF_GSJZQ beyond the maximum is capped, with a warning',
    record: penalty({ displayEnd: '2028-12-31' }),
    on: '2026-11-28',
    expected: {
      status: '公示中',
      displayed: true,
      displayStart: '2026-04-10',
      displayEnd: '2027-04-09',
      earliestRepairDate: '2026-07-10',
      endBasis: 'regime_maximum',
      warnings: 1,
    },
  },
  {
    name: 'authority CF_GSJZQ before the decision date is ignored, with a warning',
    record: penalty({ displayEnd: '2025-01-01' }),
    on: '2026-11-28',
    expected: {
      status: '公示中',
      displayed: true,
      displayStart: '2026-04-10',
      displayEnd: '2027-04-09',
      earliestRepairDate: '2026-07-10',
      warnings: 1,
    },
  },
  {
    name: '轻微, Order 36, no CF_GSJZQ: not displayed; repair once the duty is fulfilled',
    record: penalty({ infoClass: '轻微', dutyFulfilledAt: '2026-05-01' }),
    on: '2026-04-20',
    expected: {
      status: '不公示',
      displayed: false,
      displayStart: null,
      displayEnd: null,
      earliestRepairDate: '2026-05-01',
      endBasis: 'none',
    },
  },
  {
    name: '轻微, Order 36, CF_GSJZQ set: displayed at most 3 months',
    record: penalty({ infoClass: '轻微', displayEnd: '2026-12-31' }),
    on: '2026-05-01',
    expected: {
      status: '公示中',
      displayed: true,
      displayStart: '2026-04-10',
      displayEnd: '2026-07-09',
      earliestRepairDate: null,
      warnings: 1,
    },
  },
  {
    name: 'repaired: never displayed again',
    record: penalty({ repairedAt: '2026-08-01' }),
    on: '2026-11-28',
    expected: {
      status: '已修复',
      displayed: false,
      displayStart: '2026-04-10',
      displayEnd: '2027-04-09',
      earliestRepairDate: '2026-07-10',
    },
  },
  {
    name: 'repair dated later than the day asked about: still displayed that day',
    record: penalty({ repairedAt: '2026-12-01' }),
    on: '2026-11-28',
    expected: { status: '公示中', displayed: true, displayStart: '2026-04-10', displayEnd: '2027-04-09', earliestRepairDate: '2026-07-10' },
  },
  {
    name: 'open objection: displayed, marked as disputed',
    record: penalty({ objectionOpen: true }),
    on: '2026-11-28',
    expected: {
      status: '异议处理中',
      displayed: true,
      displayStart: '2026-04-10',
      displayEnd: '2027-04-09',
      earliestRepairDate: '2026-07-10',
    },
  },
  {
    name: 'natural person: not published',
    record: penalty({ subjectIsNaturalPerson: true }),
    on: '2026-11-28',
    expected: { status: '不公示', displayed: false, displayStart: null, displayEnd: null, earliestRepairDate: '2026-07-10' },
  },
  {
    name: 'minor: not published',
    record: penalty({ subjectIsNaturalPerson: true, subjectIsMinor: true, infoClass: '严重' }),
    on: '2026-11-28',
    expected: { status: '不公示', displayed: false, displayStart: null, displayEnd: null, earliestRepairDate: '2027-04-10' },
  },
  {
    name: 'serious-dishonesty list entry of an unknown list, decided under Order 58: shown 3 years; exit by the list’s own rules',
    record: { kind: 'serious_dishonesty', infoClass: '严重', decisionDate: '2025-06-01' },
    on: '2026-11-28',
    expected: { status: '公示中', displayed: true, displayStart: '2025-06-01', displayEnd: '2028-05-31', earliestRepairDate: null },
  },
  {
    name: 'serious-dishonesty list entry of an unknown list under Order 36 follows the 严重 class',
    record: { kind: 'serious_dishonesty', infoClass: '严重', decisionDate: '2026-06-01' },
    on: '2026-11-28',
    expected: { status: '公示中', displayed: true, displayStart: '2026-06-01', displayEnd: '2029-05-31', earliestRepairDate: '2027-06-01' },
  },
  {
    name: 'wage-arrears list: 3 years from listing; early exit 6 months after the wages were paid (人社部令第45号)',
    record: {
      kind: 'serious_dishonesty',
      infoClass: '严重',
      decisionDate: '2026-08-04',
      listType: '拖欠农民工工资失信联合惩戒对象名单',
      dutyFulfilledAt: '2026-10-20',
    },
    on: '2026-12-02',
    expected: {
      status: '公示中',
      displayed: true,
      displayStart: '2026-08-04',
      displayEnd: '2029-08-03',
      earliestRepairDate: '2027-04-20',
      endBasis: 'list_period',
    },
  },
];

describe('assessDisplay', () => {
  test.each(cases)('$name', ({ record, on, expected }) => {
    const a = assessDisplay(record, on);
    const { warnings, endBasis, ...rest } = expected;
    expect({
      status: a.status,
      displayed: a.displayed,
      displayStart: a.displayStart,
      displayEnd: a.displayEnd,
      earliestRepairDate: a.earliestRepairDate,
    }).toEqual(rest);
    if (endBasis) expect(a.endBasis).toBe(endBasis);
    expect(a.warnings).toHaveLength(warnings ?? 0);
    expect(a.statusReason).toMatch(/[\u4e00-\u9fff]/);
  });

  test('a disputed record is flagged', () => {
    expect(assessDisplay(penalty({ objectionOpen: true }), '2026-11-28').disputed).toBe(true);
  });

  test('invalid input is refused', () => {
    expect(() => assessDisplay(penalty({ decisionDate: '2026-02-30' }), '2026-11-28')).toThrow(RangeError);
    expect(() => assessDisplay(penalty({ infoClass: '中等' as never }), '2026-11-28')).toThrow(/未知的信息类别/);
  });
});

describe('countsAgainstSubjectOn', () => {
  const rows: [string, CreditRecord, string, boolean][] = [
    ['in display', penalty({}), '2026-11-28', true],
    ['expired', penalty({}), '2027-04-10', false],
    ['repaired', penalty({ repairedAt: '2026-08-01' }), '2026-11-28', false],
    ['natural person, in window', penalty({ subjectIsNaturalPerson: true }), '2026-11-28', true],
    ['轻微 without display', penalty({ infoClass: '轻微' }), '2026-04-20', false],
    ['decided later', penalty({ decisionDate: '2026-12-01' }), '2026-11-28', false],
  ];
  test.each(rows)('%s → %s', (_name, record, on, expected) => expect(countsAgainstSubjectOn(record, on)).toBe(expected));
});

describe('recomputeWindow: what a row stores for public queries', () => {
  test('the demo food penalty of 2024-11-22 is in force to 2027-11-21 under Order 58, with the rule version that made it', () => {
    const w = recomputeWindow({ kind: 'penalty', infoClass: '一般', decisionDate: '2024-11-22', sector: 'food' });
    expect(w).toEqual({
      windowEnd: '2027-11-21',
      ruleVersion: `ndrc-order-58@${DISPLAY_RULES_VERSION}`,
      regimeId: 'ndrc-order-58',
      endBasis: 'regime_maximum',
    });
  });
  test('a list entry’s version names its list', () => {
    const w = recomputeWindow({ kind: 'serious_dishonesty', infoClass: '严重', decisionDate: '2026-08-04', listType: 'wage-arrears' });
    expect(w).toMatchObject({ windowEnd: '2029-08-03', ruleVersion: `list:wage-arrears@${DISPLAY_RULES_VERSION}` });
  });
  test('a record never displayed stores no window', () => {
    expect(recomputeWindow({ kind: 'penalty', infoClass: '一般', decisionDate: '2024-03-01', procedure: 'summary' }).windowEnd).toBeNull();
  });
});
