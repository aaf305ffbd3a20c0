import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';

/**
 * Personal identifiers at rest: AES-256-GCM for what must be read back, HMAC-SHA256 for lookup, so the
 * database never holds an ID number or a name in clear and an equality lookup still works.
 */
export interface PersonalDataCrypto {
  encrypt(plain: string): Buffer;
  decrypt(cipher: Buffer): string;
  /** Stable keyed hash for lookups; the same input always gives the same hash under one key. */
  lookupHash(normalised: string): Buffer;
}

export interface CryptoKeys {
  encryptionKey: Buffer;
  lookupKey: Buffer;
  /** True when the keys are the development defaults, which production refuses. */
  development: boolean;
}

const DEV_SEED = 'xinyong-development-only-not-secret';

export class KeyConfigError extends Error {
  override name = 'KeyConfigError';
}

/** Keys from configuration (base64 or hex, 32 bytes each). Production refuses missing or weak keys. */
export function loadKeys(env: NodeJS.ProcessEnv, production: boolean): CryptoKeys {
  const enc = env.PERSONAL_DATA_KEY;
  const lookup = env.LOOKUP_HASH_KEY;
  if (!enc || !lookup) {
    if (production)
      throw new KeyConfigError('PERSONAL_DATA_KEY and LOOKUP_HASH_KEY must be set in production (32 random bytes each, base64).');
    return {
      encryptionKey: createHash('sha256').update(`${DEV_SEED}:enc`).digest(),
      lookupKey: createHash('sha256').update(`${DEV_SEED}:lookup`).digest(),
      development: true,
    };
  }
  const keys = { encryptionKey: parseKey('PERSONAL_DATA_KEY', enc), lookupKey: parseKey('LOOKUP_HASH_KEY', lookup), development: false };
  if (keys.encryptionKey.equals(keys.lookupKey)) throw new KeyConfigError('PERSONAL_DATA_KEY and LOOKUP_HASH_KEY must differ.');
  return keys;
}

export function parseKey(name: string, value: string): Buffer {
  const key = /^[0-9a-f]{64}$/i.test(value) ? Buffer.from(value, 'hex') : Buffer.from(value, 'base64');
  if (key.length !== 32) throw new KeyConfigError(`${name} must be 32 bytes (base64 or 64 hex characters).`);
  if (new Set(key).size < 16) throw new KeyConfigError(`${name} is too weak: use 32 random bytes (openssl rand -base64 32).`);
  return key;
}

/**
 * AES-256-GCM as stored: a random 12-byte IV, the 16-byte tag, then the ciphertext. `context` (additional data)
 * binds a value to where it belongs, so a sealed value copied to another row does not open there.
 */
export function seal(key: Buffer, plain: string, context?: string): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  if (context) cipher.setAAD(Buffer.from(context, 'utf8'));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

export function unseal(key: Buffer, data: Buffer, context?: string): string {
  const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, 12));
  if (context) decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(data.subarray(12, 28));
  return Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]).toString('utf8');
}

export function personalDataCrypto(keys: CryptoKeys): PersonalDataCrypto {
  return {
    encrypt: (plain) => seal(keys.encryptionKey, plain),
    decrypt: (data) => unseal(keys.encryptionKey, data),
    lookupHash: (normalised) => createHmac('sha256', keys.lookupKey).update(normalised).digest(),
  };
}
