import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCKOUT } from '../../../src/auth/lockout';
import { totpCode } from '../../../src/auth/totp';
import { loadTotpKey, openTotpSecret } from '../../../src/auth/totp-key';
import type { SqlClient } from '../../../src/db/client';
import { MIGRATIONS_DIR, migrate } from '../../../src/db/migrate';
import { openPglite } from '../../../src/db/pglite';
import { DEMO_CONSOLE_STAFF, DEMO_STAFF } from '../../../src/demo/staff';
import { KeyConfigError } from '../../../src/privacy/personal-data-crypto';
import { createTestApp } from '../../helpers';
import { bearer, devLogin, expectNoData } from '../../self-service.helpers';

// Account actions for administrators (unlock, disable/enable, enrol or reset TOTP), TOTP secrets sealed at rest, and
// lockout that a stranger knowing a username cannot turn against the account's owner.
let app: FastifyInstance;
let db: SqlClient;
let now = new Date('2026-12-01T02:00:05Z');
beforeAll(async () => {
  ({ app, db } = await createTestApp({ rateLimitScale: 1000 }, { demo: true, build: { clock: () => now } }));
});
afterAll(() => app.close());

const later = (seconds: number) => {
  now = new Date(now.getTime() + seconds * 1000);
};
type Account = { username: string; password: string; totpSecret: string };
const login = (account: Pick<Account, 'username' | 'password'> & { totp?: string }, from = '127.0.0.1') =>
  app.inject({
    method: 'POST',
    url: '/api/v1/staff/login',
    remoteAddress: from,
    payload: { username: account.username, password: account.password, ...(account.totp ? { totp: account.totp } : {}) },
  });
async function tokenOf(account: Account, from = '127.0.0.1'): Promise<string> {
  later(31); // each login spends its step's code
  const res = await login({ ...account, totp: totpCode(account.totpSecret, now) }, from);
  expect(res.statusCode).toBe(200);
  return res.json().token;
}
const act = (token: string | undefined, username: string, action: string) =>
  app.inject({
    method: 'POST',
    url: `/api/v1/staff/accounts/${username}/actions`,
    headers: token ? bearer(token) : {},
    payload: { action },
  });
