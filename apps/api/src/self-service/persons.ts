import { maskIdNumber, maskName, normaliseCodeInput } from '@xinyong/domain';
import type { Queryable } from '../db/client';
import type { PersonalDataCrypto } from '../privacy/personal-data-crypto';

/** Natural persons, found by the keyed hash of their ID number; clear identifiers never touch a column. */
export function personsRepository(db: Queryable, crypto: PersonalDataCrypto) {
  const hashOf = (idNumber: string) => crypto.lookupHash(normaliseCodeInput(idNumber));
  return {
    async findOrCreate(idNumber: string, name: string, example = false): Promise<number> {
      const id = normaliseCodeInput(idNumber);
      const { rows } = await db.query<{ id: number }>(
        `INSERT INTO persons (id_hash, id_cipher, name_cipher, name_masked, id_masked, example) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (id_hash) DO UPDATE SET id_hash = EXCLUDED.id_hash RETURNING id`,
        [hashOf(id), crypto.encrypt(id), crypto.encrypt(name), maskName(name), maskIdNumber(id), example],
      );
      return rows[0]?.id as number;
    },

    async personForWechat(openidHash: Buffer): Promise<number | null> {
      const { rows } = await db.query<{ person_id: number | null }>(
        `INSERT INTO wechat_identities (openid_hash) VALUES ($1) ON CONFLICT (openid_hash) DO UPDATE SET openid_hash = EXCLUDED.openid_hash
         RETURNING person_id`,
        [openidHash],
      );
      return rows[0]?.person_id ?? null;
    },

    async linkWechat(openidHash: Buffer, personId: number): Promise<void> {
      await db.query('UPDATE wechat_identities SET person_id = $2 WHERE openid_hash = $1', [openidHash, personId]);
    },

    async masked(personId: number): Promise<{ nameMasked: string; idMasked: string }> {
      const { rows } = await db.query<{ name_masked: string; id_masked: string }>(
        'SELECT name_masked, id_masked FROM persons WHERE id = $1',
        [personId],
      );
      return { nameMasked: rows[0]?.name_masked ?? '', idMasked: rows[0]?.id_masked ?? '' };
    },
  };
}
