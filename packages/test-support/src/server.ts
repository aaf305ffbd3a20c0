import { type ChildProcess, spawn } from 'node:child_process';
import { freePort } from './ports';

/**
 * The line the API prints once it listens (apps/api/src/server.ts, last line of its start-up banner). The two
 * sides share nothing but this string: if the banner changes, change it here too, or every start times out
 * with the banner in the error message.
 */
export const READY_LINE = 'Press Ctrl-C to stop.';

export interface ServerOptions {
  /** Arguments for this Node.js binary (process.execPath). */
  args: string[];
  cwd: string;
  /** Added to process.env; PORT is set to the chosen port unless given here. */
  env?: Record<string, string>;
  /** Listen here instead of a free port. */
  port?: number;
  /** The line that says the server is ready; READY_LINE by default. */
  ready?: string;
  /**
   * Keep only the last this many characters of the output (request logs grow without bound under load);
   * everything by default.
   */
  keepTail?: number;
}

export interface RunningServer {
  origin: string;
  port: number;
  child: ChildProcess;
  /** Everything the process printed on stdout and stderr so far (or its tail, with keepTail). */
  output: () => string;
  /** Resolves with the exit code (null when a signal ended it) once the process has exited. */
  exited: Promise<number | null>;
  /**
   * Sends the signal (SIGINT, as Ctrl-C does, by default) and waits for the exit; SIGKILL after forceAfterMs
   * if it does not go. Calling it again (or after the process ended) just waits for the exit.
   */
  stop: (signal?: NodeJS.Signals, forceAfterMs?: number) => Promise<number | null>;
}

/**
 * Starts a Node.js server process on a free port and resolves once it prints its ready line; rejects with its
 * output if it exits first. No start-up deadline of its own: the caller's test or hook timeout bounds the wait.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const port = options.port ?? (await freePort());
  const ready = options.ready ?? READY_LINE;
  let output = '';
  const keep = (chunk: Buffer | string) => {
    output += chunk;
    if (options.keepTail && output.length > options.keepTail) output = output.slice(-options.keepTail);
  };
  const child = spawn(process.execPath, options.args, {
    cwd: options.cwd,
    env: { ...process.env, PORT: String(port), ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      keep(chunk);
      // The ready line may straddle two chunks; the tail since the last check is enough to find it.
      if (output.includes(ready)) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', keep);
    child.once('error', reject);
    exited.then((code) => reject(new Error(`${options.args.join(' ')} exited with ${code} before it was ready:\n${output}`)));
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    child,
    output: () => output,
    exited,
    stop: async (signal = 'SIGINT', forceAfterMs = 30_000) => {
      if (child.exitCode !== null || child.signalCode !== null) return exited;
      child.kill(signal);
      const forced = setTimeout(() => child.kill('SIGKILL'), forceAfterMs);
      try {
        return await exited;
      } finally {
        clearTimeout(forced);
      }
    },
  };
}
