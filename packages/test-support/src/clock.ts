import { existsSync } from 'node:fs';

/** libfaketime from Debian's `faketime` package: moves a process's wall clock without touching the product. */
export const LIBFAKETIME = process.env.LIBFAKETIME_PATH ?? '/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1';

const CHINA_OFFSET_MS = 8 * 3_600_000;

/**
 * 02:30 China time on the China date of `now`: the hour when a date taken from a UTC string is a day behind
 * (China is UTC+8 all year), and when nobody tests by hand.
 */
export function chinaNight(now = new Date()): Date {
  const chinaDate = new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
  return new Date(`${chinaDate}T02:30:00+08:00`);
}

/** The China civil date (YYYY-MM-DD) of an instant. */
export function chinaDateOf(instant: Date): string {
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * Environment that starts a process (and its children) with its wall clock at `instant`, running on from there:
 * Date, new Date(), and the embedded database's now() all see it. Timers and the event loop keep the real
 * monotonic clock (FAKETIME_DONT_FAKE_MONOTONIC), so nothing stalls. The offset is fixed when this is called.
 */
export function systemClockEnv(instant: Date): Record<string, string> {
  if (!existsSync(LIBFAKETIME))
    throw new Error(
      `libfaketime was not found at ${LIBFAKETIME}; the night-time journeys need it to run the server at 02:30 China time.\n` +
        '  Install it from Debian (as root):  apt-get install -y faketime   (or set LIBFAKETIME_PATH)',
    );
  const offsetSeconds = Math.round((instant.getTime() - Date.now()) / 1000);
  return {
    LD_PRELOAD: [process.env.LD_PRELOAD, LIBFAKETIME].filter(Boolean).join(' '),
    FAKETIME: `${offsetSeconds >= 0 ? '+' : ''}${offsetSeconds}`,
    FAKETIME_DONT_FAKE_MONOTONIC: '1',
  };
}

/**
 * 2026-05-20 → 2026年5月20日: how a date is written in China, worked out here so a test does not check the app's
 * formatter against itself.
 */
export function writtenDate(date: string): string {
  const [year, month, day] = date.slice(0, 10).split('-');
  return `${Number(year)}年${Number(month)}月${Number(day)}日`;
}
