import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config';

describe('staff second factor', () => {
  it('is required in production whatever else is set, and elsewhere only when asked for', () => {
    expect(loadConfig({ NODE_ENV: 'production', STAFF_TOTP_REQUIRED: '0' }).staffTotpRequired).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development' }).staffTotpRequired).toBe(false);
    expect(loadConfig({ NODE_ENV: 'test', STAFF_TOTP_REQUIRED: '1' }).staffTotpRequired).toBe(true);
  });
});

describe('TRUST_PROXY', () => {
  it('is off unless set, a number of hops, or the proxies’ addresses', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.5, 10.1.0.0/16' }).trustProxy).toEqual(['10.0.0.5', '10.1.0.0/16']);
  });
  it('refuses "true": any client could then claim any address and dodge every rate limit', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(ConfigError);
  });
});
