import { describe, expect, it } from 'vitest';
import { FORGET_AFTER_MS, shouldForget } from './forget';

describe('shouldForget', () => {
  it('keeps personal data after a short absence and drops it after five minutes out of sight', () => {
    expect(shouldForget(null, 10_000_000)).toBe(false);
    expect(shouldForget(0, FORGET_AFTER_MS - 1)).toBe(false);
    expect(shouldForget(0, FORGET_AFTER_MS)).toBe(true);
  });
});
