import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClockEnv } from './clock';
import { ROOT } from './paths';
import { startServer } from './server';

export interface RunningSystem {
  origin: string;
  output: () => string;
  /** The process id of `npm start` itself (scripts/start.mjs), whose child is the API. */
  pid: number;
  /** The system's own wall clock now: the real time, or where clockAt moved it (give it to a person's page clock). */
  now: () => Date;
  /** Ctrl-C: resolves with the exit code; the embedded database's folder is removed afterwards. */
  stop: () => Promise<number | null>;
}

export interface SystemOptions {
  /** Added to the environment of `npm start` (scripts/start.mjs). */
  env?: Record<string, string>;
  /**
   * Serve the builds already in apps/site/dist and apps/miniprogram/dist/h5 (XINYONG_SKIP_SETUP=1), so a rebuild
   * elsewhere cannot stall the tests; `npm test` sets this for every test anyway.
   */
  skipSetup?: boolean;
  /** Start the whole system with its wall clock at this instant (see systemClockEnv). */
  clockAt?: Date;
  /** Keep only the tail of its output (see ServerOptions.keepTail), for runs that send many requests. */
  keepTail?: number;
}

/** Starts the whole system exactly as `npm start` does, on a free port and a new embedded database. */
export async function startSystem(options: SystemOptions = {}): Promise<RunningSystem> {
  const dataDir = mkdtempSync(join(tmpdir(), 'xinyong-data-'));
  const offsetMs = options.clockAt ? options.clockAt.getTime() - Date.now() : 0;
  const server = await startServer({
    args: [join(ROOT, 'scripts', 'start.mjs')],
    cwd: ROOT,
    env: {
      DATA_DIR: join(dataDir, 'pglite'),
      ...(options.skipSetup ? { XINYONG_SKIP_SETUP: '1' } : {}),
      ...(options.clockAt ? systemClockEnv(options.clockAt) : {}),
      ...options.env,
    },
    keepTail: options.keepTail,
  }).catch((error) => {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  });
  return {
    origin: server.origin,
    output: server.output,
    pid: server.child.pid as number,
    now: () => new Date(Date.now() + offsetMs),
    stop: async () => {
      const code = await server.stop('SIGINT');
      rmSync(dataDir, { recursive: true, force: true });
      return code;
    },
  };
}
