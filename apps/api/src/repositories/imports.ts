import type { Queryable } from '../db/client';
import { type CheckOptions, type ImportOptions, importShuanggongshiIn, previewShuanggongshi } from '../import/shuanggongshi';
import type { PersonalDataCrypto } from '../privacy/personal-data-crypto';

/**
 * 双公示 files sent from the console, over the request's Queryable: the preview reads only; the commit writes inside
 * the route's transaction (with its idempotency key), each row under a savepoint. The checks are the importer's own,
 * the same as the command line's.
 */
export function importsRepository(q: Queryable, crypto: PersonalDataCrypto) {
  return {
    preview: (bytes: Uint8Array, options: CheckOptions) => previewShuanggongshi(q, bytes, options),
    commit: (bytes: Uint8Array, options: Omit<ImportOptions, 'crypto'>) => importShuanggongshiIn(q, bytes, { ...options, crypto }),
  };
}
