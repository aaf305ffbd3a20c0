import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config';

describe('staff second factor', () => {
  it('is required in production whatever else is set, and elsewhere only when asked for', () => {
    expect(loadConfig({ NODE_ENV: 'production', STAFF_TOTP_REQUIRED: '0' }).staffTotpRequired).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development' }).staffTotpRequired).toBe(false);
    expect(loadConfig({ NODE_ENV: 'test', STAFF_TOTP_REQUIRED: '1' }).staffTotpRequired).toBe(true);
  });
});
