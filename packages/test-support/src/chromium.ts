import { type Browser, chromium, type LaunchOptions } from 'playwright-core';

/** Debian's Chromium; never a downloaded browser (`npx playwright install` is not used in this project). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags this closed network needs (TOOLCHAIN.md): nothing reaches out, nothing needs a GPU or a sandbox. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's Chromium through playwright-core; launch() gives every run a new empty profile of its own. */
export function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, ...options });
}
