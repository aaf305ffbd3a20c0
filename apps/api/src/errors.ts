/** An error whose message is written for the person using the service. */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    /** Seconds after which a retry can succeed (429, 503): sent as Retry-After. */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (message: string) => new AppError(404, 'NOT_FOUND', message);

/** Seconds a refused uploader is asked to wait: an upload of 5 MB on a phone takes about this long. */
const UPLOAD_RETRY_SECONDS = 10;

/** Every upload slot or check worker of this process is taken: the person waits a little; nothing typed is lost. */
export const uploadsBusy = () =>
  new AppError(503, 'UPLOADS_BUSY', '现在上传文件的人较多，请稍等十几秒再上传，已填的内容不会丢。', UPLOAD_RETRY_SECONDS);

/** An upload's check crashed or ran out of time: the file may be fine, so the person is asked to try again. */
export const uploadCheckFailed = () =>
  new AppError(503, 'UPLOAD_CHECK_FAILED', '文件检查没有完成，请稍后重新上传，已填的内容不会丢。', UPLOAD_RETRY_SECONDS);