const events = async () => Number((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM staff_account_events')).rows[0]?.n);
const ACTIONS = ['unlock', 'disable', 'enable', 'enrol_totp'] as const;

describe('TOTP secrets at rest', () => {
  it('are sealed under STAFF_TOTP_KEY, bound to their account, never stored in clear', async () => {
    const { rows } = await db.query<{ username: string; totp_sealed: Uint8Array }>(
      'SELECT username, totp_sealed FROM staff_accounts WHERE totp_sealed IS NOT NULL',
    );
    const cg = rows.find((r) => r.username === DEMO_CONSOLE_STAFF.chengguan.username);
    if (!cg) throw new Error('the demo reviewer has no sealed secret');
    const sealed = Buffer.from(cg.totp_sealed);
    expect(sealed.toString('latin1')).not.toContain(DEMO_CONSOLE_STAFF.chengguan.totpSecret);
    const key = loadTotpKey({}, false);
    expect(openTotpSecret(key, cg.username, sealed)).toBe(DEMO_CONSOLE_STAFF.chengguan.totpSecret);
    // Copied onto another account, or opened with another key, it does not open.
    expect(() => openTotpSecret(key, DEMO_CONSOLE_STAFF.auditor.username, sealed)).toThrow();
    expect(() => openTotpSecret(Buffer.alloc(32, 7), cg.username, sealed)).toThrow();
    const columns = await db.query<{ column_name: string }>(
      "SELECT column_name FROM information_schema.columns WHERE table_name = 'staff_accounts' AND column_name LIKE 'totp%'",
    );
    expect(columns.rows.map((c) => c.column_name).sort()).toEqual(['totp_last_step', 'totp_sealed']);
  });

  it('need the key in production', () => {
    expect(() => loadTotpKey({}, true)).toThrow(KeyConfigError);
    expect(() => loadTotpKey({ STAFF_TOTP_KEY: 'short' }, true)).toThrow(KeyConfigError);
    expect(
      loadTotpKey({ STAFF_TOTP_KEY: Buffer.from(Array.from({ length: 32 }, (_, i) => i * 7 + 1)).toString('base64') }, true),
    ).toHaveLength(32);
  });

  // Two embedded databases migrated from nothing: slow on a loaded machine, so a wide timeout (nothing is timed).
  it('written in clear before migration 014 are sealed by it, and the clear column is gone', { timeout: 240_000 }, async () => {
    const before = mkdtempSync(join(tmpdir(), 'xinyong-migrations-'));
    for (const file of readdirSync(MIGRATIONS_DIR).filter((f) => Number(f.slice(0, 3)) < 14))
      cpSync(join(MIGRATIONS_DIR, file), join(before, file));
    const old = await openPglite();
    try {
      await migrate(old, before);
      await old.query(
        `INSERT INTO staff_accounts (username, password_hash, display_name, department, roles, totp_secret)
         VALUES ('legacy', 'x', '旧账号', '济南市城市管理局', ARRAY['reviewer'], 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP')`,
      );
      await migrate(old);
      const { rows } = await old.query<{ totp_sealed: Uint8Array }>("SELECT totp_sealed FROM staff_accounts WHERE username = 'legacy'");
      const sealed = rows[0]?.totp_sealed;
      if (!sealed) throw new Error('not sealed');
      expect(openTotpSecret(loadTotpKey({}, false), 'legacy', Buffer.from(sealed))).toBe('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');
      await expect(old.query('SELECT totp_secret FROM staff_accounts')).rejects.toThrow();
    } finally {
      await old.close();
    }
  });
});

describe('account actions', () => {
  it('are refused to a stranger, a citizen, a reviewer and an auditor, each action, and log nothing', async () => {
    const before = await events();
    const reviewer = await tokenOf(DEMO_CONSOLE_STAFF.chengguan);
    const auditor = await tokenOf(DEMO_CONSOLE_STAFF.auditor);
    const citizen = await devLogin(app, 'zhang');
    for (const action of ACTIONS) {
      expectNoData(await act(undefined, DEMO_STAFF.lixia.username, action), [401]);
      expectNoData(await act(citizen, DEMO_STAFF.lixia.username, action), [403]);
      for (const token of [reviewer, auditor]) {
        const res = await act(token, DEMO_STAFF.lixia.username, action);
        expectNoData(res, [403]);
        expect(res.json().error.code).toBe('ROLE_FORBIDDEN');
      }
    }
    expect(await events()).toBe(before);
  });

  it('let the credit office enrol a second factor (shown once, as a QR and a URI) that works at once and replaces the old one', async () => {
    const office = await tokenOf(DEMO_CONSOLE_STAFF.creditOffice);
    const before = await events();
    const res = await act(office, DEMO_STAFF.lixia.username, 'enrol_totp');
    expect(res.statusCode).toBe(200);
    const { totp } = res.json();
    expect(totp.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(totp.uri).toContain(`secret=${totp.secret}`);
    expect(totp.qr.rows).toHaveLength(totp.qr.size);
    expect(totp.qr.rows.every((r: string) => /^[01]+$/.test(r) && r.length === totp.qr.size)).toBe(true);
    expect(await events()).toBe(before + 1);
    // The account list says it is bound, and shows no secret.
    const list = await app.inject({ url: '/api/v1/staff/accounts', headers: bearer(office) });
    expect(list.body).not.toContain(totp.secret);
    expect(list.json().items.find((a: { username: string }) => a.username === DEMO_STAFF.lixia.username).secondFactor).toBe(true);
    // The reviewer needs the new code now.
    const lixia = { ...DEMO_STAFF.lixia, totpSecret: totp.secret as string };
    later(31);
    expect((await login(DEMO_STAFF.lixia)).json().error.code).toBe('TOTP_REQUIRED');
    await tokenOf(lixia);
    // Reset: a new secret, and the old one's codes no longer work.
    const reset = (await act(office, DEMO_STAFF.lixia.username, 'enrol_totp')).json().totp;
    expect(reset.secret).not.toBe(totp.secret);
    later(31);
    expect((await login({ ...lixia, totp: totpCode(totp.secret, now) })).json().error.code).toBe('INVALID_TOTP');
    expect((await login({ ...lixia, totp: totpCode(reset.secret, now) })).statusCode).toBe(200);
  });

  it('let the credit office disable an account (its open session ends at once) and enable it again, each logged', async () => {
    const office = await tokenOf(DEMO_CONSOLE_STAFF.creditOffice);
    const reviewer = await tokenOf(DEMO_CONSOLE_STAFF.chengguan);
    const before = await events();
    expect((await act(office, DEMO_CONSOLE_STAFF.chengguan.username, 'disable')).json().done).toBe('已停用：console-chengguan');
    expectNoData(await app.inject({ url: '/api/v1/staff/me', headers: bearer(reviewer) }), [403]);
    later(31);
    const refused = await login({ ...DEMO_CONSOLE_STAFF.chengguan, totp: totpCode(DEMO_CONSOLE_STAFF.chengguan.totpSecret, now) });
    expect(refused.json().error.code).toBe('INVALID_CREDENTIALS');
    expect((await act(office, DEMO_CONSOLE_STAFF.chengguan.username, 'enable')).statusCode).toBe(200);
    await tokenOf(DEMO_CONSOLE_STAFF.chengguan);
    const { rows } = await db.query<{ action: string; actor: string; target: string }>(
      `SELECT e.action, a.username AS actor, t.username AS target FROM staff_account_events e
         JOIN staff_accounts a ON a.id = e.actor_staff_id JOIN staff_accounts t ON t.id = e.target_staff_id ORDER BY e.id DESC LIMIT 2`,
    );
    expect(rows).toEqual([
      { action: 'enable', actor: DEMO_CONSOLE_STAFF.creditOffice.username, target: DEMO_CONSOLE_STAFF.chengguan.username },
      { action: 'disable', actor: DEMO_CONSOLE_STAFF.creditOffice.username, target: DEMO_CONSOLE_STAFF.chengguan.username },
    ]);
    expect(await events()).toBe(before + 2);
  });

  it('refuse an unknown account, and an administrator disabling their own account or resetting their own code', async () => {
    const office = await tokenOf(DEMO_CONSOLE_STAFF.creditOffice);
    expect((await act(office, 'nobody-here', 'unlock')).json().error.code).toBe('ACCOUNT_NOT_FOUND');
    for (const action of ['disable', 'enrol_totp']) {
      const res = await act(office, DEMO_CONSOLE_STAFF.creditOffice.username, action);
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('OWN_ACCOUNT');
    }
    const bad = await act(office, DEMO_CONSOLE_STAFF.auditor.username, 'delete');
    expect(bad.statusCode).toBe(400);
  });
});

describe('lockout that a stranger cannot turn against the owner', () => {
  const auditor = DEMO_CONSOLE_STAFF.auditor;
  const wrong = (from: string, n = LOCKOUT.attempts) =>
    (async () => {
      let last: Awaited<ReturnType<typeof login>> | undefined;
      for (let i = 0; i < n; i++) last = await login({ username: auditor.username, password: `wrong-${i}` }, from);
      return last;
    })();

  it(`locks only the address that got ${LOCKOUT.attempts} wrong in a row; the owner elsewhere logs in`, async () => {
    later(LOCKOUT.maxMinutes * 60);
    const last = await wrong('203.0.113.7');
    expect(last?.json().error.code).toBe('ACCOUNT_LOCKED');
    expect(last?.json().error.message).toContain(`在这台电脑上已锁定 ${LOCKOUT.minutes} 分钟`);
    later(31);
    const right = { ...auditor, totp: totpCode(auditor.totpSecret, now) };
    expect((await login(right, '203.0.113.7')).json().error.code).toBe('ACCOUNT_LOCKED');
    expect((await login(right, '198.51.100.20')).statusCode).toBe(200);
  });

  it('locks the same address twice as long the next time', async () => {
    later(LOCKOUT.minutes * 60 + 1);
    const second = await wrong('203.0.113.7');
    expect(second?.json().error.message).toContain(`已锁定 ${LOCKOUT.minutes * 2} 分钟`);
    later(LOCKOUT.minutes * 60 + 1);
    expect((await login({ username: auditor.username, password: 'still-wrong' }, '203.0.113.7')).json().error.code).toBe('ACCOUNT_LOCKED');
  });

  it(`after ${LOCKOUT.accountAttempts} wrong from many addresses, keeps out new addresses but not the owner’s known one`, async () => {
    later(LOCKOUT.maxMinutes * 60);
    // The owner logged in from the office before (a known address).
    await tokenOf(auditor, '10.1.2.3');
    for (let i = 0; i < LOCKOUT.accountAttempts; i++) {
      await login({ username: auditor.username, password: `spray-${i}` }, `192.0.2.${10 + i}`);
    }
    later(31);
    const right = { ...auditor, totp: totpCode(auditor.totpSecret, now) };
    const stranger = await login(right, '192.0.2.200');
    expect(stranger.json().error.code).toBe('ACCOUNT_LOCKED');
    expect(stranger.json().error.message).toContain('平时登录用的电脑不受影响');
    expect((await login(right, '10.1.2.3')).statusCode).toBe(200);
    // The account list shows the lock, and the credit office can clear it.
    const office = await tokenOf(DEMO_CONSOLE_STAFF.creditOffice, '10.9.9.9');
    const listed = (await app.inject({ url: '/api/v1/staff/accounts', headers: bearer(office) })).json().items;
    expect(listed.find((a: { username: string }) => a.username === auditor.username).locked).toBe(true);
    expect((await act(office, auditor.username, 'unlock')).statusCode).toBe(200);
    later(31);
    expect((await login({ ...auditor, totp: totpCode(auditor.totpSecret, now) }, '192.0.2.201')).statusCode).toBe(200);
    // The address locked twice before is open again too: it gets as far as the code (spent a moment ago in this step).
    expect((await login({ ...auditor, totp: totpCode(auditor.totpSecret, now) }, '203.0.113.7')).json().error.code).toBe('INVALID_TOTP');
  });
});
