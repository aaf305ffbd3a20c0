import { createClient } from '@xinyong/api-client/browser';

/** The one client of the console: same origin, the token in this object's memory only (a reload signs out). */
export const api = createClient({
  baseURL: `${window.location.origin}/api/v1`,
  onSessionEnded: () => window.dispatchEvent(new CustomEvent('xy-session-ended')),
});

export const errorMessage = (error: unknown) => (error instanceof Error ? error.message : '发生了意外错误，请稍后重试');
