import { createHash } from 'node:crypto';
import { PDF, PNG } from '@xinyong/test-support/files';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppError } from '../../src/errors';
import { CheckNotDone, type UploadChecks, uploadCheckPool } from '../../src/uploads/check-pool';
import { inspectUpload } from '../../src/uploads/inspect';

const STAND_IN = new URL('./fixtures/stand-in-check-worker.mjs', import.meta.url);
const word = (w: string) => Buffer.from(w, 'latin1');
const reasonOf = (p: Promise<unknown>) =>
  p.then(
    () => 'done',
    (e: unknown) => (e instanceof CheckNotDone ? e.reason : String(e)),
  );

let pool: UploadChecks | undefined;
afterEach(async () => {
  vi.useRealTimers();
  await pool?.close();
  pool = undefined;
});

describe('the upload check pool', () => {
  it('hashes and scans in its worker: the same digest as on the main thread', async () => {
    pool = uploadCheckPool({ workers: 1 });
    const png = await pool.check(PNG, 'image/png');
    expect(png).toEqual({ sha256: createHash('sha256').update(PNG).digest(), disguise: null, pdf: null });
    const pdf = await pool.check(PDF, 'application/pdf');
    expect(pdf.pdf).toEqual({ ok: true, pages: expect.any(Number) });
  });

  it('replaces a worker that overruns its time, and the next file is checked', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    pool = uploadCheckPool({ workers: 1, timeoutMs: 15_000, workerUrl: STAND_IN });
    const hung = reasonOf(pool.check(word('hang'), 'image/png'));
    const next = pool.check(word('fine'), 'image/png');
    await vi.advanceTimersByTimeAsync(14_999);
    expect(await Promise.race([hung, Promise.resolve('still waiting')])).toBe('still waiting');
    await vi.advanceTimersByTimeAsync(1);
    expect(await hung).toBe('timeout');
    vi.useRealTimers();
    expect((await next).sha256).toEqual(Buffer.alloc(32, 4));
  });

  it('survives a worker that dies, or whose heap runs out, and keeps checking', async () => {
    pool = uploadCheckPool({ workers: 1, workerUrl: STAND_IN, workerHeapMb: 16 });
    expect(await reasonOf(pool.check(word('crash'), 'image/png'))).toBe('crash');
    expect(await reasonOf(pool.check(word('heap'), 'image/png'))).toBe('crash');
    expect((await pool.check(word('ok'), 'image/png')).sha256).toEqual(Buffer.alloc(32, 2));
  });

  it('refuses at once when every worker is busy and the queue is full, instead of holding the files', async () => {
    pool = uploadCheckPool({ workers: 1, maxQueued: 1, workerUrl: STAND_IN });
    const first = reasonOf(pool.check(word('hang'), 'image/png'));
    const queued = reasonOf(pool.check(word('hang'), 'image/png'));
    expect(await reasonOf(pool.check(word('fine'), 'image/png'))).toBe('busy');
    await pool.close();
    expect([await first, await queued]).toEqual(['closed', 'closed']);
  });

  it('says what a person can do when a check does not finish', async () => {
    const busy = { check: () => Promise.reject(new CheckNotDone('busy')), close: async () => {} };
    const crashed = { check: () => Promise.reject(new CheckNotDone('crash')), close: async () => {} };
    const refusal = (p: Promise<unknown>) =>
      p.then(
        () => null,
        (e: AppError) => ({ status: e.statusCode, code: e.code, retryAfter: e.retryAfter, message: e.message }),
      );
    expect(await refusal(inspectUpload(PNG, busy))).toMatchObject({ status: 503, code: 'UPLOADS_BUSY', retryAfter: 10 });
    expect(await refusal(inspectUpload(PNG, crashed))).toMatchObject({
      status: 503,
      code: 'UPLOAD_CHECK_FAILED',
      message: expect.stringContaining('稍后重新上传'),
    });
    // A PDF that breaks the parser's worker is treated as the unreadable file it is.
    expect(await refusal(inspectUpload(PDF, crashed))).toMatchObject({ status: 415, code: 'UNREADABLE_PDF' });
  });
});
