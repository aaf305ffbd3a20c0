import type { Attachment } from '@xinyong/api-client';

/** What Taro.uploadFile gives back, in both builds: a promise of the answer with the task's controls on it. */
export interface UploadTaskLike extends PromiseLike<{ statusCode: number; data: unknown }> {
  abort?: () => void;
  onProgressUpdate?: (listener: (res: { progress: number }) => void) => void;
}

export interface UploadLimits {
  maxBytes: number;
  /** Without an answer by then, the upload is stopped and the person may retry. */
  timeoutMs: number;
}

export class UploadError extends Error {
  constructor(
    message: string,
    /** The server's code, when it answered (SESSION_EXPIRED, FILE_TOO_LARGE, …). */
    readonly code: string | null = null,
  ) {
    super(message);
  }
}

const TIMEOUT_MESSAGE = '上传超时：网络太慢或中断了。请检查网络后点“重试”。';
const NETWORK_MESSAGE = '上传没有成功：网络连接失败。请检查网络后点“重试”。';

/**
 * Runs one upload: reports progress, stops it after the timeout (so a stalled upload never spins for good), and
 * turns every answer into an attachment or an UploadError with a message a person can act on.
 */
export function runUpload(start: () => UploadTaskLike, limits: UploadLimits, onProgress: (percent: number) => void): Promise<Attachment> {
  return new Promise<Attachment>((resolve, reject) => {
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
    };
    let task: UploadTaskLike;
    try {
      task = start();
    } catch {
      reject(new UploadError(NETWORK_MESSAGE));
      return;
    }
    const timer = setTimeout(
      () =>
        finish(() => {
          try {
            task.abort?.();
          } catch {
            // Already finished on its side: the timeout stands.
          }
          reject(new UploadError(TIMEOUT_MESSAGE, 'TIMEOUT'));
        }),
      limits.timeoutMs,
    );
    task.onProgressUpdate?.((res) => {
      if (!settled) onProgress(Math.max(0, Math.min(100, Math.round(res.progress))));
    });
    task.then(
      (res) =>
        finish(() => {
          try {
            resolve(parseUploadAnswer(res.statusCode, res.data, limits.maxBytes));
          } catch (error) {
            reject(error);
          }
        }),
      () => finish(() => reject(new UploadError(NETWORK_MESSAGE))),
    );
  });
}

/** The API's answer to an upload: 201 with the attachment, or its error shape. */
export function parseUploadAnswer(statusCode: number, data: unknown, maxBytes: number): Attachment {
  let body: unknown = data;
  if (typeof data === 'string') {
    try {
      body = JSON.parse(data);
    } catch {
      body = null;
    }
  }
  if (statusCode >= 200 && statusCode < 300 && body && typeof body === 'object' && 'id' in body) return body as Attachment;
  const error = (body as { error?: { code?: string; message?: string } } | null)?.error;
  const mb = Math.round(maxBytes / 1024 / 1024);
  if (statusCode === 413) throw new UploadError(`文件太大了（每个最大 ${mb} MB），请换一个或压缩后再试。`, error?.code ?? 'FILE_TOO_LARGE');
  if (statusCode === 401) throw new UploadError('登录已过期，文件没有传上去。重新登录后点“重试”。', error?.code ?? 'UNAUTHORIZED');
  if (error?.message) throw new UploadError(error.message, error.code ?? null);
  throw new UploadError('上传没有成功，请稍后点“重试”。');
}

/** Checked on the phone before anything is sent: a file the server would refuse is explained at once. */
export function localProblem(file: { size: number; kind: 'image' | 'pdf' | 'other' }, maxBytes: number): string | null {
  if (file.kind === 'other') return '只能上传 JPG、PNG 照片或 PDF 文件。';
  if (file.size > maxBytes) return `这个文件超过 ${Math.round(maxBytes / 1024 / 1024)} MB，请压缩或拍得小一些后再选。`;
  if (file.size === 0) return '这个文件是空的，请重新选择。';
  return null;
}
