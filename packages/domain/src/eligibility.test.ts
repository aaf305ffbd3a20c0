import { describe, expect, expectTypeOf, test } from 'vitest';
import { CRITERION_KINDS, type Criterion } from './benefit-criteria';
import type { CreditRecord } from './display-rules';
import {
  CRITERION_SOURCES,
  type CriterionResult,
  checkCriteria,
  type EligibilityOutcome,
  evaluateBenefit,
  type SubjectFacts,
} from './eligibility';

const ON = '2026-11-28';
const text = '示例条件';
const clean: SubjectFacts = {
  subjectType: 'legal_person',
  cityCode: '3701',
  establishedOn: '2020-03-15',
  taxCreditGrade: 'A',
  commitmentSigned: true,
  records: [],
};
const seriousEntry: CreditRecord = { kind: 'serious_dishonesty', infoClass: '严重', decisionDate: '2025-06-01' };
const generalPenalty: CreditRecord = { kind: 'penalty', infoClass: '一般', decisionDate: '2026-04-10' };

interface Row {
  name: string;
  criterion: Criterion;
  facts: SubjectFacts;
  result: CriterionResult;
  reason: string;
}

const rows: Row[] = [
  {
    name: 'no serious dishonesty: none',
    criterion: { kind: 'no_serious_dishonesty', text },
    facts: clean,
    result: 'pass',
    reason: '没有在有效期内的严重失信主体名单信息。',
  },
  {
    name: 'no serious dishonesty: entry in force',
    criterion: { kind: 'no_serious_dishonesty', text },
    facts: { ...clean, records: [seriousEntry] },
    result: 'fail',
    reason: '存在 2025-06-01 列入、仍在有效期内的严重失信主体名单信息。',
  },
  {
    name: 'no serious dishonesty: entry repaired',
    criterion: { kind: 'no_serious_dishonesty', text },
    facts: { ...clean, records: [{ ...seriousEntry, repairedAt: '2026-07-01' }] },
    result: 'pass',
    reason: '没有在有效期内的严重失信主体名单信息。',
  },
  {
    name: 'no serious dishonesty: entry past its display end',
    criterion: { kind: 'no_serious_dishonesty', text },
    facts: { ...clean, records: [{ ...seriousEntry, decisionDate: '2021-01-05' }] },
    result: 'pass',
    reason: '没有在有效期内的严重失信主体名单信息。',
  },
  {
    name: 'no serious dishonesty: records unknown',
    criterion: { kind: 'no_serious_dishonesty', text },
    facts: { ...clean, records: null },
    result: 'unknown',
    reason: '暂时无法查到严重失信主体名单信息。',
  },
  {
    name: 'no penalty in display: 一般 penalty in display',
    criterion: { kind: 'no_penalty_in_display', classes: ['一般', '严重'], text },
    facts: { ...clean, records: [generalPenalty] },
    result: 'fail',
    reason: '有一条 2026-04-10 作出的一般行政处罚仍在公示期内。',
  },
  {
    name: 'no penalty in display: only 严重 counts',
    criterion: { kind: 'no_penalty_in_display', classes: ['严重'], text },
    facts: { ...clean, records: [generalPenalty] },
    result: 'pass',
    reason: '没有公示期内的严重行政处罚。',
  },
  {
    name: 'no penalty in display: repaired penalty does not count',
    criterion: { kind: 'no_penalty_in_display', classes: ['一般'], text },
    facts: { ...clean, records: [{ ...generalPenalty, repairedAt: '2026-08-01' }] },
    result: 'pass',
    reason: '没有公示期内的一般行政处罚。',
  },
  {
    // Decided under Order 58: shown three years, to 2026-05-31 (a 2025 decision would still be in display).
    name: 'no penalty in display: expired penalty does not count',
    criterion: { kind: 'no_penalty_in_display', classes: ['一般'], text },
    facts: { ...clean, records: [{ ...generalPenalty, decisionDate: '2023-06-01' }] },
    result: 'pass',
    reason: '没有公示期内的一般行政处罚。',
  },
  {
    name: 'no penalty in display: records unknown',
    criterion: { kind: 'no_penalty_in_display', classes: ['严重'], text },
    facts: { ...clean, records: undefined },
    result: 'unknown',
    reason: '暂时无法查到行政处罚信息。',
  },
  {
    name: 'tax grade A meets A',
    criterion: { kind: 'tax_credit_grade', min: 'A', text },
    facts: clean,
    result: 'pass',
    reason: '纳税信用等级为 A 级，达到 A 级的要求。',
  },
  {
    name: 'tax grade B fails A',
    criterion: { kind: 'tax_credit_grade', min: 'A', text },
    facts: { ...clean, taxCreditGrade: 'B' },
    result: 'fail',
    reason: '纳税信用等级为 B 级，未达到 A 级的要求。',
  },
  {
    name: 'tax grade M meets M, fails B',
    criterion: { kind: 'tax_credit_grade', min: 'B', text },
    facts: { ...clean, taxCreditGrade: 'M' },
    result: 'fail',
    reason: '纳税信用等级为 M 级，未达到 B 级的要求。',
  },
  {
    name: 'tax grade unknown',
    criterion: { kind: 'tax_credit_grade', min: 'A', text },
    facts: { ...clean, taxCreditGrade: null },
    result: 'unknown',
    reason: '暂时无法查到纳税信用等级。',
  },
  {
    name: 'commitment signed',
    criterion: { kind: 'credit_commitment_signed', text },
    facts: clean,
    result: 'pass',
    reason: '已签署信用承诺。',
  },
  {
    name: 'commitment not signed',
    criterion: { kind: 'credit_commitment_signed', text },
    facts: { ...clean, commitmentSigned: false },
    result: 'fail',
    reason: '尚未签署信用承诺，签署后即可满足这项条件。',
  },
  {
    name: 'commitment unknown',
    criterion: { kind: 'credit_commitment_signed', text },
    facts: { ...clean, commitmentSigned: undefined },
    result: 'unknown',
    reason: '暂时无法确认是否签署信用承诺。',
  },
  {
    name: 'years: 6 of 3',
    criterion: { kind: 'years_in_operation', min: 3, text },
    facts: clean,
    result: 'pass',
    reason: '2020-03-15 成立，已满 3 年。',
  },
  {
    name: 'years: not yet',
    criterion: { kind: 'years_in_operation', min: 3, text },
    facts: { ...clean, establishedOn: '2024-06-01' },
    result: 'fail',
    reason: '2024-06-01 成立，到 2027-06-01 才满 3 年。',
  },
  {
    name: 'years: exactly on the anniversary',
    criterion: { kind: 'years_in_operation', min: 2, text },
    facts: { ...clean, establishedOn: '2024-11-28' },
    result: 'pass',
    reason: '2024-11-28 成立，已满 2 年。',
  },
  {
    name: 'years: unknown',
    criterion: { kind: 'years_in_operation', min: 1, text },
    facts: { ...clean, establishedOn: null },
    result: 'unknown',
    reason: '暂时无法查到成立日期。',
  },
  {
    name: 'region by code',
    criterion: { kind: 'region', cities: ['3701', '3702'], text },
    facts: clean,
    result: 'pass',
    reason: '所在城市为济南市，在适用范围内。',
  },
  {
    name: 'region by name, former Laiwu code',
    criterion: { kind: 'region', cities: ['济南市'], text },
    facts: { ...clean, cityCode: '371202' },
    result: 'pass',
    reason: '所在城市为济南市，在适用范围内。',
  },
  {
    name: 'region: whole province',
    criterion: { kind: 'region', cities: ['全省'], text },
    facts: { ...clean, cityCode: '3717' },
    result: 'pass',
    reason: '所在城市为菏泽市，在适用范围内。',
  },
  {
    name: 'region: other city',
    criterion: { kind: 'region', cities: ['青岛市'], text },
    facts: clean,
    result: 'fail',
    reason: '所在城市为济南市，不在适用范围内。',
  },
  {
    name: 'region: catalogue city cannot be read',
    criterion: { kind: 'region', cities: ['齐鲁市'], text },
    facts: clean,
    result: 'unknown',
    reason: '这项优惠的适用城市无法识别，请咨询提供单位。',
  },
  {
    name: 'region: outside Shandong',
    criterion: { kind: 'region', cities: ['全省'], text },
    facts: { ...clean, cityCode: '110105' },
    result: 'fail',
    reason: '所在地不在山东省内的适用城市。',
  },
  {
    name: 'region: unknown',
    criterion: { kind: 'region', cities: ['青岛市'], text },
    facts: { ...clean, cityCode: null },
    result: 'unknown',
    reason: '暂时无法确定所在城市。',
  },
  {
    name: 'subject type matches',
    criterion: { kind: 'subject_type', types: ['legal_person', 'individual_business'], text },
    facts: clean,
    result: 'pass',
    reason: '主体类型为法人，符合要求。',
  },
  {
    name: 'subject type does not match',
    criterion: { kind: 'subject_type', types: ['individual_business'], text },
    facts: clean,
    result: 'fail',
    reason: '主体类型为法人，这项优惠面向个体工商户。',
  },
  {
    name: 'subject type unknown',
    criterion: { kind: 'subject_type', types: ['individual_business'], text },
    facts: {},
    result: 'unknown',
    reason: '暂时无法确定主体类型。',
  },
];

