/** How long 我的信用 may stay out of sight before what it showed is dropped from memory. */
export const FORGET_AFTER_MS = 5 * 60 * 1000;

export function shouldForget(hidden: number | null, now: number, limit = FORGET_AFTER_MS): boolean {
  return hidden !== null && now - hidden >= limit;
}
