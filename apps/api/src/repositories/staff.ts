import type { StaffRole } from '@xinyong/contract';
import { sql } from 'kysely';
import { LOCKOUT } from '../auth/lockout';
import type { Db } from '../db/kysely';

export interface StaffMember {
  id: number;
  username: string;
  displayName: string;
  department: string;
  roles: StaffRole[];
}

export interface StaffLoginAccount {
  id: number;
  passwordHash: string;
  totpSecret: string | null;
  totpLastStep: number | null;
  lockedUntil: Date | null;
}

/** Department reviewer accounts. */
export function staffRepository(db: Db) {
  return {
    /** The account for a login: its password hash, second factor and lock, or undefined for an unknown or disabled name. */
    async forLogin(username: string): Promise<StaffLoginAccount | undefined> {
      const row = await db
        .selectFrom('staff_accounts')
        .select(['id', 'password_hash', 'totp_secret', 'totp_last_step', 'locked_until'])
        .where('username', '=', username)
        .where('disabled', '=', false)
        .executeTakeFirst();
      return (
        row && {
          id: row.id,
          passwordHash: row.password_hash,
          totpSecret: row.totp_secret,
          totpLastStep: row.totp_last_step === null ? null : Number(row.totp_last_step),
          lockedUntil: row.locked_until === null ? null : new Date(row.locked_until),
        }
      );
    },

    /**
     * One more wrong password or code in a row. The LOCKOUT.attempts-th locks the account until `now` plus LOCKOUT.minutes
     * and starts the count again; counted in one statement, so parallel attempts cannot slip past the limit.
     */
    async recordFailedLogin(staffId: number, now: Date): Promise<{ lockedUntil: Date | null }> {
      const lockAt = new Date(now.getTime() + LOCKOUT.minutes * 60_000);
      const row = await db
        .updateTable('staff_accounts')
        .set({
          failed_logins: sql<number>`CASE WHEN failed_logins + 1 >= ${LOCKOUT.attempts} THEN 0 ELSE failed_logins + 1 END`,
          locked_until: sql<Date | null>`CASE WHEN failed_logins + 1 >= ${LOCKOUT.attempts} THEN ${lockAt.toISOString()}::timestamptz ELSE locked_until END`,
        })
        .where('id', '=', staffId)
        .returning('locked_until')
        .executeTakeFirst();
      const locked = row?.locked_until ? new Date(row.locked_until) : null;
      return { lockedUntil: locked && locked > now ? locked : null };
    },

    /** A login that passed: the count starts again and the code's step is spent. */
    async recordLogin(staffId: number, totpStep: number | null): Promise<void> {
      await db
        .updateTable('staff_accounts')
        .set({ failed_logins: 0, locked_until: null, ...(totpStep === null ? {} : { totp_last_step: totpStep }) })
        .where('id', '=', staffId)
        .execute();
    },

    async member(staffId: number): Promise<StaffMember | undefined> {
      const row = await db
        .selectFrom('staff_accounts')
        .select(['id', 'username', 'display_name', 'department', 'roles'])
        .where('id', '=', staffId)
        .where('disabled', '=', false)
        .executeTakeFirst();
      return (
        row && {
          id: row.id,
          username: row.username,
          displayName: row.display_name,
          department: row.department,
          roles: row.roles as StaffRole[],
        }
      );
    },

    /** Every account, for the credit office's list: no hash and no secret leave this method. */
    async list(now: Date) {
      const rows = await db
        .selectFrom('staff_accounts')
        .select([
          'username',
          'display_name',
          'department',
          'roles',
          'disabled',
          'locked_until',
          sql<boolean>`totp_secret IS NOT NULL`.as('enrolled'),
        ])
        .orderBy('department')
        .orderBy('username')
        .execute();
      return rows.map((r) => ({
        username: r.username,
        displayName: r.display_name,
        department: r.department,
        roles: r.roles as StaffRole[],
        secondFactor: r.enrolled,
        disabled: r.disabled,
        locked: r.locked_until !== null && new Date(r.locked_until) > now,
      }));
    },

    async exists(username: string): Promise<boolean> {
      return (await db.selectFrom('staff_accounts').select('id').where('username', '=', username).executeTakeFirst()) !== undefined;
    },

    /** A new staff account; with ifMissing an existing username is left as it is (processes seeding demo accounts together). */
    async create(
      input: { username: string; passwordHash: string; displayName: string; department: string; roles: StaffRole[]; totpSecret?: string },
      options: { ifMissing?: boolean } = {},
    ): Promise<void> {
      const insert = db.insertInto('staff_accounts').values({
        username: input.username,
        password_hash: input.passwordHash,
        display_name: input.displayName,
        department: input.department,
        roles: input.roles,
        totp_secret: input.totpSecret ?? null,
      });
      await (options.ifMissing ? insert.onConflict((oc) => oc.column('username').doNothing()) : insert).execute();
    },
  };
}
export type StaffRepository = ReturnType<typeof staffRepository>;