describe('one criterion at a time', () => {
  test.each(rows)('$name → $result', ({ criterion, facts, result, reason }) => {
    const outcome = evaluateBenefit([criterion], facts, ON);
    expect(outcome.criteria[0]).toEqual({ kind: criterion.kind, text, result, reason, source: CRITERION_SOURCES[criterion.kind] });
  });
  test('every kind in the vocabulary has a row that passes, one that fails and one that is unknown', () => {
    for (const kind of CRITERION_KINDS) {
      const results = new Set(rows.filter((r) => r.criterion.kind === kind).map((r) => r.result));
      expect([kind, [...results].sort()]).toEqual([kind, ['fail', 'pass', 'unknown']]);
    }
  });
});

describe('overall eligibility', () => {
  const all: Criterion[] = [
    { kind: 'no_serious_dishonesty', text },
    { kind: 'tax_credit_grade', min: 'A', text },
    { kind: 'credit_commitment_signed', text },
  ];
  const cases: [string, readonly Criterion[], SubjectFacts, EligibilityOutcome['eligible']][] = [
    ['all pass', all, clean, 'yes'],
    ['one fails', all, { ...clean, taxCreditGrade: 'C' }, 'no'],
    ['one unknown', all, { ...clean, taxCreditGrade: null }, 'unknown'],
    ['a fail outweighs an unknown', all, { ...clean, taxCreditGrade: null, commitmentSigned: false }, 'no'],
    ['nothing known at all', all, {}, 'unknown'],
    ['no criteria', [], {}, 'yes'],
  ];
  test.each(cases)('%s → %s', (_name, criteria, facts, eligible) => expect(evaluateBenefit(criteria, facts, ON).eligible).toBe(eligible));
  test('unknown facts never give fail', () => {
    const outcome = evaluateBenefit(
      rows.map((r) => r.criterion),
      {},
      ON,
    );
    expect(outcome.criteria.every((c) => c.result === 'unknown')).toBe(true);
  });
});

