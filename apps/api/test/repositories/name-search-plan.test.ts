import { describe, expect, it } from 'vitest';
import { NO_STATS, postingBudget, substringPlan } from '../../src/repositories/name-search-plan';

const stats = (entities: number, frequencies: Record<string, number>, floor = 0.001) => ({
  entities,
  frequencies: new Map(Object.entries(frequencies)),
  floor,
});

describe('substringPlan', () => {
  it('asks the index for every bigram when nothing is known', () => {
    expect(substringPlan(['山东', '东华'], NO_STATS, 200)).toEqual({ kind: 'index', bigrams: ['山东', '东华'] });
  });

  it('asks the index only for the rare bigrams of a query', () => {
    // 山东 in 15 % of 10 M names is 1.5 M postings, over the budget of about 55,000; 东华 unlisted is taken at half
    // the floor, 5,000, and 华信 at 19,000.
    expect(substringPlan(['山东', '东华', '华信'], stats(10_000_000, { 山东: 0.15, 华信: 0.0019 }), 200)).toEqual({
      kind: 'index',
      bigrams: ['东华', '华信'],
    });
  });

  it('walks a bounded number of rows when every bigram is common', () => {
    // 430,000 postings; the walk finds 200 matches in about 4,700 rows, and stops at 36,515 whatever happens.
    const plan = substringPlan(['南市'], stats(10_000_000, { 南市: 0.043 }), 200);
    expect(plan).toEqual({ kind: 'walk', rows: 36_515, bigrams: ['南市'] });
    expect(postingBudget(10_000_000, 200)).toBeCloseTo(54_772, 0);
  });

  it('keeps the index for the same word in a small table', () => {
    // 4,300 postings, under the budget of about 5,500.
    expect(substringPlan(['南市'], stats(100_000, { 南市: 0.043 }), 200)).toEqual({ kind: 'index', bigrams: ['南市'] });
  });
});
