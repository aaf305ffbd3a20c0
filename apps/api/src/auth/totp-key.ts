import { createHash } from 'node:crypto';
import { KeyConfigError, parseKey, seal, unseal } from '../privacy/personal-data-crypto';

/**
 * The key that seals staff TOTP secrets at rest (STAFF_TOTP_KEY, 32 bytes, base64 or hex), AES-256-GCM. A copy of
 * the database alone then yields no second factor. Required in production like the other keys; development uses a
 * fixed, public key.
 */
export function loadTotpKey(env: NodeJS.ProcessEnv, production: boolean): Buffer {
  const value = env.STAFF_TOTP_KEY;
  if (!value) {
    if (production) throw new KeyConfigError('STAFF_TOTP_KEY must be set in production (32 random bytes, base64).');
    return createHash('sha256').update('xinyong-development-only-not-secret:staff-totp').digest();
  }
  return parseKey('STAFF_TOTP_KEY', value);
}

/** Bound to the account's username: a sealed secret copied onto another account's row does not open there. */
const context = (username: string) => `staff-totp:${username}`;
export const sealTotpSecret = (key: Buffer, username: string, secret: string) => seal(key, secret, context(username));
export const openTotpSecret = (key: Buffer, username: string, sealed: Buffer) => unseal(key, sealed, context(username));
