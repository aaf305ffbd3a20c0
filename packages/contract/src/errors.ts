import { type Static, Type } from 'typebox';

/** Stable error codes. A code never changes meaning once published; clients branch on it. */
export const ERROR_CODES = [
  'BAD_REQUEST',
  'VALIDATION_FAILED',
  'INVALID_CATEGORY',
  'INVALID_AUDIENCE',
  'NOT_FOUND',
  'ROUTE_NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'RATE_LIMITED',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'CONFLICT',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number] | (string & {});

export const ErrorBody = Type.Object(
  {
    error: Type.Object({
      code: Type.String({ description: '稳定的错误代码，如 INVALID_CATEGORY' }),
      message: Type.String({ description: '给人看的中文说明，告诉用户下一步怎么做' }),
      requestId: Type.String({ description: '请求编号，联系客服时提供' }),
    }),
  },
  { $id: 'ErrorBody' },
);
export type ErrorBody = Static<typeof ErrorBody>;
