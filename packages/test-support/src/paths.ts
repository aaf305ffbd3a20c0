import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** The repository root (this file is packages/test-support/src/paths.ts). */
export const ROOT = join(import.meta.dirname, '..', '..', '..');

/** Screenshots and reports of a run (not committed). */
export const ARTIFACTS = join(ROOT, 'tests', 'artifacts');

/** tests/artifacts/screenshots/<name>, created if missing. */
export function screenshotDir(name: string): string {
  const dir = join(ARTIFACTS, 'screenshots', name);
  mkdirSync(dir, { recursive: true });
  return dir;
}
