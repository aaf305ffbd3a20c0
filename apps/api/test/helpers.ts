import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { type BuildOptions, buildApp } from '../src/app';
import { prepareDatabase } from '../src/bootstrap';
import { type Config, loadConfig } from '../src/config';
import type { SqlClient } from '../src/db/client';
import { openDatabase } from '../src/db/open';

/**
 * A fresh app on a fresh database: in-memory PGlite by default, or a new schema-isolated database on
 * the server when TEST_DATABASE_URL points at PostgreSQL (never DATABASE_URL: tests must not touch a real database).
 */
export async function createTestApp(
  overrides: Partial<Config> = {},
  options: { demo?: boolean; build?: Omit<BuildOptions, 'config' | 'db'> } = {},
): Promise<{ app: FastifyInstance; db: SqlClient; config: Config }> {
  const empty = mkdtempSync(join(tmpdir(), 'xinyong-empty-'));
  // Upload bodies of the embedded database go to a folder of the test's own, not the repository's data/.
  const attachmentsDir = mkdtempSync(join(tmpdir(), 'xinyong-attachments-'));
  const config = {
    ...loadConfig({ ...process.env, NODE_ENV: 'test' }),
    siteDir: empty,
    h5Dir: empty,
    consoleDir: empty,
    attachmentsDir,
    ...overrides,
  };
  const db = await openTestDatabase();
  await prepareDatabase(config, db, { demo: options.demo });
  const app = await buildApp({ config, db, closeDb: true, ...options.build });
  await app.ready();
  return { app, db, config };
}

/** A new empty database on the TEST_DATABASE_URL server, for tests that start API processes of their own. */
export async function createScratchDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `xinyong_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = await openDatabase({ databaseUrl: serverUrl });
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.close();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const cleanup = await openDatabase({ databaseUrl: serverUrl });
      try {
        // An autovacuum worker busy in the scratch database belongs to no role the test role may signal, and FORCE then
        // refuses; it finishes or yields within moments, so the drop is tried again.
        for (let attempt = 1; ; attempt++) {
          try {
            await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
            return;
          } catch (error) {
            if (attempt >= 20 || !/pg_signal_backend/.test(String(error))) throw error;
            await new Promise((resolve) => setTimeout(resolve, 250));
          }
        }
      } finally {
        await cleanup.close();
      }
    },
  };
}

async function openTestDatabase(): Promise<SqlClient> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return openDatabase({});
  // Each test file gets its own database so files can run in parallel on one server.
  const scratch = await createScratchDatabase(serverUrl);
  const db = await openDatabase({ databaseUrl: scratch.url });
  const close = db.close.bind(db);
  return Object.assign(db, {
    close: async () => {
      await close();
      await scratch.drop();
    },
  });
}

/**
 * Rate limits count in fixed windows aligned to the clock; a burst that straddles a boundary is counted in two
 * windows and may never reach the limit. Waits for the next window when less than `marginMs` of this one is left.
 */
export async function inFreshWindow(windowSeconds = 60, marginMs = 10_000): Promise<void> {
  const left = windowSeconds * 1000 - (Date.now() % (windowSeconds * 1000));
  if (left < marginMs) await new Promise((resolve) => setTimeout(resolve, left + 200));
}
