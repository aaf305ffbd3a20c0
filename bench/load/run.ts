/**
 * Load benchmark: a public mix (code lookup, 2- and 4-character name search, profile, benefits) at 50 and
 * 200 connections, each route on its own at 50 connections, and a bare Fastify route as the ceiling.
 * One API process against the PostgreSQL server in DATABASE_URL (load the data with demo:generate first).
 *
 *   DATABASE_URL=postgres://… pnpm --filter @xinyong/bench load -- --label postgres-1m [--duration 60]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    label: { type: 'string', default: 'run' },
    duration: { type: 'string', default: '60' },
    'route-duration': { type: 'string', default: '15' },
  },
});
const DURATION = Number(values.duration);
const ROUTE_DURATION = Number(values['route-duration']);
const ROOT = join(import.meta.dirname, '..', '..');
const RESULTS = join(ROOT, 'bench', 'results');

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });

async function start(args: string[], cwd: string, env: Record<string, string>): Promise<{ child: ChildProcess; origin: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, args, {
    cwd,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (c) => {
      out += c;
      if (out.includes('Press Ctrl-C to stop.')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`exited with ${code}: ${out}`)));
  });
  return { child, origin: `http://127.0.0.1:${port}` };
}

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
  ratioToCeiling?: number;
}

async function load(name: string, origin: string, paths: string[], connections: number, duration: number, pid: number): Promise<Row> {
  let i = 0;
  const { result, maxRssMiB } = await withRss(pid, () =>
    autocannon({
      url: origin,
      connections,
      duration,
      requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length] as string }) }],
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
  };
  console.log(JSON.stringify(row));
  return row;
}

async function main() {
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  const count = Number((await db.query('SELECT count(*) AS n FROM entities')).rows[0].n);
  const sample = (await db.query('SELECT code, name FROM entities TABLESAMPLE SYSTEM (1) REPEATABLE (3) LIMIT 2000')).rows as {
    code: string;
    name: string;
  }[];
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
  const routes: Record<string, string[]> = {
    'code lookup': codes.map((c) => `/api/v1/entities?q=${c}`),
    'name search, 2 characters': two.map((q) => `/api/v1/entities?q=${encodeURIComponent(q)}`),
    'name search, 4 characters': four.map((q) => `/api/v1/entities?q=${encodeURIComponent(q)}`),
    profile: codes.map((c) => `/api/v1/entities/${c}`),
    benefits: ['/api/v1/benefits', '/api/v1/benefits?category=loan', '/api/v1/benefits?audience=business'],
  };
  // The mix takes the routes in turn, so each gets the same share of requests.
  const interleaved = Array.from({ length: 400 }, (_, k) => Object.values(routes).map((p) => p[k % p.length] as string)).flat();

  // Rate limits protect the public service from one address; the load generator is one address, so they are scaled out of the way.
  const api = await start(['--import', 'tsx', 'src/server.ts'], join(ROOT, 'apps', 'api'), {
    RATE_LIMIT_SCALE: '1000000',
    SITE_DIR: '/nonexistent',
    H5_DIR: '/nonexistent',
  });
  const ceiling = await start(['--import', 'tsx', join(import.meta.dirname, 'ceiling.ts')], join(ROOT, 'bench'), {});
  const apiPid = api.child.pid as number;
  const rows: Row[] = [];
  try {
    // Warm-up: caches and connection pools, not measured.
    await load('warm-up', api.origin, interleaved, 20, 5, apiPid);
    for (const c of [50, 200]) {
      rows.push(await load(`ceiling (bare Fastify)`, ceiling.origin, ['/ping'], c, DURATION, ceiling.child.pid as number));
      rows.push(await load(`public mix`, api.origin, interleaved, c, DURATION, apiPid));
    }
    for (const [name, paths] of Object.entries(routes)) rows.push(await load(name, api.origin, paths, 50, ROUTE_DURATION, apiPid));
    const ceiling50 = rows.find((r) => r.name.startsWith('ceiling') && r.connections === 50)?.rps ?? 1;
    const ceiling200 = rows.find((r) => r.name.startsWith('ceiling') && r.connections === 200)?.rps ?? 1;
    for (const r of rows) r.ratioToCeiling = Math.round((r.rps / (r.connections === 200 ? ceiling200 : ceiling50)) * 1000) / 1000;
  } finally {
    api.child.kill('SIGTERM');
    ceiling.child.kill('SIGTERM');
  }
  const report = {
    label: values.label,
    date: new Date().toISOString(),
    command: `DATABASE_URL=postgres://… pnpm --filter @xinyong/bench load -- --label ${values.label} --duration ${DURATION} --route-duration ${ROUTE_DURATION}`,
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
    note: 'One API process and the load generator share the same 2 cores; rate limits scaled out of the way (RATE_LIMIT_SCALE). Latencies in ms.',
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
