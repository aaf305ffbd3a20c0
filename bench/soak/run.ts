/**
 * Soak on the embedded default (issue 15, point 7): the API as `npm start` serves it (PGlite, demo data, 256 MB
 * heap) in a child process with a fresh DATA_DIR, under a steady mixed load for --minutes at about --rate
 * requests a second: anonymous lookups by code and name searches, citizen dev-logins followed by reading their own
 * records, 导出我的数据 exports, and objections with an uploaded attachment (a 1–5 MB PNG, now and then the small
 * sample PDF) at --uploads-per-minute. Inside the API a preload module (bench/monitor/preload.mjs) samples memory,
 * event-loop delay, utilization and GC pauses each minute; this process records requests, statuses and latency per
 * route class per minute. Figures, never a pass/fail: the verdict section states what the data show.
 *
 *   pnpm --filter @xinyong/bench soak -- --minutes 60 --label pglite-1h [--rate 40] [--uploads-per-minute 6] [--cpu-prof]
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PDF } from '@xinyong/test-support/files';
import { photo } from '@xinyong/test-support/photo';
import { startApi } from '@xinyong/test-support/processes';
import { type Summary, summarise } from '../lookup/percentiles';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    label: { type: 'string', default: 'run' },
    minutes: { type: 'string', default: '60' },
    rate: { type: 'string', default: '40' },
    'uploads-per-minute': { type: 'string', default: '6' },
    'cpu-prof': { type: 'boolean', default: false },
    // Seconds per "minute": only to try the script quickly; results are meant at 60.
    'minute-seconds': { type: 'string', default: '60' },
  },
});
const MINUTES = Number(values.minutes);
const RATE = Number(values.rate);
const UPLOADS_PER_MINUTE = Number(values['uploads-per-minute']);
const MINUTE_MS = Number(values['minute-seconds']) * 1000;
const ROOT = join(import.meta.dirname, '..', '..');
const RESULTS = join(ROOT, 'bench', 'results');
const FREEZE_MS = 1000;

// ---- the API under test ------------------------------------------------------------------------------------
const dataDir = mkdtempSync(join(tmpdir(), 'xinyong-bench-soak-'));
const monitorFile = join(dataDir, 'monitor.jsonl');
const profDir = join(RESULTS, `soak-${values.label}-cpu-prof`);
if (values['cpu-prof']) mkdirSync(profDir, { recursive: true });
const api = await startApi({
  env: {
    DATABASE_URL: '',
    DATA_DIR: join(dataDir, 'pglite'),
    // The limits are per address and everything here comes from one; ×100 keeps them out of the way at 40 req/s.
    RATE_LIMIT_SCALE: '100',
    SOAK_MONITOR_FILE: monitorFile,
    SOAK_MONITOR_INTERVAL_MS: String(MINUTE_MS),
  },
  nodeArgs: [
    '--import',
    join(ROOT, 'bench', 'monitor', 'preload.mjs'),
    ...(values['cpu-prof'] ? ['--cpu-prof', '--cpu-prof-dir', profDir] : []),
  ],
  keepTail: 20_000,
});
const readyAt = Date.now();
let apiExit: { code: number | null; signal: string | null; atMinute: number } | null = null;
let minuteNow = 0;
let stopping = false;
api.exited.then((code) => {
  if (!stopping) apiExit = { code, signal: api.child.signalCode, atMinute: minuteNow };
});
const base = `${api.origin}/api/v1`;

// ---- client-side accounting ----------------------------------------------------------------------------------
type Klass = 'lookup' | 'search' | 'login' | 'status' | 'export' | 'upload' | 'objection';
interface MinuteStats {
  latencies: Partial<Record<Klass, number[]>>;
  statuses: Partial<Record<Klass, Record<string, number>>>;
  /** 4xx/5xx answers by status and error code, e.g. "409 OBJECTION_OPEN". */
  refusals: Record<string, number>;
  networkErrors: number;
}
const newMinute = (): MinuteStats => ({ latencies: {}, statuses: {}, refusals: {}, networkErrors: 0 });
const minutes: MinuteStats[] = [newMinute()];
/** Requests that took over 500 ms, with when they ran, to match against the API's stalls. */
const slow: { klass: Klass; start: number; end: number; ms: number; status: number }[] = [];

