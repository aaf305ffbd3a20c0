import { describe, expect, test } from 'vitest';
import { type DatedRule, versionOn } from './rules';

const rule: DatedRule<number> = {
  id: 'demo',
  label: '示例规则',
  versions: [
    { from: null, value: 1, source: { reference: '旧文件', status: 'law' } },
    { from: '2019-07-01', value: 2, source: { reference: '中间文件', status: 'law' } },
    { from: '2026-04-01', value: 3, source: { reference: '新文件', status: 'law' } },
  ],
};

describe('versionOn picks the version in force', () => {
  const cases: [string, number, string | null, string | null][] = [
    ['2010-01-01', 1, null, '2019-06-30'],
    ['2019-06-30', 1, null, '2019-06-30'],
    ['2019-07-01', 2, '2019-07-01', '2026-03-31'],
    ['2026-03-31', 2, '2019-07-01', '2026-03-31'],
    ['2026-04-01', 3, '2026-04-01', null],
  ];
  test.each(cases)('%s → version %i', (date, value, from, to) => {
    const v = versionOn(rule, date);
    expect([v.value, v.from, v.to]).toEqual([value, from, to]);
  });
});

test('a date before every version throws', () => {
  const closed: DatedRule<number> = {
    id: 'x',
    label: '示例',
    versions: [{ from: '2020-01-01', value: 1, source: { reference: 'x', status: 'law' } }],
  };
  expect(() => versionOn(closed, '2019-12-31')).toThrow(/没有生效的版本/);
});
