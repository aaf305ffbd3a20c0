import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium';
import { chinaNight } from './clock';
import { type AppOptions, openApp } from './miniprogram';
import type { Person } from './person';
import { type RunningSystem, type SystemOptions, startSystem } from './system';

export interface Suite {
  /** The system under test; there once the suite's first test runs. */
  readonly system: RunningSystem;
  /** Debian's Chromium, one for the suite; each person opens a context of their own in it. */
  readonly browser: Browser;
  /**
   * A person's phone on the h5 app whose clock shows what the system's clock shows: at night in a suite started at
   * night, and installed, so a test can move it on (five minutes away).
   */
  app: (options?: Omit<AppOptions, 'clockAt'>) => Promise<Person>;
}

/** The hours a journey runs at: by day, and with the whole system and the phones at 02:30 China time. */
export const DAY_AND_NIGHT = [
  { when: 'by day', clockAt: undefined, suffix: '' },
  { when: 'at 02:30 China time', clockAt: chinaNight(), suffix: '-night' },
] as const;

/**
 * The whole system and a browser for the tests of one file or describe block: both started before its first test
 * and stopped after its last. `start` is startSystem, or startSite for tests of the built site.
 */
export function useSystem(options: SystemOptions = {}, start: (o: SystemOptions) => Promise<RunningSystem> = startSystem): Suite {
  let system: RunningSystem | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [system, browser] = await Promise.all([start(options), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined)
      throw new Error('useSystem: the system is not started yet; use it inside a test or hook, not while tests are collected.');
    return value;
  };
  const suite: Suite = {
    get system() {
      return started(system);
    },
    get browser() {
      return started(browser);
    },
    app: (appOptions = {}) => openApp(suite.browser, suite.system.origin, { ...appOptions, clockAt: suite.system.now() }),
  };
  return suite;
}
