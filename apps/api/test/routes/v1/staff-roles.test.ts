import { ROUTES, type RouteSpec, STAFF_ROLES, type StaffRole } from '@xinyong/contract';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../../../src/auth/totp';
import { DEMO_CONSOLE_STAFF } from '../../../src/demo/staff';
import { createTestApp } from '../../helpers';
import { bearer, devLogin, expectNoData } from '../../self-service.helpers';

// Every staff route of the table, refused on the server to every role it does not list, to a citizen and to nobody
// (the role check runs before anything is read, validated or logged). The note's role table cites this test.
let app: FastifyInstance;
let now = new Date('2026-12-01T02:00:05Z');
const tokens = {} as Record<StaffRole, string>;
const ACCOUNT_OF: Record<StaffRole, (typeof DEMO_CONSOLE_STAFF)[keyof typeof DEMO_CONSOLE_STAFF]> = {
  reviewer: DEMO_CONSOLE_STAFF.chengguan,
  credit_office: DEMO_CONSOLE_STAFF.creditOffice,
  auditor: DEMO_CONSOLE_STAFF.auditor,
};
let citizen = '';
beforeAll(async () => {
  ({ app } = await createTestApp({ rateLimitScale: 100 }, { demo: true, build: { clock: () => now } }));
  for (const role of Object.keys(STAFF_ROLES) as StaffRole[]) {
    const account = ACCOUNT_OF[role];
    now = new Date(now.getTime() + 31_000);
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/staff/login',
      payload: { username: account.username, password: account.password, totp: totpCode(account.totpSecret, now) },
    });
    tokens[role] = res.json().token;
  }
  citizen = await devLogin(app, 'zhang');
});
afterAll(() => app.close());

const staffRoutes = (Object.entries(ROUTES) as [string, RouteSpec][]).filter(([, spec]) => spec.auth === 'staff');
const url = (spec: RouteSpec) =>
  `/api/v1${spec.path.replace(/:(\w+)/g, (_, name) => (name === 'username' ? 'console-auditor' : 'ABCDEF234567'))}`;
const call = (spec: RouteSpec, token?: string) =>
  app.inject({
    method: spec.method,
    url: url(spec),
    headers: { ...(token ? bearer(token) : {}), 'x-access-purpose': encodeURIComponent('核实角色权限') },
    ...(spec.method === 'POST' ? { payload: {} } : {}),
  });

describe.each(staffRoutes)('%s', (_name, spec) => {
  const allowed = spec.roles ?? ['reviewer'];
  const refused = (Object.keys(STAFF_ROLES) as StaffRole[]).filter((r) => !allowed.includes(r));

  it('is refused to nobody and to a citizen', async () => {
    expectNoData(await call(spec), [401]);
    expectNoData(await call(spec, citizen), [403]);
  });

  // A route open to every console role has no role to refuse (staff.me, staff.applicationList).
  if (refused.length)
    it.each(refused)(`is refused to %s (allowed: ${allowed.join(', ')})`, async (role) => {
      const res = await call(spec, tokens[role]);
      expectNoData(res, [403]);
      expect(res.json().error.code).toBe('ROLE_FORBIDDEN');
      expect(res.json().error.message).toContain(STAFF_ROLES[allowed[0] as StaffRole]);
    });
});
