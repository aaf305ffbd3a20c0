import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { KeyConfigError, loadKeys, personalDataCrypto } from '../../src/privacy/personal-data-crypto';

const strong = () => randomBytes(32).toString('base64');

describe('personal-data keys from configuration', () => {
  it('refuses to run in production without keys', () => {
    expect(() => loadKeys({}, true)).toThrow(KeyConfigError);
    expect(() => loadKeys({ PERSONAL_DATA_KEY: strong() }, true)).toThrow(/must be set/);
  });

  it('refuses weak, short or identical keys', () => {
    expect(() => loadKeys({ PERSONAL_DATA_KEY: Buffer.alloc(32, 7).toString('base64'), LOOKUP_HASH_KEY: strong() }, true)).toThrow(
      /too weak/,
    );
    expect(() => loadKeys({ PERSONAL_DATA_KEY: randomBytes(16).toString('base64'), LOOKUP_HASH_KEY: strong() }, true)).toThrow(/32 bytes/);
    const same = strong();
    expect(() => loadKeys({ PERSONAL_DATA_KEY: same, LOOKUP_HASH_KEY: same }, true)).toThrow(/differ/);
  });

  it('accepts strong keys and marks the development defaults as such', () => {
    expect(loadKeys({ PERSONAL_DATA_KEY: strong(), LOOKUP_HASH_KEY: randomBytes(32).toString('hex') }, true).development).toBe(false);
    expect(loadKeys({}, false).development).toBe(true);
  });

  it('encrypts so that the clear text is not in the stored bytes, and hashes stably', () => {
    const crypto = personalDataCrypto(loadKeys({ PERSONAL_DATA_KEY: strong(), LOOKUP_HASH_KEY: strong() }, true));
    const id = '370102198506120316';
    const sealed = crypto.encrypt(id);
    expect(sealed.toString('latin1')).not.toContain(id);
    expect(crypto.decrypt(sealed)).toBe(id);
    expect(crypto.lookupHash(id).equals(crypto.lookupHash(id))).toBe(true);
    expect(crypto.encrypt(id).equals(sealed)).toBe(false);
  });
});
