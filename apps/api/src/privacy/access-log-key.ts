import { createHash } from 'node:crypto';
import { KeyConfigError, parseKey } from './personal-data-crypto';

/**
 * The key of the access log's HMAC chain (ACCESS_LOG_KEY, 32 bytes, base64 or hex). It lives in configuration,
 * never in the database: whoever can write the table cannot recompute the chain after changing an entry.
 * Development uses a fixed, public key, which production refuses.
 */
export function loadAccessLogKey(env: NodeJS.ProcessEnv, production: boolean): Buffer {
  const value = env.ACCESS_LOG_KEY;
  if (!value) {
    if (production) throw new KeyConfigError('ACCESS_LOG_KEY must be set in production (32 random bytes, base64).');
    return createHash('sha256').update('xinyong-development-only-not-secret:access-log').digest();
  }
  return parseKey('ACCESS_LOG_KEY', value);
}
