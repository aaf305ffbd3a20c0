import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { localProblem, parseUploadAnswer, runUpload, UploadError, type UploadTaskLike } from './upload-task';

const LIMITS = { maxBytes: 5 * 1024 * 1024, timeoutMs: 60_000 };

/** A stand-in for Taro.uploadFile's task: the test decides when it progresses and answers. */
function fakeTask() {
  let answer!: (res: { statusCode: number; data: unknown }) => void;
  let fail!: (err: unknown) => void;
  const progress: ((res: { progress: number }) => void)[] = [];
  const promise = new Promise<{ statusCode: number; data: unknown }>((resolve, reject) => {
    answer = resolve;
    fail = reject;
  });
  const abort = vi.fn();
  const task: UploadTaskLike = Object.assign(promise, {
    abort,
    onProgressUpdate: (l: (res: { progress: number }) => void) => progress.push(l),
  });
  return {
    task,
    answer,
    fail,
    abort,
    progress: (p: number) => {
      for (const l of progress) l({ progress: p });
    },
  };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('runUpload', () => {
  it('reports progress and resolves with the attachment', async () => {
    const t = fakeTask();
    const seen: number[] = [];
    const done = runUpload(
      () => t.task,
      LIMITS,
      (p) => seen.push(p),
    );
    t.progress(12.4);
    t.progress(100);
    t.answer({ statusCode: 201, data: JSON.stringify({ id: 'ABC123', mediaType: 'application/pdf', byteSize: 300 }) });
    await expect(done).resolves.toEqual({ id: 'ABC123', mediaType: 'application/pdf', byteSize: 300 });
    expect(seen).toEqual([12, 100]);
  });

  it('stops a stalled upload at the timeout, aborts it, and ignores an answer that comes later', async () => {
    const t = fakeTask();
    const seen: number[] = [];
    const done = runUpload(
      () => t.task,
      LIMITS,
      (p) => seen.push(p),
    );
    const outcome = done.then(
      () => 'resolved',
      (e: UploadError) => e,
    );
    t.progress(30);
    await vi.advanceTimersByTimeAsync(LIMITS.timeoutMs - 1);
    expect(t.abort).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    const error = await outcome;
    expect(error).toBeInstanceOf(UploadError);
    expect((error as UploadError).code).toBe('TIMEOUT');
    expect((error as UploadError).message).toContain('重试');
    expect(t.abort).toHaveBeenCalledOnce();
    t.progress(90);
    t.answer({ statusCode: 201, data: { id: 'late' } });
    await vi.runAllTimersAsync();
    expect(seen).toEqual([30]);
  });

  it('clears its timer once answered, so nothing fires afterwards', async () => {
    const t = fakeTask();
    const done = runUpload(
      () => t.task,
      LIMITS,
      () => undefined,
    );
    t.answer({ statusCode: 201, data: { id: 'X1', mediaType: 'image/png', byteSize: 1 } });
    await done;
    expect(vi.getTimerCount()).toBe(0);
    expect(t.abort).not.toHaveBeenCalled();
  });

  it('turns a network failure into a message with 重试', async () => {
    const t = fakeTask();
    const done = runUpload(
      () => t.task,
      LIMITS,
      () => undefined,
    );
    t.fail({ errMsg: 'uploadFile:fail' });
    await expect(done).rejects.toThrow(/网络连接失败.*重试/);
  });
});

describe('parseUploadAnswer', () => {
  it('explains the server’s refusals in words a person can act on', () => {
    expect(() => parseUploadAnswer(413, '', LIMITS.maxBytes)).toThrow('每个最大 5 MB');
    expect(() =>
      parseUploadAnswer(415, { error: { code: 'UNSUPPORTED_FILE_TYPE', message: '只能上传 JPG、PNG 图片或 PDF 文件。' } }, LIMITS.maxBytes),
    ).toThrow('只能上传 JPG、PNG 图片或 PDF 文件。');
    expect(() => parseUploadAnswer(401, { error: { code: 'SESSION_EXPIRED', message: 'x' } }, LIMITS.maxBytes)).toThrow('重新登录');
    expect(() => parseUploadAnswer(502, '<html>bad gateway</html>', LIMITS.maxBytes)).toThrow('稍后');
    try {
      parseUploadAnswer(401, { error: { code: 'SESSION_EXPIRED' } }, LIMITS.maxBytes);
    } catch (error) {
      expect((error as UploadError).code).toBe('SESSION_EXPIRED');
    }
  });
});

describe('localProblem', () => {
  it('refuses what the server would refuse before sending it', () => {
    expect(localProblem({ size: 100, kind: 'pdf' }, LIMITS.maxBytes)).toBeNull();
    expect(localProblem({ size: 6 * 1024 * 1024, kind: 'image' }, LIMITS.maxBytes)).toContain('5 MB');
    expect(localProblem({ size: 10, kind: 'other' }, LIMITS.maxBytes)).toContain('PDF');
    expect(localProblem({ size: 0, kind: 'image' }, LIMITS.maxBytes)).toContain('空');
  });
});
