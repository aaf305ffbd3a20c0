/**
 * Load benchmark: a public mix (code lookup, 2- and 4-character name search, profile, benefits) at 50 and
 * 200 connections, each route on its own at 50 connections, and a bare Fastify route as the ceiling.
 * One API process against the PostgreSQL server in DATABASE_URL (load the data with demo:generate first).
 *
 * Which codes and names people look up is not uniform: a few well-known companies are looked up far more
 * than the rest. The mix draws from 100,000 sampled entities with Zipf (s = 1) popularity; the uniform rows
 * (every request a different entity, nothing to reuse) and a second API process with its answer cache off
 * show the worst case and the cost of the database path alone.
 *
 *   DATABASE_URL=postgres://… pnpm --filter @xinyong/bench load -- --label postgres-1m [--duration 60]
 *   DATABASE_URL=postgres://… pnpm --filter @xinyong/bench load -- --label profile-lookup --profile "code lookup (uniform)"
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type RunningServer, startApi, startServer } from '@xinyong/test-support/processes';
import autocannon from 'autocannon';
import pg from 'pg';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    label: { type: 'string', default: 'run' },
    duration: { type: 'string', default: '60' },
    'route-duration': { type: 'string', default: '15' },
    sample: { type: 'string', default: '100000' },
    // One route row alone (e.g. "code lookup (uniform)") with the API under --cpu-prof; the profile goes to bench/tmp/profiles/.
    profile: { type: 'string' },
  },
});
const DURATION = Number(values.duration);
const ROUTE_DURATION = Number(values['route-duration']);
const SAMPLE = Number(values.sample);
// As npm start runs it (scripts/start.mjs).
const HEAP_MB = Number(process.env.API_HEAP_MB ?? 256);
const ROOT = join(import.meta.dirname, '..', '..');
const RESULTS = join(ROOT, 'bench', 'results');

// Request logs grow without bound under load: keep the tail, which is what explains a failed start.
const KEEP_TAIL = 8000;
const pidOf = (server: RunningServer) => server.child.pid as number;
/** A helper process of this benchmark (bench/load/*.ts) under tsx. */
const startHelper = (file: string, heapMb?: number, env: Record<string, string> = {}) =>
  startServer({
    args: [...(heapMb ? [`--max-old-space-size=${heapMb}`] : []), '--import', 'tsx', join(import.meta.dirname, file)],
    cwd: join(ROOT, 'bench'),
    env,
    keepTail: KEEP_TAIL,
  });

/** Highest resident set size seen while fn runs, from /proc (Linux). */
async function withRss<T>(pid: number, fn: () => Promise<T>): Promise<{ result: T; maxRssMiB: number }> {
  let max = 0;
  const read = () => {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    max = Math.max(max, Number(m?.[1] ?? 0));
  };
  const timer = setInterval(read, 500);
  read();
  const result = await fn();
  clearInterval(timer);
  read();
  return { result, maxRssMiB: Math.round(max / 1024) };
}

interface Row {
  name: string;
  connections: number;
  durationS: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  maxRssMiB?: number;
  repeatShare?: number;
  ratioToCeiling?: number;
}

/** A seeded generator, so two runs send the same sequence of requests. */
function random(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

/** Draws paths with Zipf (s = 1) popularity: the path at rank r is drawn in proportion to 1/r. */
function zipf(paths: string[], seed: number): () => string {
  const cdf = new Float64Array(paths.length);
  let sum = 0;
  for (let r = 0; r < paths.length; r++) cdf[r] = sum += 1 / (r + 1);
  const next = random(seed);
  return () => {
    const u = next() * sum;
    let lo = 0;
    let hi = paths.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cdf[mid] as number) < u) lo = mid + 1;
      else hi = mid;
    }
    return paths[lo] as string;
  };
}

/** Every path once, in a shuffled order, then again: nothing repeats until the list is used up. */
function uniform(paths: string[], seed: number): () => string {
  const order = [...paths];
  const next = random(seed);
  for (let k = order.length - 1; k > 0; k--) {
    const j = Math.floor(next() * (k + 1));
    [order[k], order[j]] = [order[j] as string, order[k] as string];
  }
  let i = 0;
  return () => order[i++ % order.length] as string;
}