async function call(klass: Klass, path: string, init: RequestInit = {}): Promise<{ status: number; body: unknown }> {
  const started = Date.now();
  const t = performance.now();
  const stats = minutes[minuteNow] as MinuteStats;
  let status = 0;
  let body: unknown = null;
  try {
    const res = await fetch(`${base}${path}`, { ...init, signal: AbortSignal.timeout(60_000) });
    status = res.status;
    const text = await res.text();
    body = text && res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
  } catch {
    stats.networkErrors++;
  }
  const ms = performance.now() - t;
  stats.latencies[klass] ??= [];
  stats.latencies[klass].push(ms);
  stats.statuses[klass] ??= {};
  const byStatus = stats.statuses[klass];
  byStatus[String(status)] = (byStatus[String(status)] ?? 0) + 1;
  if (status >= 400) {
    const code =
      (body as { code?: string; error?: { code?: string } } | null)?.code ?? (body as { error?: { code?: string } })?.error?.code;
    const key = `${klass} ${status} ${code ?? ''}`.trim();
    stats.refusals[key] = (stats.refusals[key] ?? 0) + 1;
  }
  if (ms > 500) slow.push({ klass, start: started, end: Date.now(), ms: Math.round(ms), status });
  return { status, body };
}

const json = (body: unknown, token?: string): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  body: JSON.stringify(body),
});
const auth = (token: string): RequestInit => ({ headers: { authorization: `Bearer ${token}` } });

// ---- what the load draws from ------------------------------------------------------------------------------
const CITIZENS = ['zhang', 'li', 'wang', 'zhao'];
const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)] as T;

// Codes and names as people type them: the demo businesses found by a few searches.
const entities: { code: string; name: string }[] = [];
for (const q of ['示例', '华夏', '齐鲁', '泉城', '科技', '贸易', '山东', '济南']) {
  const r = await fetch(`${base}/entities?q=${encodeURIComponent(q)}`);
  const b = (await r.json()) as { items?: { code: string; name: string }[] };
  for (const item of b.items ?? []) if (!entities.some((e) => e.code === item.code)) entities.push(item);
}
if (entities.length === 0) throw new Error('no demo businesses found: is the demo data seeded?');
const searches = [...new Set(entities.flatMap((e) => [e.name.slice(0, 2), e.name.slice(2, 4), e.name]))].filter((s) => s.length >= 2);

/** A citizen's session, renewed when the API says it has ended. */
const sessions = new Map<string, string>();
async function tokenOf(citizen: string, fresh = false): Promise<string | null> {
  if (!fresh && sessions.has(citizen)) return sessions.get(citizen) as string;
  const r = await call('login', '/auth/dev-login', json({ citizen }));
  const token = (r.body as { token?: string } | null)?.token ?? null;
  if (token) sessions.set(citizen, token);
  return token;
}

// The records a citizen can object to, read once through the citizen's own view.
const objectable: { citizen: string; recordId: string }[] = [];
for (const citizen of CITIZENS) {
  const token = await tokenOf(citizen);
  if (!token) continue;
  const r = await call('status', '/me/records', auth(token));
  for (const item of (r.body as { items?: { id: string }[] } | null)?.items ?? []) objectable.push({ citizen, recordId: item.id });
}

// Attachments: PNGs between about 1 and 5 MB, made once (making them costs this process, not the API).
const photos = await Promise.all([600, 800, 1000, 1150, 1296].map((side, i) => photo(i + 1, side)));

