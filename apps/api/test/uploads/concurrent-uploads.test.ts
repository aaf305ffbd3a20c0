import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { photo } from '@xinyong/test-support/photo';
import { type RunningServer, startApi } from '@xinyong/test-support/processes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ENTITIES } from '../../src/demo/fixed';

// The embedded default in its own process, as `npm start` runs it (256 MB heap): 16 people upload a 5 MB photo
// at once while strangers keep looking up a business. Before, PGlite hex-encoded each file in a JavaScript loop:
// every request waited for seconds, and the heap ran out. How long the lookups take is measured in
// bench/uploads/ (never asserted here: CI runs on a busy machine).
let api: RunningServer;
let dataDir: string;
let died = false;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'xinyong-uploads-'));
  api = await startApi({
    env: { DATABASE_URL: '', DATA_DIR: join(dataDir, 'pglite'), RATE_LIMIT_SCALE: '100' },
    keepTail: 20_000,
  });
  void api.exited.then(() => {
    died = true;
  });
}, 120_000);
afterAll(async () => {
  await api?.stop('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('16 uploads of 5 MB on the embedded database', () => {
  it('keeps answering anonymous lookups, bounds the uploads in flight, and survives', async () => {
    const login = await fetch(`${api.origin}/api/v1/auth/dev-login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ citizen: 'li' }),
    });
    const { token } = (await login.json()) as { token: string };
    const photos = await Promise.all(Array.from({ length: 16 }, (_, i) => photo(i + 1)));
    for (const p of photos) expect(p.length).toBeGreaterThan(4.5 * 2 ** 20);

    let uploading = true;
    const lookups: number[] = [];
    const looking = (async () => {
      while (uploading) {
        const res = await fetch(`${api.origin}/api/v1/entities/${DEMO_ENTITIES.huaxia.code}`);
        await res.arrayBuffer();
        lookups.push(res.status);
      }
    })();
    const uploads = await Promise.all(
      photos.map(async (bytes, i) => {
        const form = new FormData();
        form.append('file', new Blob([bytes], { type: 'image/png' }), `receipt-${i}.png`);
        const res = await fetch(`${api.origin}/api/v1/me/attachments`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}` },
          body: form,
        });
        return { status: res.status, body: (await res.json()) as { error?: { code: string; message: string }; byteSize?: number } };
      }),
    );
    uploading = false;
    await looking;

    expect(died).toBe(false);
    expect(lookups.length).toBeGreaterThan(0);
    expect(lookups.every((s) => s === 200)).toBe(true);
    // Each upload is either stored whole or refused with a message to try again; never a 5xx of another kind.
    for (const u of uploads) {
      if (u.status === 201) expect(u.body.byteSize).toBeGreaterThan(4.5 * 2 ** 20);
      else expect(u).toMatchObject({ status: 503, body: { error: { code: 'UPLOADS_BUSY', message: expect.stringContaining('稍等') } } });
    }
    expect(uploads.filter((u) => u.status === 201).length).toBeGreaterThanOrEqual(4);

    // Whoever was asked to wait gets through afterwards, one after the other.
    for (const [i, u] of uploads.entries()) {
      if (u.status !== 503) continue;
      const form = new FormData();
      form.append('file', new Blob([photos[i] as Buffer], { type: 'image/png' }), `receipt-${i}.png`);
      const again = await fetch(`${api.origin}/api/v1/me/attachments`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body: form,
      });
      expect(again.status).toBe(201);
    }
    const health = await fetch(`${api.origin}/api/v1/health`);
    expect(health.status).toBe(200);
    expect(died).toBe(false);
  }, 300_000);
});