/** One route row under --cpu-prof: what the API process spends its time on for that kind of request. */
async function profileRow(row: string, paths: Record<string, string[]>, env: Record<string, string>): Promise<void> {
  const match = /^(.*) \((Zipf|uniform)\)$/.exec(row);
  const list = match ? paths[match[1] as string] : undefined;
  if (!match || !list)
    throw new Error(
      `--profile takes a route row: ${Object.keys(paths)
        .map((p) => `"${p} (Zipf)"`)
        .join(', ')}, or (uniform)`,
    );
  const dir = mkdtempSync(join(tmpdir(), 'xinyong-load-profile-'));
  // Every thread writes a profile (tsx's loader runs in one); the main thread's is the largest.
  const api = await startApi({ env, heapMb: HEAP_MB, keepTail: KEEP_TAIL, nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`] });
  try {
    const draw = match[2] === 'Zipf' ? zipf(list, 7) : uniform(list, 7);
    await load('warm-up', api.origin, zipf(list, 99), 20, 5, pidOf(api));
    await load(row, api.origin, draw, 50, ROUTE_DURATION, pidOf(api));
  } finally {
    await api.stop('SIGTERM');
  }
  const [main] = readdirSync(dir)
    .map((f) => join(dir, f))
    .sort((a, b) => statSync(b).size - statSync(a).size);
  if (!main) throw new Error(`no profile written in ${dir}`);
  const out = join(ROOT, 'bench', 'tmp', 'profiles');
  mkdirSync(out, { recursive: true });
  const file = join(out, `load-${values.label}.cpuprofile`);
  copyFileSync(main, file);
  console.log(`written ${file} (top self time: pnpm exec tsx pair/profile.ts ${file})`);
}

async function load(name: string, origin: string, draw: () => string, connections: number, duration: number, pid: number): Promise<Row> {
  const seen = new Set<string>();
  let sent = 0;
  let repeats = 0;
  const { result, maxRssMiB } = await withRss(pid, () =>
    autocannon({
      url: origin,
      connections,
      duration,
      requests: [
        {
          method: 'GET',
          setupRequest: (req) => {
            const path = draw();
            sent += 1;
            if (seen.has(path)) repeats += 1;
            else seen.add(path);
            return { ...req, path };
          },
        },
      ],
    }),
  );
  const row = {
    name,
    connections,
    durationS: duration,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    maxRssMiB,
    // The most an answer cache could serve: requests for a path already requested earlier in this row.
    repeatShare: sent ? Math.round((repeats / sent) * 1000) / 1000 : 0,
  };
  console.log(JSON.stringify(row));
  return row;
}

async function main() {
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  const count = Number((await db.query('SELECT count(*) AS n FROM entities')).rows[0].n);
  const percent = Math.min(100, Math.max(1, Math.ceil((SAMPLE / count) * 150)));
  const sample = (await db.query(`SELECT code, name FROM entities TABLESAMPLE SYSTEM (${percent}) REPEATABLE (3) LIMIT ${SAMPLE}`))
    .rows as {
    code: string;
    name: string;
  }[];
  const settings = Object.fromEntries(
    (
      await db.query(
        "SELECT name, current_setting(name) AS setting FROM pg_settings WHERE name IN ('shared_buffers', 'effective_cache_size', 'work_mem', 'max_connections')",
      )
    ).rows.map((r: { name: string; setting: string }) => [r.name, r.setting]),
  );
  const server = (await db.query('SHOW server_version')).rows[0].server_version as string;
  await db.end();
  const core = (n: string) => Array.from(n.replace(/(股份有限公司|有限责任公司|有限公司|专业合作社|合作社|店|馆|部|厂|中心)$/, ''));
  const codes = sample.map((s) => s.code);
  const two = sample
    .map((s, k) =>
      core(s.name)
        .slice(k % 3, (k % 3) + 2)
        .join(''),
    )
    .filter((q) => q.length === 2);
  const four = sample.map((s) => core(s.name).slice(0, 4).join('')).filter((q) => Array.from(q).length === 4);
  const paths: Record<string, string[]> = {
    'code lookup': codes.map((c) => `/api/v1/entities?q=${c}`),
    'name search, 2 characters': two.map((q) => `/api/v1/entities?q=${encodeURIComponent(q)}`),
    'name search, 4 characters': four.map((q) => `/api/v1/entities?q=${encodeURIComponent(q)}`),
    profile: codes.map((c) => `/api/v1/entities/${c}`),
    benefits: ['/api/v1/benefits', '/api/v1/benefits?category=loan', '/api/v1/benefits?audience=business'],
  };
  // The mix takes the routes in turn, so each gets the same share of requests; within a route, Zipf popularity.
  const mix = (seed: number) => {
    const draws = Object.values(paths).map((p, k) => zipf(p, seed + k));
    let turn = 0;
    return () => (draws[turn++ % draws.length] as () => string)();
  };

  // Rate limits protect the public service from one address; the load generator is one address, so they are scaled out of the way.
  const apiEnv = { RATE_LIMIT_SCALE: '1000000' };
  if (values.profile) return profileRow(values.profile, paths, apiEnv);
  const api = await startApi({ env: apiEnv, heapMb: HEAP_MB, keepTail: KEEP_TAIL });
  const ceiling = await startHelper('ceiling.ts');
  const stack = await startHelper('stack.ts', HEAP_MB, apiEnv);
  const apiPid = pidOf(api);
  const rows: Row[] = [];
  try {
    // Warm-up: connection pools and the database's own buffers, not measured.
    await load('warm-up', api.origin, mix(99), 20, 5, apiPid);
    for (const c of [50, 200]) {
      rows.push(await load('ceiling (bare Fastify)', ceiling.origin, () => '/ping', c, DURATION, pidOf(ceiling)));
      rows.push(await load('public mix (Zipf)', api.origin, mix(c), c, DURATION, apiPid));
    }
    rows.push(await load('API stack, empty route', stack.origin, () => '/api/v1/ping', 50, ROUTE_DURATION, pidOf(stack)));
    await stack.stop('SIGTERM');
    for (const [name, list] of Object.entries(paths)) {
      rows.push(await load(`${name} (Zipf)`, api.origin, zipf(list, 7), 50, ROUTE_DURATION, apiPid));
      rows.push(await load(`${name} (uniform)`, api.origin, uniform(list, 7), 50, ROUTE_DURATION, apiPid));
    }
  } finally {
    await Promise.all([api.stop('SIGTERM'), stack.stop('SIGTERM')]);
  }
  // The database path alone: the same process with its answer cache off.
  const uncached = await startApi({ env: { ...apiEnv, PUBLIC_CACHE_MB: '0' }, heapMb: HEAP_MB, keepTail: KEEP_TAIL });
  try {
    const pid = pidOf(uncached);
    await load('warm-up', uncached.origin, mix(98), 20, 5, pid);
    rows.push(await load('public mix (Zipf), cache off', uncached.origin, mix(50), 50, DURATION, pid));
    for (const name of ['code lookup', 'profile']) {
      rows.push(await load(`${name} (Zipf), cache off`, uncached.origin, zipf(paths[name] as string[], 7), 50, ROUTE_DURATION, pid));
    }
  } finally {
    await Promise.all([uncached.stop('SIGTERM'), ceiling.stop('SIGTERM')]);
  }
  const ceiling50 = rows.find((r) => r.name.startsWith('ceiling') && r.connections === 50)?.rps ?? 1;
  const ceiling200 = rows.find((r) => r.name.startsWith('ceiling') && r.connections === 200)?.rps ?? 1;
  for (const r of rows) r.ratioToCeiling = Math.round((r.rps / (r.connections === 200 ? ceiling200 : ceiling50)) * 1000) / 1000;
  const report = {
    label: values.label,
    date: new Date().toISOString(),
    command: `DATABASE_URL=postgres://… pnpm --filter @xinyong/bench load -- --label ${values.label} --duration ${DURATION} --route-duration ${ROUTE_DURATION}`,
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
    postgres: { version: server, ...settings },
    note: [
      'One API process (heap bounded at 256 MB, as npm start runs it), PostgreSQL and the load generator share the same cores; rate limits scaled out of the way (RATE_LIMIT_SCALE). Latencies in ms.',
      `Paths drawn from ${codes.length.toLocaleString('en')} sampled entities: Zipf (s = 1) popularity, or uniform (each entity once before any repeats).`,
      'repeatShare: share of requests for a path already requested in that row, the most the answer cache (30 s, 8 MB) could serve.',
      'cache off: a second API process with PUBLIC_CACHE_MB=0, every answer read from the database.',
      'API stack, empty route: the built app with one route returning the ceiling answer (bench/load/stack.ts): what the stack itself costs.',
    ],
    entities: count,
    rows,
  };
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, `load-${values.label}.json`), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`written bench/results/load-${values.label}.json`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