// ---- the flows ---------------------------------------------------------------------------------------------------
async function lookup() {
  await call('lookup', `/entities/${pick(entities).code}`);
}
async function search() {
  await call('search', `/entities?q=${encodeURIComponent(pick(searches))}`);
}
async function loginAndStatus() {
  const citizen = pick(CITIZENS);
  const token = await tokenOf(citizen, true);
  if (token) await call('status', '/me/records', auth(token));
}
async function withSession(run: (token: string) => Promise<{ status: number }>) {
  const citizen = pick(CITIZENS);
  let token = await tokenOf(citizen);
  if (!token) return;
  const r = await run(token);
  if (r.status === 401) {
    token = await tokenOf(citizen, true);
    if (token) await run(token);
  }
}
async function exportMine() {
  await withSession((token) => call('export', '/me/export', auth(token)));
}
let uploads = 0;
async function objectWithAttachment() {
  const target = objectable.length ? pick(objectable) : { citizen: pick(CITIZENS), recordId: 'penalty-1' };
  let token = await tokenOf(target.citizen);
  if (!token) return;
  // One in ten is the small sample PDF, as a scanned receipt would be.
  const isPdf = ++uploads % 10 === 0;
  const upload = async (t: string) => {
    const form = new FormData();
    const bytes = isPdf ? PDF : pick(photos);
    form.append('file', new Blob([bytes], { type: isPdf ? 'application/pdf' : 'image/png' }), isPdf ? 'receipt.pdf' : 'receipt.png');
    return call('upload', '/me/attachments', { method: 'POST', headers: { authorization: `Bearer ${t}` }, body: form });
  };
  let r = await upload(token);
  if (r.status === 401) {
    token = await tokenOf(target.citizen, true);
    if (!token) return;
    r = await upload(token);
  }
  const attachmentId = (r.body as { id?: string } | null)?.id;
  if (!attachmentId) return;
  // Refusals (one open objection per record, a repeat after a decision) are counted by their code, not avoided.
  await call('objection', '/me/objections', {
    ...json(
      { recordId: target.recordId, reason: '处罚决定书上的日期与实际不符，附上缴款凭证作为证明。', attachmentIds: [attachmentId] },
      token,
    ),
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': randomBytes(16).toString('hex') },
  });
}

// The share of the --rate each light flow takes (a login counts two requests: the login and the records read).
const MIX: [number, () => Promise<void>][] = [
  [0.5, lookup],
  [0.3, search],
  [0.06, loginAndStatus],
  [0.08, exportMine],
];
const totalWeight = MIX.reduce((s, [w]) => s + w, 0);
const drawFlow = () => {
  let x = Math.random() * totalWeight;
  for (const [w, flow] of MIX) {
    x -= w;
    if (x < 0) return flow;
  }
  return lookup;
};