describe('incentives only: the vocabulary is closed', () => {
  test('the criterion kinds are exactly these seven, each a condition for an advantage', () => {
    expect([...CRITERION_KINDS]).toEqual([
      'no_serious_dishonesty',
      'no_penalty_in_display',
      'tax_credit_grade',
      'credit_commitment_signed',
      'years_in_operation',
      'region',
      'subject_type',
    ]);
  });
  test('the only outcome is whether the subject qualifies for the benefit', () => {
    expectTypeOf<EligibilityOutcome['eligible']>().toEqualTypeOf<'yes' | 'no' | 'unknown'>();
    expectTypeOf<keyof EligibilityOutcome>().toEqualTypeOf<'eligible' | 'onDate' | 'criteria'>();
  });
  test('a criterion outside the vocabulary (e.g. withholding a public service) is refused, not ignored', () => {
    const withhold = { kind: 'deny_public_service', text: '不得办理' } as unknown as Criterion;
    expect(() => evaluateBenefit([withhold], clean, ON)).toThrow(/未知的信易\+条件类型/);
  });
});

describe('checkCriteria', () => {
  const cases: [string, Criterion[], string[]][] = [
    ['usable', [{ kind: 'region', cities: ['济南市', '3702', '全省'], text }], []],
    ['unknown city', [{ kind: 'region', cities: ['齐鲁市'], text }], ['第 1 项条件的城市“齐鲁市”无法识别。']],
    ['unknown kind', [{ kind: 'deny', text } as unknown as Criterion], ['第 1 项条件的类型“deny”不在信易+条件目录中。']],
    ['bad years', [{ kind: 'years_in_operation', min: -1, text }], ['第 1 项条件的年限应为非负整数。']],
  ];
  test.each(cases)('%s', (_name, criteria, problems) => expect(checkCriteria(criteria)).toEqual(problems));
});
