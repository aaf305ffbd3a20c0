import type { Db } from '../db/kysely';

export interface StaffMember {
  id: number;
  displayName: string;
  department: string;
}

/** Department reviewer accounts. */
export function staffRepository(db: Db) {
  return {
    /** The account for a login: its password hash, or undefined for an unknown or disabled name. */
    async forLogin(username: string): Promise<{ id: number; passwordHash: string } | undefined> {
      const row = await db
        .selectFrom('staff_accounts')
        .select(['id', 'password_hash'])
        .where('username', '=', username)
        .where('disabled', '=', false)
        .executeTakeFirst();
      return row && { id: row.id, passwordHash: row.password_hash };
    },

    async member(staffId: number): Promise<StaffMember | undefined> {
      const row = await db
        .selectFrom('staff_accounts')
        .select(['id', 'display_name', 'department'])
        .where('id', '=', staffId)
        .where('disabled', '=', false)
        .executeTakeFirst();
      return row && { id: row.id, displayName: row.display_name, department: row.department };
    },

    async exists(username: string): Promise<boolean> {
      return (await db.selectFrom('staff_accounts').select('id').where('username', '=', username).executeTakeFirst()) !== undefined;
    },

    /** A new reviewer account; with ifMissing an existing username is left as it is (processes seeding demo accounts together). */
    async create(
      input: { username: string; passwordHash: string; displayName: string; department: string; roles: string[] },
      options: { ifMissing?: boolean } = {},
    ): Promise<void> {
      const insert = db.insertInto('staff_accounts').values({
        username: input.username,
        password_hash: input.passwordHash,
        display_name: input.displayName,
        department: input.department,
        roles: input.roles,
      });
      await (options.ifMissing ? insert.onConflict((oc) => oc.column('username').doNothing()) : insert).execute();
    },
  };
}
export type StaffRepository = ReturnType<typeof staffRepository>;
