/**
 * Pair benchmark: a bare Fastify route (bench/load/ceiling.ts) and the API's own stack with an empty route
 * (bench/pair/api.ts: embedded database, request logging as in production) side by side in one run. Rounds
 * alternate between the two, so a change in the machine's load hits both; each round reports req/s, the ratio of
 * the API to the bare route, and the CPU each server process spent per request (from /proc, user + system).
 *
 *   pnpm --filter @xinyong/bench pair -- --label after [--rounds 8] [--duration 5] [--connections 50] [--profile]
 *
 * --log-level warn runs the API without its request log, to show what the log costs.
 * --profile runs the API process under --cpu-prof and writes its profile to bench/tmp/ (kept out of git).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg as loadAverage, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type RunningServer, startServer } from '@xinyong/test-support/processes';
import autocannon from 'autocannon';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    label: { type: 'string', default: 'run' },
    rounds: { type: 'string', default: '8' },
    duration: { type: 'string', default: '5' },
    connections: { type: 'string', default: '50' },
    profile: { type: 'boolean', default: false },
    // 'warn' shows what the request log costs: production logs two lines per request at 'info'.
    'log-level': { type: 'string', default: 'info' },
  },
});
const ROUNDS = Number(values.rounds);
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);
const ROOT = join(import.meta.dirname, '..', '..');
const RESULTS = join(ROOT, 'bench', 'results');
const PROFILES = join(ROOT, 'bench', 'tmp', 'profiles');
// Linux counts process CPU time in clock ticks; 100 a second everywhere this runs (getconf CLK_TCK).
const TICK_US = 10_000;

/** User + system CPU time of a process so far, in µs, from /proc/<pid>/stat (fields 14 and 15). */
function cpuUs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_US;
}

const loadavg = () =>
  loadAverage()
    .map((x) => x.toFixed(2))
    .join(' ');

interface Side {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  cpuUsPerRequest: number;
}

async function round(server: RunningServer, path: string): Promise<Side> {
  const pid = server.child.pid as number;
  const before = cpuUs(pid);
  const result = await autocannon({ url: `${server.origin}${path}`, connections: CONNECTIONS, duration: DURATION });
  const spent = cpuUs(pid) - before;
  const total = result.requests.total || 1;
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    cpuUsPerRequest: Math.round((spent / total) * 10) / 10,
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const round3 = (x: number) => Math.round(x * 1000) / 1000;

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'xinyong-pair-'));
  const profileDir = join(dataDir, 'profiles');
  const bare = await startServer({
    args: ['--import', 'tsx', join(ROOT, 'bench', 'load', 'ceiling.ts')],
    cwd: join(ROOT, 'bench'),
    keepTail: 8000,
  });
  const api = await startServer({
    args: [
      // Every thread writes a profile (tsx's loader runs in one); the main thread's is the largest.
      ...(values.profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []),
      '--import',
      'tsx',
      join(import.meta.dirname, 'api.ts'),
    ],
    cwd: join(ROOT, 'bench'),
    // The load generator is one address: the limits are scaled out of the way (the ping route has none anyway).
    env: {
      DATA_DIR: join(dataDir, 'pglite'),
      ATTACHMENTS_DIR: join(dataDir, 'attachments'),
      RATE_LIMIT_SCALE: '1000000',
      PAIR_LOG_LEVEL: values['log-level'],
    },
    keepTail: 8000,
  });
  const rounds: { round: number; loadavg: string; bare: Side; api: Side; ratio: number }[] = [];
  const loadBefore = loadavg();
  try {
    // Warm-up of both (JIT, connection set-up), not measured.
    await autocannon({ url: `${bare.origin}/ping`, connections: CONNECTIONS, duration: 2 });
    await autocannon({ url: `${api.origin}/api/v1/ping`, connections: CONNECTIONS, duration: 2 });
    for (let k = 1; k <= ROUNDS; k++) {
      // Alternate which goes first, so neither always runs on the machine the other has just warmed.
      const first = k % 2 === 1;
      const b = first ? await round(bare, '/ping') : undefined;
      const a = await round(api, '/api/v1/ping');
      const b2 = b ?? (await round(bare, '/ping'));
      const row = { round: k, loadavg: loadavg(), bare: b2, api: a, ratio: round3(a.rps / (b2.rps || 1)) };
      console.log(JSON.stringify(row));
      rounds.push(row);
    }
  } finally {
    await Promise.all([bare.stop('SIGTERM'), api.stop('SIGTERM')]);
    if (values.profile) {
      const [main] = readdirSync(profileDir)
        .map((f) => join(profileDir, f))
        .sort((a, b) => statSync(b).size - statSync(a).size);
      mkdirSync(PROFILES, { recursive: true });
      if (main) copyFileSync(main, join(PROFILES, `pair-${values.label}.cpuprofile`));
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
  const summary = {
    label: values.label,
    apiLogLevel: values['log-level'],
    at: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    loadavgBefore: loadBefore,
    loadavgAfter: loadavg(),
    rounds: ROUNDS,
    durationS: DURATION,
    connections: CONNECTIONS,
    median: {
      ratio: round3(median(rounds.map((r) => r.ratio))),
      bareRps: median(rounds.map((r) => r.bare.rps)),
      apiRps: median(rounds.map((r) => r.api.rps)),
      bareCpuUsPerRequest: median(rounds.map((r) => r.bare.cpuUsPerRequest)),
      apiCpuUsPerRequest: round3(median(rounds.map((r) => r.api.cpuUsPerRequest))),
      apiP99: median(rounds.map((r) => r.api.p99)),
    },
    notes: [
      'bare: bench/load/ceiling.ts (Fastify, logger off, one JSON route). api: bench/pair/api.ts (buildApp on the embedded database, request logging at info as in production, the same answer on /api/v1/ping).',
      'cpuUsPerRequest: user + system CPU of the server process during the round (from /proc, 10 ms ticks) divided by the requests answered.',
      'Rounds alternate which side runs first; the machine has other workers, so the load average is kept with every round.',
    ],
    perRound: rounds,
  };
  mkdirSync(RESULTS, { recursive: true });
  const file = join(RESULTS, `pair-${values.label}.json`);
  writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`);
  console.log(JSON.stringify(summary.median));
  console.log(`written ${file}`);
}

await main();
