import type { BenefitEntry } from './benefits';

/** Counts for the filter links, keyed `all`, `category:<id>`, `audience:<id>`. */
export function benefitCounts(entries: BenefitEntry[]): Record<string, number> {
  const counts: Record<string, number> = { all: entries.length };
  for (const e of entries) {
    counts[`category:${e.data.category}`] = (counts[`category:${e.data.category}`] ?? 0) + 1;
    for (const a of e.data.audience) counts[`audience:${a}`] = (counts[`audience:${a}`] ?? 0) + 1;
  }
  return counts;
}
