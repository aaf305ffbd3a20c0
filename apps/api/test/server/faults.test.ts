import { createServer, type Server, Socket } from 'node:net';
import { PDF } from '@xinyong/test-support/files';
import { freePort, type RunningServer, startApi } from '@xinyong/test-support/processes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/open';
import { DEMO_DECISION_NUMBERS } from '../../src/demo/fixed';
import { verifyAccessLog } from '../../src/repositories/access-log';
import { createScratchDatabase } from '../helpers';

const serverUrl = new URL(process.env.TEST_DATABASE_URL as string);
let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;

/** A TCP relay in front of PostgreSQL: closing it is the database going away, reopening it the database coming back. */
function relay(port: number) {
  let server: Server | null = null;
  const sockets = new Set<Socket>();
  return {
    start: () =>
      new Promise<void>((resolve) => {
        server = createServer((client) => {
          const upstream = new Socket();
          upstream.connect(Number(serverUrl.port || 5432), serverUrl.hostname);
          for (const s of [client, upstream]) {
            sockets.add(s);
            s.on('close', () => sockets.delete(s));
            s.on('error', () => s.destroy());
          }
          client.pipe(upstream).pipe(client);
        });
        server.listen(port, '127.0.0.1', resolve);
      }),
    stop: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server ? server.close(() => resolve()) : resolve();
      }),
  };
}

beforeAll(async () => {
  scratch = await createScratchDatabase(serverUrl.toString());
}, 180_000);
afterAll(async () => scratch?.drop());

describe('the database goes away and comes back', () => {
  let api: RunningServer;
  const proxyPort = { value: 0 };
  let proxy: ReturnType<typeof relay>;

  beforeAll(async () => {
    proxyPort.value = await freePort();
    proxy = relay(proxyPort.value);
    await proxy.start();
    const viaProxy = new URL(scratch.url);
    viaProxy.port = String(proxyPort.value);
    api = await startApi({ env: { DATABASE_URL: viaProxy.toString() } });
  }, 120_000);
  afterAll(async () => {
    await api?.stop('SIGTERM');
    await proxy?.stop();
  });

  it('answers 503 with Retry-After while it is gone, and recovers by itself', async () => {
    expect((await fetch(`${api.origin}/api/v1/benefits`)).status).toBe(200);
    await proxy.stop();
    const down = await fetch(`${api.origin}/api/v1/entities?q=${encodeURIComponent('华夏')}`);
    expect(down.status).toBe(503);
    expect(Number(down.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await down.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('SERVICE_UNAVAILABLE');
    expect(JSON.stringify(body)).not.toMatch(/ECONN|at .*\.ts/);
    const health = await fetch(`${api.origin}/api/v1/health`);
    expect(health.status).toBe(503);

    await proxy.start();
    let status = 0;
    for (let i = 0; i < 40 && status !== 200; i++) {
      status = (await fetch(`${api.origin}/api/v1/entities?q=${encodeURIComponent('华夏')}`)).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 250));
    }
    expect(status).toBe(200);
    expect(api.child.exitCode).toBeNull();
  });
});

describe('the API process dies in the middle of a submission', () => {
  it('a retry with the same idempotency key files exactly one complete objection, and the log chain verifies', async () => {
    // The submission's transaction is held open for 3 s, so the kill lands inside it.
    let api = await startApi({ env: { DATABASE_URL: scratch.url, XINYONG_FAULT_PAUSE_MS: '3000' } });
    const token = (
      (await (
        await fetch(`${api.origin}/api/v1/auth/dev-login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ citizen: 'zhang' }),
        })
      ).json()) as { token: string }
    ).token;
    const auth = { authorization: `Bearer ${token}` };
    const form = new FormData();
    form.append('file', new Blob([PDF], { type: 'application/pdf' }), 'evidence.pdf');
    const attachment = (await (
      await fetch(`${api.origin}/api/v1/me/attachments`, { method: 'POST', headers: auth, body: form })
    ).json()) as { id: string };
    const records = (await (await fetch(`${api.origin}/api/v1/me/records`, { headers: auth })).json()) as {
      items: { id: string; decisionNo: string }[];
    };
    const recordId = records.items.find((r) => r.decisionNo === DEMO_DECISION_NUMBERS.zhangPenalty)?.id as string;
    const submit = (origin: string) =>
      fetch(`${origin}/api/v1/me/objections`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json', 'idempotency-key': 'crash-test-key-0000000001' },
        body: JSON.stringify({ recordId, reason: '处罚地点与实际不符，附现场照片为证。', attachmentIds: [attachment.id] }),
      });

    const inFlight = submit(api.origin).catch((error: Error) => error);
    await new Promise((r) => setTimeout(r, 1000));
    await api.stop('SIGKILL');
    expect(await inFlight).toBeInstanceOf(Error);

    const db = await openDatabase({ databaseUrl: scratch.url });
    const count = async () =>
      (await db.query<{ n: number }>('SELECT count(*) AS n FROM objections WHERE person_id IS NOT NULL')).rows[0]?.n;
    expect(await count()).toBe(0);

    api = await startApi({ env: { DATABASE_URL: scratch.url } });
    const retried = await submit(api.origin);
    expect(retried.status).toBe(201);
    const again = await submit(api.origin);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await count()).toBe(1);
    const links = await db.query<{ n: number }>('SELECT count(*) AS n FROM objection_attachments');
    expect(links.rows[0]?.n).toBe(1);
    expect((await verifyAccessLog(db)).ok).toBe(true);
    await db.close();
    await api.stop('SIGTERM');
  }, 120_000);
});
