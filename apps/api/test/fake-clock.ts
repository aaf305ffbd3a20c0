import { setImmediate } from 'node:timers';
import { vi } from 'vitest';

/**
 * Runs `fn` with setTimeout on vitest's fake clock, and AbortSignal.timeout on that same clock: Node runs
 * AbortSignal.timeout on internal timers that fake timers cannot reach, so it is rebuilt here on the faked
 * setTimeout (same reason, a TimeoutError DOMException). A timeout is then tested by advancing the clock, never by
 * measuring how long a real wait took.
 */
export async function onFakeClock<T>(fn: () => Promise<T>): Promise<T> {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  const timeout = vi.spyOn(AbortSignal, 'timeout').mockImplementation((ms: number) => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError')), ms);
    return controller.signal;
  });
  try {
    return await fn();
  } finally {
    timeout.mockRestore();
    vi.useRealTimers();
  }
}

/** Lets real I/O (a request reaching a local stand-in) happen while the fake clock stands still. */
export async function untilTrue(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}
