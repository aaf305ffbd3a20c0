import { describe, expect, it } from 'vitest';
import { NO_STATS, POSTING_BUDGET, substringPlan } from '../../src/repositories/name-search-plan';

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
    // 山东 in 15 % of 10 M names is 1.5 M postings; 东华 unlisted is taken at half the floor, 5,000.
    expect(substringPlan(['山东', '东华', '华信'], stats(10_000_000, { 山东: 0.15, 华信: 0.0019 }), 200)).toEqual({
      kind: 'index',
      bigrams: ['东华', '华信'],
    });
  });

  it('walks a bounded number of rows when every bigram is common', () => {
    const plan = substringPlan(['南市'], stats(10_000_000, { 南市: 0.043 }), 200);
    expect(plan).toEqual({ kind: 'walk', rows: (200 * 10_000_000) / POSTING_BUDGET, bigrams: ['南市'] });
  });

  it('keeps the index for the same word in a small table', () => {
    expect(substringPlan(['南市'], stats(100_000, { 南市: 0.043 }), 200)).toEqual({ kind: 'index', bigrams: ['南市'] });
  });
});
