import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app';
import { prepareDatabase } from '../../src/bootstrap';
import { loadConfig } from '../../src/config';
import type { SqlClient } from '../../src/db/client';
import { openDatabase } from '../../src/db/open';
import { verifyAccessLog } from '../../src/repositories/access-log';
import { createScratchDatabase } from '../helpers';
import { bearer, devLogin } from '../self-service.helpers';

// The API's own role reads and appends to the access log and can do nothing else to it; the owner role runs the
// migrations (DATABASE_OWNER_URL). scripts/ci-postgres.sh creates the API's test role, xinyong_test_api.
const serverUrl = process.env.TEST_DATABASE_URL as string;
const API_ROLE = { user: 'xinyong_test_api', password: 'xinyong_test_api' };
let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
let app: FastifyInstance;
let api: SqlClient;
let owner: SqlClient;

const as = (url: string, role: { user: string; password: string }) => {
  const u = new URL(url);
  u.username = role.user;
  u.password = role.password;
  return u.toString();
};

beforeAll(async () => {
  scratch = await createScratchDatabase(serverUrl);
  const apiUrl = as(scratch.url, API_ROLE);
  const config = {
    ...loadConfig({ NODE_ENV: 'test' }),
    databaseUrl: apiUrl,
    databaseOwnerUrl: scratch.url,
    siteDir: '/none',
    h5Dir: '/none',
  };
  api = await openDatabase({ databaseUrl: apiUrl }).catch((error) => {
    throw new Error(`the API test role is missing: run scripts/ci-postgres.sh (${error})`);
  });
  await prepareDatabase(config, api, { demo: true });
  app = await buildApp({ config, db: api, closeDb: true });
  await app.ready();
  owner = await openDatabase({ databaseUrl: scratch.url });
}, 120_000);
afterAll(async () => {
  await app?.close();
  await owner?.close();
  await scratch?.drop();
});

describe('the access log under the API’s own role', () => {
  it('is appended to as the service reads personal data', async () => {
    const li = await devLogin(app, 'li');
    expect((await app.inject({ url: '/api/v1/me/records', headers: bearer(li) })).statusCode).toBe(200);
    const { rows } = await api.query<{ n: number }>('SELECT count(*)::int AS n FROM access_log');
    expect(rows[0]?.n).toBeGreaterThan(0);
  });

  it.each([
    ['UPDATE', "UPDATE access_log SET purpose = 'rewritten'"],
    ['DELETE', 'DELETE FROM access_log'],
    ['TRUNCATE', 'TRUNCATE access_log'],
    ['disable the trigger', 'ALTER TABLE access_log DISABLE TRIGGER access_log_no_update'],
    ['drop it', 'DROP TABLE access_log CASCADE'],
    ['move the sequence', "SELECT setval('access_log_seq_seq', 1)"],
  ])('refuses to %s', async (_what, statement) => {
    await expect(api.exec(statement)).rejects.toThrow(/permission denied|must be owner/);
  });

  it('cannot grant itself the rights back (PostgreSQL grants nothing and says so)', async () => {
    await api.exec('GRANT UPDATE, DELETE, TRUNCATE ON access_log TO xinyong_test_api');
    await expect(api.exec('DELETE FROM access_log')).rejects.toThrow(/permission denied/);
  });

  it('leaves the chain whole, and the owner’s rewrite is detected', async () => {
    expect(await verifyAccessLog(owner)).toMatchObject({ ok: true });
    await owner.exec('ALTER TABLE access_log DISABLE TRIGGER access_log_no_update');
    await owner.exec("UPDATE access_log SET purpose = '（被改写）' WHERE seq = (SELECT min(seq) FROM access_log)");
    await owner.exec('ALTER TABLE access_log ENABLE TRIGGER access_log_no_update');
    expect(await verifyAccessLog(owner)).toMatchObject({ ok: false, reason: expect.stringContaining('changed') });
  });
});
