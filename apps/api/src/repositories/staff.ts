import type { StaffRole } from '@xinyong/contract';
import { sql } from 'kysely';
import { LOCKOUT } from '../auth/lockout';
import { loadTotpKey, openTotpSecret, sealTotpSecret } from '../auth/totp-key';
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
  /** Opened from its sealed form (STAFF_TOTP_KEY) for this login only. */
  totpSecret: string | null;
  totpLastStep: number | null;
  /** The account-wide lock: it keeps out addresses the account does not know. */
  lockedUntil: Date | null;
}

/** Where a login comes from, as far as lockout is concerned (see auth/lockout.ts). */
export interface LoginClientState {
  lockedUntil: Date | null;
  /** The account logged in from this address within LOCKOUT.knownDays. */
  known: boolean;
}

export type AccountAction = 'unlock' | 'disable' | 'enable' | 'enrol_totp';

const future = (value: Date | string | null, now: Date) => {
  const at = value === null ? null : new Date(value);
  return at && at > now ? at : null;
};

/** Department reviewer accounts. */
export function staffRepository(db: Db, totpKey: Buffer = loadTotpKey(process.env, false)) {
  return {
    /** The account for a login: its password hash, second factor and lock, or undefined for an unknown or disabled name. */
    async forLogin(username: string): Promise<StaffLoginAccount | undefined> {
      const row = await db
        .selectFrom('staff_accounts')
        .select(['id', 'password_hash', 'totp_sealed', 'totp_last_step', 'locked_until'])
        .where('username', '=', username)
        .where('disabled', '=', false)
        .executeTakeFirst();
      return (
        row && {
          id: row.id,
          passwordHash: row.password_hash,
          totpSecret: row.totp_sealed ? openTotpSecret(totpKey, username, Buffer.from(row.totp_sealed)) : null,
          totpLastStep: row.totp_last_step === null ? null : Number(row.totp_last_step),
          lockedUntil: row.locked_until === null ? null : new Date(row.locked_until),
        }
      );
    },

    async clientState(staffId: number, client: Buffer, now: Date): Promise<LoginClientState> {
      const row = await db
        .selectFrom('staff_login_clients')
        .select(['locked_until', 'last_success_at'])
        .where('staff_id', '=', staffId)
        .where('client_hash', '=', client)
        .executeTakeFirst();
      const knownSince = new Date(now.getTime() - LOCKOUT.knownDays * 86_400_000);
      return {
        lockedUntil: row ? future(row.locked_until, now) : null,
        known: row?.last_success_at ? new Date(row.last_success_at) > knownSince : false,
      };
    },

    /**
     * One more wrong password or code in a row, from this address and for the account. Each count is one statement,
     * so parallel attempts cannot slip past a limit; reaching one locks and starts that count again.
     */
    async recordFailedLogin(
      staffId: number,
      client: Buffer,
      now: Date,
    ): Promise<{ clientLockedUntil: Date | null; accountLockedUntil: Date | null }> {
      const at = now.toISOString();
      const hit = sql<boolean>`staff_login_clients.failed_logins + 1 >= ${LOCKOUT.attempts}`;
      const minutes = sql<number>`LEAST(${LOCKOUT.minutes} * power(2, LEAST(staff_login_clients.lockouts, 10)), ${LOCKOUT.maxMinutes})::int`;
      const clientRow = await db
        .insertInto('staff_login_clients')
        .values({ staff_id: staffId, client_hash: client, failed_logins: 1 })
        .onConflict((oc) =>
          oc.columns(['staff_id', 'client_hash']).doUpdateSet({
            failed_logins: sql<number>`CASE WHEN ${hit} THEN 0 ELSE staff_login_clients.failed_logins + 1 END`,
            lockouts: sql<number>`CASE WHEN ${hit} THEN staff_login_clients.lockouts + 1 ELSE staff_login_clients.lockouts END`,
            locked_until: sql<Date | null>`CASE WHEN ${hit} THEN ${at}::timestamptz + make_interval(mins => ${minutes}) ELSE staff_login_clients.locked_until END`,
          }),
        )
        .returning('locked_until')
        .executeTakeFirst();
      const accountLockAt = new Date(now.getTime() + LOCKOUT.accountMinutes * 60_000).toISOString();
      const accountRow = await db
        .updateTable('staff_accounts')
        .set({
          failed_logins: sql<number>`CASE WHEN failed_logins + 1 >= ${LOCKOUT.accountAttempts} THEN 0 ELSE failed_logins + 1 END`,
          locked_until: sql<Date | null>`CASE WHEN failed_logins + 1 >= ${LOCKOUT.accountAttempts} THEN ${accountLockAt}::timestamptz ELSE locked_until END`,
        })
        .where('id', '=', staffId)
        .returning('locked_until')
        .executeTakeFirst();
      return {
        clientLockedUntil: clientRow ? future(clientRow.locked_until, now) : null,
        accountLockedUntil: accountRow ? future(accountRow.locked_until, now) : null,
      };
    },

    /**
     * A login that passed: this address's count and locks start again and it becomes known; the account's count starts
     * again too, but an account-wide lock stays until it ends (someone else may still be trying from elsewhere).
     */
    async recordLogin(staffId: number, client: Buffer, totpStep: number | null, now: Date): Promise<void> {
      await db
        .insertInto('staff_login_clients')
        .values({ staff_id: staffId, client_hash: client, last_success_at: now.toISOString() })
        .onConflict((oc) =>
          oc
            .columns(['staff_id', 'client_hash'])
            .doUpdateSet({ failed_logins: 0, lockouts: 0, locked_until: null, last_success_at: now.toISOString() }),
        )
        .execute();
      await db
        .updateTable('staff_accounts')
        .set({ failed_logins: 0, ...(totpStep === null ? {} : { totp_last_step: totpStep }) })
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
        .selectFrom('staff_accounts as a')
        .select([
          'a.username',
          'a.display_name',
          'a.department',
          'a.roles',
          'a.disabled',
          'a.locked_until',
          sql<boolean>`a.totp_sealed IS NOT NULL`.as('enrolled'),
          sql<boolean>`EXISTS (SELECT 1 FROM staff_login_clients c WHERE c.staff_id = a.id AND c.locked_until > ${now.toISOString()}::timestamptz)`.as(
            'address_locked',
          ),
        ])
        .orderBy('a.department')
        .orderBy('a.username')
        .execute();
      return rows.map((r) => ({
        username: r.username,
        displayName: r.display_name,
        department: r.department,
        roles: r.roles as StaffRole[],
        secondFactor: r.enrolled,
        disabled: r.disabled,
        locked: future(r.locked_until, now) !== null || r.address_locked,
      }));
    },

    /** Any account by its name, disabled ones included (an administrator's actions). */
    async byUsername(username: string): Promise<{ id: number; disabled: boolean } | undefined> {
      return db.selectFrom('staff_accounts').select(['id', 'disabled']).where('username', '=', username).executeTakeFirst();
    },

    /** Clears every lock of the account: its own and each address's. */
    async unlock(staffId: number): Promise<void> {
      await db.updateTable('staff_accounts').set({ failed_logins: 0, locked_until: null }).where('id', '=', staffId).execute();
      await db
        .updateTable('staff_login_clients')
        .set({ failed_logins: 0, lockouts: 0, locked_until: null })
        .where('staff_id', '=', staffId)
        .execute();
    },

    async setDisabled(staffId: number, disabled: boolean): Promise<void> {
      await db.updateTable('staff_accounts').set({ disabled }).where('id', '=', staffId).execute();
    },

    /** A new second factor: the old one stops working at once, and no code of the new one has been used. */
    async enrolTotp(staffId: number, username: string, secret: string): Promise<void> {
      await db
        .updateTable('staff_accounts')
        .set({ totp_sealed: sealTotpSecret(totpKey, username, secret), totp_last_step: null })
        .where('id', '=', staffId)
        .execute();
    },

    async recordEvent(event: { actorId: number; targetId: number; action: AccountAction; requestId: string }): Promise<void> {
      await db
        .insertInto('staff_account_events')
        .values({ actor_staff_id: event.actorId, target_staff_id: event.targetId, action: event.action, request_id: event.requestId })
        .execute();
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
        totp_sealed: input.totpSecret ? sealTotpSecret(totpKey, input.username, input.totpSecret) : null,
      });
      await (options.ifMissing ? insert.onConflict((oc) => oc.column('username').doNothing()) : insert).execute();
    },
  };
}
export type StaffRepository = ReturnType<typeof staffRepository>;
