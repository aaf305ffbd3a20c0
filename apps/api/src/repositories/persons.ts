import { maskIdNumber, maskName, normaliseCodeInput } from '@xinyong/domain';
import type { Db } from '../db/kysely';
import type { PersonalDataCrypto } from '../privacy/personal-data-crypto';

/** Natural persons, found by the keyed hash of their ID number; clear identifiers never touch a column. */
export function personsRepository(db: Db, crypto: PersonalDataCrypto) {
  const hashOf = (idNumber: string) => crypto.lookupHash(normaliseCodeInput(idNumber));
  return {
    async findOrCreate(idNumber: string, name: string, example = false): Promise<number> {
      const id = normaliseCodeInput(idNumber);
      const row = await db
        .insertInto('persons')
        .values({
          id_hash: hashOf(id),
          id_cipher: crypto.encrypt(id),
          name_cipher: crypto.encrypt(name),
          name_masked: maskName(name),
          id_masked: maskIdNumber(id),
          example,
        })
        .onConflict((oc) => oc.column('id_hash').doUpdateSet((eb) => ({ id_hash: eb.ref('excluded.id_hash') })))
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async personForWechat(openidHash: Buffer): Promise<number | null> {
      const row = await db
        .insertInto('wechat_identities')
        .values({ openid_hash: openidHash })
        .onConflict((oc) => oc.column('openid_hash').doUpdateSet((eb) => ({ openid_hash: eb.ref('excluded.openid_hash') })))
        .returning('person_id')
        .executeTakeFirst();
      return row?.person_id ?? null;
    },

    async linkWechat(openidHash: Buffer, personId: number): Promise<void> {
      await db.updateTable('wechat_identities').set({ person_id: personId }).where('openid_hash', '=', openidHash).execute();
    },

    async masked(personId: number): Promise<{ nameMasked: string; idMasked: string }> {
      const row = await db.selectFrom('persons').select(['name_masked', 'id_masked']).where('id', '=', personId).executeTakeFirst();
      return { nameMasked: row?.name_masked ?? '', idMasked: row?.id_masked ?? '' };
    },
  };
}
export type PersonsRepository = ReturnType<typeof personsRepository>;
