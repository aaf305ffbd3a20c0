import { ApiClientError } from '@xinyong/api-client';

const FALLBACK = '发生了意外错误，请稍后重试';

/** The client's errors already carry a Chinese message a person can act on; anything else gets a fixed text. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiClientError && error.message) return error.message;
  return FALLBACK;
}
