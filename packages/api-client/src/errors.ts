/**
 * Error hierarchy after openai-node: one class per failure family so callers can branch with
 * instanceof, and every class carries what support needs (status, code, request id).
 */
export class ApiClientError extends Error {
  override name = 'ApiClientError';
}

/** The server answered with the error shape. */
export class ApiError extends ApiClientError {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly requestId: string | undefined,
  ) {
    super(message);
  }
}
export class BadRequestError extends ApiError {
  override name = 'BadRequestError';
}
export class AuthenticationError extends ApiError {
  override name = 'AuthenticationError';
}
export class PermissionDeniedError extends ApiError {
  override name = 'PermissionDeniedError';
}
export class NotFoundError extends ApiError {
  override name = 'NotFoundError';
}
export class ConflictError extends ApiError {
  override name = 'ConflictError';
}
export class RateLimitError extends ApiError {
  override name = 'RateLimitError';
}
export class ServerError extends ApiError {
  override name = 'ServerError';
}

/** No answer reached us: offline, refused, DNS. */
export class ConnectionError extends ApiClientError {
  override name = 'ConnectionError';
  constructor(message = '网络连接失败，请检查网络后重试') {
    super(message);
  }
}
export class TimeoutError extends ConnectionError {
  override name = 'TimeoutError';
  constructor() {
    super('服务器响应超时，请稍后重试');
  }
}

export function errorForStatus(status: number, code: string, message: string, requestId: string | undefined): ApiError {
  const Class =
    status === 400 || status === 422
      ? BadRequestError
      : status === 401
        ? AuthenticationError
        : status === 403
          ? PermissionDeniedError
          : status === 404
            ? NotFoundError
            : status === 409
              ? ConflictError
              : status === 429
                ? RateLimitError
                : status >= 500
                  ? ServerError
                  : ApiError;
  return new Class(status, code, message, requestId);
}
