import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ES module script without type declarations
import { limitKb, measure } from '../scripts/report-size.mjs';

// npm test builds weapp before the tests run, so a missing build is a failure here, never a skip.
describe('weapp package sizes', () => {
  const sizes = measure() as Map<string, number>;

  it('puts the flows in subpackages', () => {
    expect([...sizes.keys()]).toEqual(expect.arrayContaining(['main', 'pkg-entity', 'pkg-benefit', 'pkg-my', 'pkg-policy']));
  });

  it('keeps the main package under 1 MB and every subpackage under 2 MB', () => {
    for (const [name, bytes] of sizes) expect(bytes / 1024, `${name} in KB`).toBeLessThanOrEqual(limitKb(name));
  });
});