// ---- the run ----------------------------------------------------------------------------------------------------
const loadAt = [loadavg()];
const inFlight = new Set<Promise<void>>();
const launch = (flow: () => Promise<void>) => {
  const p = flow().catch(() => {});
  inFlight.add(p);
  p.finally(() => inFlight.delete(p));
};
// Minute 0 of the monitor is start-up and the preparation above; the load's minutes start now.
api.child.kill('SIGUSR2');
await new Promise((r) => setTimeout(r, 200));
const startedAt = Date.now();
const endAt = startedAt + MINUTES * MINUTE_MS;
const lightTimer = setInterval(() => launch(drawFlow()), 1000 / RATE);
const uploadTimer = UPLOADS_PER_MINUTE > 0 ? setInterval(() => launch(objectWithAttachment), MINUTE_MS / UPLOADS_PER_MINUTE) : null;
const alive: { minute: number; alive: boolean; exitCode: number | null }[] = [];
console.log(
  `soak ${values.label}: ${MINUTES} min at ${RATE} req/s + ${UPLOADS_PER_MINUTE} uploads/min against ${api.origin} (pid ${api.child.pid})`,
);
while (Date.now() < endAt && !apiExit) {
  await new Promise((r) => setTimeout(r, Math.min(1000, endAt - Date.now())));
  const m = Math.floor((Date.now() - startedAt) / MINUTE_MS);
  if (m > minuteNow && m < MINUTES) {
    alive.push({ minute: minuteNow + 1, alive: api.child.exitCode === null, exitCode: api.child.exitCode });
    loadAt.push(loadavg());
    const done = minutes[minuteNow] as MinuteStats;
    const n = Object.values(done.latencies).reduce((s, l) => s + l.length, 0);
    console.log(
      `minute ${minuteNow + 1}: ${n} requests, load ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    minuteNow = m;
    minutes.push(newMinute());
  }
}
clearInterval(lightTimer);
if (uploadTimer) clearInterval(uploadTimer);
await Promise.allSettled([...inFlight]);
alive.push({ minute: minuteNow + 1, alive: api.child.exitCode === null, exitCode: api.child.exitCode });
loadAt.push(loadavg());
stopping = true;
await api.stop('SIGTERM');

// ---- results -----------------------------------------------------------------------------------------------------
interface MonitorLine {
  minute: number;
  final: boolean;
  phase: 'before-load' | 'load' | 'final';
  at: string;
  memoryMiB: Record<string, number>;
  memoryMaxMiB: Record<string, number>;
  loopDelayMs: { max: number; p99: number; mean: number };
  elu: number;
  gc: { count: number; totalMs: number; longestMs: number; byKind: Record<string, { count: number; longestMs: number }> };
  /** ranMs and waitedForCpuMs: of the gap, the main thread's CPU time and its wait for a CPU (null off Linux). */
  stalls: { endedAt: number; ms: number; ranMs?: number | null; waitedForCpuMs?: number | null }[];
  scheduler?: { cpuMs: number; waitedForCpuMs: number } | null;
}
const monitor: MonitorLine[] = existsSync(monitorFile)
  ? readFileSync(monitorFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as MonitorLine)
  : [];
const beforeLoad = monitor.find((l) => l.phase === 'before-load') ?? null;
const server = monitor.filter((l) => l.phase === 'load');
const finalLine = monitor.find((l) => l.final) ?? null;
// The final line (the last moments of the load, then the shutdown on SIGTERM) is reported, not judged: nobody is
// waiting for an answer while the API closes its database.
const measured = server;

const perMinute = minutes.map((m, i) => {
  const all = Object.values(m.latencies).flat();
  const codes: Record<string, number> = {};
  for (const byStatus of Object.values(m.statuses)) for (const [s, c] of Object.entries(byStatus)) codes[s] = (codes[s] ?? 0) + c;
  const classes = Object.fromEntries(
    Object.entries(m.latencies).map(([k, l]) => [k, { ...summarise(l), statuses: m.statuses[k as Klass] }]),
  ) as Record<string, Summary & { statuses?: Record<string, number> }>;
  const count = (pred: (s: number) => boolean) =>
    Object.entries(codes)
      .filter(([s]) => pred(Number(s)))
      .reduce((s, [, c]) => s + c, 0);
  return {
    minute: i + 1,
    requests: all.length,
    status: {
      '2xx': count((s) => s >= 200 && s < 300),
      '4xx': count((s) => s >= 400 && s < 500),
      '5xx': count((s) => s >= 500),
      byCode: codes,
    },
    networkErrors: m.networkErrors,
    refusals: m.refusals,
    latencyMs: summarise(all),
    classes,
    api: server[i] ?? null,
    alive: alive[i] ?? null,
    /** The machine's 1-minute load average at the end of the minute. */
    load1: loadAt[i + 1]?.[0] ?? null,
  };
});

// Requests in flight when the API stalled (a stall is a gap over 500 ms between the monitor's 100 ms beats).
const stalls = measured
  .flatMap((l) => l.stalls)
  .map((s) => ({
    ...s,
    // Counted by class: under overload hundreds are in flight, and a list of each would be the whole file.
    inFlight: slow
      .filter((r) => r.start <= s.endedAt && r.end >= s.endedAt - s.ms)
      .reduce<Record<string, { count: number; slowestMs: number }>>((by, r) => {
        const c = by[r.klass] ?? { count: 0, slowestMs: 0 };
        by[r.klass] = c;
        c.count++;
        c.slowestMs = Math.max(c.slowestMs, Math.round(r.ms));
        return by;
      }, {}),
  }));

const avg = (xs: number[]) => (xs.length ? Math.round((xs.reduce((s, x) => s + x, 0) / xs.length) * 10) / 10 : Number.NaN);
const window = Math.min(10, Math.floor(server.length / 2));
const first = server.slice(0, window);
const last = server.slice(server.length - window);
const growth = (key: 'heapUsed' | 'rss') => {
  const a = avg(first.map((l) => l.memoryMiB[key] as number));
  const b = avg(last.map((l) => l.memoryMiB[key] as number));
  return { firstMiB: a, lastMiB: b, changeMiB: Math.round((b - a) * 10) / 10, changePct: Math.round(((b - a) / a) * 1000) / 10 };
};
const heapGrowth = growth('heapUsed');
const rssGrowth = growth('rss');
const total5xx = perMinute.reduce((s, m) => s + m.status['5xx'], 0);
const totalNetworkErrors = perMinute.reduce((s, m) => s + m.networkErrors, 0);
// Start-up (minute 0: migrations, demo seeding, first compilation) is reported but not judged: nobody is served yet.
const longestDelay = Math.max(0, ...measured.map((l) => l.loopDelayMs.max));
const longestGc = Math.max(0, ...measured.map((l) => l.gc.longestMs));
// "No growth": the heap's average over the last minutes within 10 % (and 10 MiB) of the first minutes'. Heap, not
// RSS, decides, because RSS includes memory V8 and PGlite keep reserved; RSS is reported next to it.
const GROWTH_TOLERANCE = { pct: 10, mib: 10 };
const noGrowth = window > 0 && (heapGrowth.changePct <= GROWTH_TOLERANCE.pct || heapGrowth.changeMiB <= GROWTH_TOLERANCE.mib);
const verdict = {
  minutesMeasured: server.length,
  comparedWindowMinutes: window,
  heapUsed: heapGrowth,
  rss: rssGrowth,
  total5xx,
  totalNetworkErrors,
  longestLoopDelayMs: longestDelay,
  longestGcMs: longestGc,
  stallsOver1s: stalls.filter((s) => s.ms > FREEZE_MS).length,
  apiExit,
  criteria: {
    noGrowth: {
      holds: noGrowth,
      rule: `heapUsed mean of the last ${window} min ≤ first ${window} min + ${GROWTH_TOLERANCE.pct} % or + ${GROWTH_TOLERANCE.mib} MiB`,
    },
    no5xx: {
      holds: total5xx === 0 && totalNetworkErrors === 0 && apiExit === null,
      rule: 'no 5xx answer, no dropped connection, the API alive throughout',
    },
    noFreezeOver1s: { holds: longestDelay <= FREEZE_MS, rule: 'monitorEventLoopDelay max ≤ 1000 ms in every minute' },
  },
};

const result = {
  label: values.label,
  at: new Date(startedAt).toISOString(),
  command: `pnpm --filter @xinyong/bench soak -- --minutes ${MINUTES} --label ${values.label} --rate ${RATE} --uploads-per-minute ${UPLOADS_PER_MINUTE}${values['cpu-prof'] ? ' --cpu-prof' : ''}`,
  machine: { cpus: cpus().length, memGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
  loadAverage: { atStart: loadAt[0], perMinute: loadAt.slice(1) },
  setup: {
    database: 'PGlite (embedded default), demo data, fresh DATA_DIR',
    heapMb: 256,
    rateLimitScale: 100,
    rate: RATE,
    uploadsPerMinute: UPLOADS_PER_MINUTE,
    entities: entities.length,
    objectableRecords: objectable.length,
    photoBytes: photos.map((p) => p.length),
    pdfBytes: PDF.length,
    cpuProfDir: values['cpu-prof'] ? profDir : null,
  },
  verdict,
  stalls,
  minutes: perMinute,
  readyAt: new Date(readyAt).toISOString(),
  apiBeforeLoad: beforeLoad,
  apiFinal: finalLine,
  apiOutputTail: apiExit && (apiExit as { code: number | null }).code !== 0 ? api.output().slice(-4000) : undefined,
};
mkdirSync(RESULTS, { recursive: true });
writeFileSync(join(RESULTS, `soak-${values.label}.json`), `${JSON.stringify(result, null, 2)}\n`);

const yes = (b: boolean) => (b ? 'holds' : '**does not hold**');
const f = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? '–' : String(x));
const md = [
  `# Soak ${values.label}: ${MINUTES} min on the embedded default`,
  '',
  `${result.at}, \`${result.command}\`. ${result.machine.cpus} CPUs, ${result.machine.memGiB} GiB, Node ${result.machine.node}.`,
  `Load average at start ${loadAt[0]?.map((l) => l.toFixed(2)).join(' ')}, at end ${loadAt
    .at(-1)
    ?.map((l) => l.toFixed(2))
    .join(' ')}.`,
  `One API process (PGlite, demo data, 256 MB heap, RATE_LIMIT_SCALE=100) at ${RATE} req/s of lookups, searches, logins + records, exports,`,
  `and ${UPLOADS_PER_MINUTE} objections a minute each with an upload (PNG ${photos.map((p) => (p.length / 2 ** 20).toFixed(1)).join('/')} MiB; every tenth the ${PDF.length}-byte sample PDF).`,
  'Memory is the value at the end of each minute (max within the minute in brackets); loop delay from monitorEventLoopDelay (10 ms resolution).',
  '',
  "Waited for CPU: how long the API's main thread was ready to run but had no core (other work on the machine).",
  '',
  '| min | rss MiB | heapUsed MiB | elu | loop max ms | loop p99 ms | longest GC ms | waited for CPU ms | load | requests | 4xx | 5xx | p99 ms | alive |',
  '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ...perMinute.map((m) => {
    const a = m.api;
    return `| ${m.minute} | ${a ? `${a.memoryMiB.rss} (${a.memoryMaxMiB.rss})` : '–'} | ${a ? `${a.memoryMiB.heapUsed} (${a.memoryMaxMiB.heapUsed})` : '–'} | ${f(a?.elu)} | ${f(a?.loopDelayMs.max)} | ${f(a?.loopDelayMs.p99)} | ${f(a?.gc.longestMs)} | ${f(a?.scheduler?.waitedForCpuMs)} | ${f(m.load1)} | ${m.requests} | ${m.status['4xx']} | ${m.status['5xx']} | ${f(m.latencyMs.p99)} | ${m.alive ? (m.alive.alive ? 'yes' : `no (exit ${m.alive.exitCode})`) : '–'} |`;
  }),
  '',
  ...(beforeLoad
    ? [
        `Before the load (start-up, demo seeding, this script's preparation; not judged): rss ${beforeLoad.memoryMiB.rss} MiB, heapUsed ${beforeLoad.memoryMiB.heapUsed} MiB, loop delay max ${beforeLoad.loopDelayMs.max} ms, longest GC ${beforeLoad.gc.longestMs} ms; stalls over 500 ms: ${
          beforeLoad.stalls.map((s) => `${s.ms} ms ${s.endedAt - s.ms < readyAt ? 'before' : 'after'} the ready line`).join(', ') || 'none'
        }.`,
        '',
      ]
    : []),
  ...(finalLine
    ? [
        `After the load (the shutdown on SIGTERM; not judged): loop delay max ${finalLine.loopDelayMs.max} ms, longest GC ${finalLine.gc.longestMs} ms, stalls over 500 ms: ${
          finalLine.stalls.map((s) => `${s.ms} ms`).join(', ') || 'none'
        }.`,
        '',
      ]
    : []),
  '## Per route class (whole run)',
  '',
  '| class | requests | p50 ms | p95 ms | p99 ms | max ms | statuses |',
  '|---|---|---|---|---|---|---|',
  ...(['lookup', 'search', 'login', 'status', 'export', 'upload', 'objection'] as Klass[]).map((k) => {
    const l = minutes.flatMap((m) => m.latencies[k] ?? []);
    const st: Record<string, number> = {};
    for (const m of minutes) for (const [s, c] of Object.entries(m.statuses[k] ?? {})) st[s] = (st[s] ?? 0) + c;
    const s = summarise(l);
    return `| ${k} | ${s.n} | ${f(s.p50)} | ${f(s.p95)} | ${f(s.p99)} | ${f(s.max)} | ${Object.entries(st)
      .map(([code, c]) => `${code}: ${c}`)
      .join(', ')} |`;
  }),
  '',
  `Refusals by code (whole run): ${
    Object.entries(
      minutes.reduce<Record<string, number>>((acc, m) => {
        for (const [k, c] of Object.entries(m.refusals)) acc[k] = (acc[k] ?? 0) + c;
        return acc;
      }, {}),
    )
      .map(([k, c]) => `${k} × ${c}`)
      .join('; ') || 'none'
  }.`,
  '',
  '## Verdict (computed from the figures above)',
  '',
  `- Memory: heapUsed ${heapGrowth.firstMiB} MiB (mean of the first ${window} min) → ${heapGrowth.lastMiB} MiB (last ${window} min), ${heapGrowth.changeMiB >= 0 ? '+' : ''}${heapGrowth.changeMiB} MiB (${heapGrowth.changePct} %); RSS ${rssGrowth.firstMiB} → ${rssGrowth.lastMiB} MiB (${rssGrowth.changeMiB >= 0 ? '+' : ''}${rssGrowth.changeMiB} MiB, ${rssGrowth.changePct} %).`,
  `- 5xx answers: ${total5xx}; dropped connections: ${totalNetworkErrors}; API ${apiExit ? `exited with ${apiExit.code ?? apiExit.signal} in minute ${apiExit.atMinute + 1}` : 'alive throughout'}.`,
  `- Longest event-loop delay: ${longestDelay} ms; longest GC pause: ${longestGc} ms; stalls over 1 s: ${verdict.stallsOver1s}.`,
  // The longest stalls, over 1 s or not, with what the scheduler says of them: a gap in which the main thread waited
  // for a CPU most of the time was other work on the machine; one in which it ran was the process's own.
  ...[...stalls]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 5)
    .map(
      (s) =>
        `  - ${new Date(s.endedAt).toISOString()}: ${s.ms} ms${s.waitedForCpuMs == null ? '' : ` (the main thread ran ${s.ranMs} ms of it and waited for a CPU ${s.waitedForCpuMs} ms)`}; slow requests in flight: ${
          Object.entries(s.inFlight)
            .map(([klass, c]) => `${klass} × ${c.count} (slowest ${c.slowestMs} ms)`)
            .join(', ') || 'none'
        }`,
    ),
  '',
  `- No growth (${verdict.criteria.noGrowth.rule}): ${yes(noGrowth)}.`,
  `- No 5xx (${verdict.criteria.no5xx.rule}): ${yes(verdict.criteria.no5xx.holds)}.`,
  `- No freeze over 1 s (${verdict.criteria.noFreezeOver1s.rule}): ${yes(verdict.criteria.noFreezeOver1s.holds)}.`,
  ...(server.length < 20
    ? ['', `Only ${server.length} minutes: the growth comparison covers ${window} minute(s) at each end, too few to call a trend.`]
    : []),
  '',
];
writeFileSync(join(RESULTS, `soak-${values.label}.md`), md.join('\n'));
console.log(md.join('\n'));
rmSync(dataDir, { recursive: true, force: true });
process.exit(0);
