/**
 * Lighthouse 12 (mobile, default simulated throttling) on one page list of pages.ts, in Debian's Chromium.
 *   pnpm --filter @xinyong/bench lighthouse:site    (tsx lighthouse/run.ts --pages site; build the site first)
 *   pnpm --filter @xinyong/bench lighthouse:h5      (--pages h5; build the h5 app first)
 * The list says how its pages are served: a static server over a copy of the build, or the whole system as `npm start`
 * serves it (a copy of the build, a fresh embedded database); with LH_ORIGIN=http://… an origin already running. Each
 * page runs LH_RUNS (3) times in a fresh browser, the median run by performance is kept, a run Lighthouse itself gave up
 * on is retried; bench/results/lighthouse-<list>.json and .md are written. It reports figures; it never fails on a score.
 * LH_KEEP=<dir> also keeps every run's full Lighthouse report there (for the trace-derived audits this summary leaves out).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM, CHROMIUM_FLAGS, ROOT, startSystem } from '@xinyong/test-support';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { PAGE_LISTS, type Page, type PageList, type PageListName } from './pages';
import { serveStatic } from './static';

const { values } = parseArgs({ args: process.argv.slice(2).filter((a) => a !== '--'), options: { pages: { type: 'string' } } });
const NAME = values.pages as PageListName;
if (!(NAME in PAGE_LISTS)) {
  console.error(`--pages takes one of: ${Object.keys(PAGE_LISTS).join(', ')}`);
  process.exit(1);
}
const LIST: PageList = PAGE_LISTS[NAME];
const RESULTS = path.join(ROOT, 'bench/results');
const RUNS = Number(process.env.LH_RUNS ?? 3);
const MAX_ATTEMPTS = 3;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

interface Served {
  origin: string;
  /** How the pages were served, for the report. */
  how: string;
  /** What the transferred bytes are. */
  bytes: string;
  stop: () => Promise<void>;
}

async function serve(list: PageList): Promise<Served> {
  const given = process.env.LH_ORIGIN;
  if (given) return { origin: given, how: `served by ${given}`, bytes: 'by that origin', stop: async () => {} };
  const built = path.join(ROOT, list.built);
  if (!existsSync(path.join(built, 'index.html'))) {
    console.error(`${list.built} is missing: run \`${list.build}\` first.`);
    process.exit(1);
  }
  // A copy, so a rebuild started elsewhere during the run (npm start's set-up rebuilds on change) cannot pull files away.
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'xinyong-lh-'));
  const copy = path.join(tmp, 'build');
  cpSync(built, copy, { recursive: true });
  const cleanUp = () => rmSync(tmp, { recursive: true, force: true });
  try {
    if (list.serve.kind === 'static') {
      const server = await serveStatic(copy);
      return {
        origin: server.origin,
        how: 'static server with gzip',
        bytes: 'gzip',
        stop: async () => {
          server.close();
          cleanUp();
        },
      };
    }
    // The request log grows with every run: keep its tail, which is what explains a failed start.
    const system = await startSystem({ skipSetup: true, env: { [list.serve.buildEnv]: copy }, keepTail: 8000 });
    return {
      origin: system.origin,
      how: `served by the whole system (scripts/start.mjs, XINYONG_SKIP_SETUP=1, fresh PGlite data dir, a copy of ${list.built})`,
      bytes: 'by the API server, br/gzip',
      stop: async () => {
        console.log(`system stopped (${await system.stop()})`);
        cleanUp();
      },
    };
  } catch (error) {
    cleanUp();
    throw error;
  }
}

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];
type Audit = Lhr['audits'][string];
/** A row of an audit's table, as far as this report reads it (Lighthouse types details as a union of many shapes). */
interface Row {
  url?: string;
  statusCode?: number;
  resourceType?: string;
  transferSize?: number;
  requestCount?: number;
  source?: string;
  description?: string;
  items?: { node?: { nodeLabel?: string; snippet?: string } }[];
  total?: number;
  scripting?: number;
  scriptParseCompile?: number;
  group?: string;
  groupLabel?: string;
  duration?: number;
  startTime?: number;
  wastedBytes?: number;
  totalBytes?: number;
}
const itemsOf = (audit: Audit | undefined): Row[] => (audit?.details as { items?: Row[] } | undefined)?.items ?? [];

interface Run {
  scores: Record<(typeof CATEGORIES)[number], number>;
  totalBytes: number | null;
  javascriptBytes: number;
  requests: number | null;
  metrics: { fcpMs: number; lcpMs: number; tbtMs: number; cls: number; speedIndexMs: number };
  lcpElement: string | null;
  apiCalls: string[];
  consoleErrors: string[];
  notPassing: string[];
  erroredAudits: string[];
  loadAverage1m: number;
  /** Where the main thread's time goes (ms), before the throttling's simulation: what to change first. */
  profile: Profile;
  warnings: string[];
  lighthouseVersion: string;
}

interface Profile {
  mainThread: { group: string; ms: number }[];
  bootup: { url: string; totalMs: number; scriptingMs: number; parseCompileMs: number }[];
  longTasks: { url: string; startMs: number; ms: number }[];
  unusedJavascript: { url: string; totalBytes: number; wastedBytes: number }[];
  legacyJavascript: { url: string; wastedBytes: number }[];
}

/** The path of a same-origin URL (the origin changes every run), or the URL's label as Lighthouse gave it. */
const short = (url: string | undefined) => {
  try {
    return new URL(url ?? '').pathname;
  } catch {
    return url ?? '–';
  }
};

function profileOf(a: Lhr['audits']): Profile {
  const ms = (n: number | undefined) => Math.round(n ?? 0);
  return {
    mainThread: itemsOf(a['mainthread-work-breakdown']).map((i) => ({ group: i.groupLabel ?? i.group ?? '–', ms: ms(i.duration) })),
    bootup: itemsOf(a['bootup-time']).map((i) => ({
      url: short(i.url),
      totalMs: ms(i.total),
      scriptingMs: ms(i.scripting),
      parseCompileMs: ms(i.scriptParseCompile),
    })),
    longTasks: itemsOf(a['long-tasks']).map((i) => ({ url: short(i.url), startMs: ms(i.startTime), ms: ms(i.duration) })),
    unusedJavascript: itemsOf(a['unused-javascript']).map((i) => ({
      url: short(i.url),
      totalBytes: i.totalBytes ?? 0,
      wastedBytes: i.wastedBytes ?? 0,
    })),
    legacyJavascript: itemsOf(a['legacy-javascript']).map((i) => ({ url: short(i.url), wastedBytes: i.wastedBytes ?? 0 })),
  };
}

/** A page's median run, with every run's figures beside it. */
interface Measured extends Page, Run {
  performanceRuns: number[];
  lcpRuns: number[];
  tbtRuns: number[];
  loadAverages: number[];
  failedAttempts: string[];
}

/** One Lighthouse run; a run Lighthouse itself gave up on (runtimeError, no performance score) is retried, not averaged in. */
async function audit(url: string): Promise<Run & { failedAttempts: string[] }> {
  const failed: string[] = [];
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const run = await auditOnce(url);
    if (!('runtimeError' in run)) return { ...run, failedAttempts: failed };
    failed.push(run.runtimeError);
    console.log(`  attempt ${attempt} failed: ${run.runtimeError}`);
  }
  throw new Error(`${url}: ${MAX_ATTEMPTS} attempts failed: ${failed.join('; ')}`);
}

async function auditOnce(url: string): Promise<Run | { runtimeError: string }> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS });
  // Other work on this machine distorts the figures (simulated throttling scales the observed CPU time): record it.
  const loadAverage1m = Math.round((os.loadavg()[0] ?? 0) * 100) / 100;
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    const lhr = result?.lhr;
    if (lhr && process.env.LH_KEEP) {
      mkdirSync(process.env.LH_KEEP, { recursive: true });
      const name = `${new URL(url).hash.replace(/[^a-z]+/g, '-')}${Date.now()}.json`;
      writeFileSync(path.join(process.env.LH_KEEP, name), JSON.stringify(lhr));
    }
    if (!lhr || lhr.runtimeError || lhr.categories.performance?.score == null) {
      return { runtimeError: lhr?.runtimeError ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : 'no performance score' };
    }
    const a = lhr.audits;
    const summary = itemsOf(a['resource-summary']);
    // The API calls of the first screen, with their status: a page that rendered an error state would look fast.
    const apiCalls = itemsOf(a['network-requests'])
      .map((r) => ({ url: new URL(r.url ?? '', 'http://unknown'), status: r.statusCode }))
      .filter((r) => r.url.pathname.startsWith('/api/'))
      .map((r) => `${r.url.pathname}${r.url.search} ${r.status}`);
    const lcpNode = itemsOf(a['largest-contentful-paint-element'])[0]?.items?.[0]?.node;
    const numeric = (id: string) => a[id]?.numericValue ?? 0;
    return {
      scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Run['scores'],
      totalBytes: a['total-byte-weight']?.numericValue ?? null,
      javascriptBytes: summary.find((i) => i.resourceType === 'script')?.transferSize ?? 0,
      requests: summary.find((i) => i.resourceType === 'total')?.requestCount ?? null,
      metrics: {
        fcpMs: Math.round(numeric('first-contentful-paint')),
        lcpMs: Math.round(numeric('largest-contentful-paint')),
        tbtMs: Math.round(numeric('total-blocking-time')),
        cls: numeric('cumulative-layout-shift'),
        speedIndexMs: Math.round(numeric('speed-index')),
      },
      lcpElement: lcpNode ? (lcpNode.nodeLabel ?? lcpNode.snippet ?? null) : null,
      apiCalls,
      // Long data: URLs (inlined fonts) would swamp the report.
      consoleErrors: itemsOf(a['errors-in-console']).map((i) =>
        `${i.source}: ${i.description}`.replace(/data:[^'" ]{60,}/g, (m) => `${m.slice(0, 40)}…`),
      ),
      notPassing: Object.values(a)
        .filter((x) => x.score !== null && x.score < 1 && x.scoreDisplayMode !== 'informative' && x.scoreDisplayMode !== 'notApplicable')
        .map((x) => `${x.id} (${x.score})`),
      // Audits Lighthouse could not compute (with this Chromium, those that need the trace's root causes).
      erroredAudits: Object.values(a)
        .filter((x) => x.scoreDisplayMode === 'error')
        .map((x) => x.id),
      loadAverage1m,
      profile: profileOf(a),
      warnings: lhr.runWarnings,
      lighthouseVersion: lhr.lighthouseVersion,
    };
  } finally {
    chrome.kill();
  }
}

function median<T extends Run>(runs: T[]): T {
  const sorted = [...runs].sort((a, b) => a.scores.performance - b.scores.performance);
  return sorted[Math.floor((sorted.length - 1) / 2)] as T;
}

function machine() {
  let chromium = 'unknown';
  try {
    chromium = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {}
  return {
    nproc: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium,
  };
}

const served = await serve(LIST);
const measured: Measured[] = [];
try {
  for (const page of LIST.pages) {
    const runs: (Run & { failedAttempts: string[] })[] = [];
    for (let i = 0; i < RUNS; i++) {
      const r = await audit(`${served.origin}${page.path}`);
      runs.push(r);
      console.log(
        `${page.path} run ${i + 1}/${RUNS}: ${CATEGORIES.map((c) => `${c} ${r.scores[c]}`).join(', ')}, LCP ${r.metrics.lcpMs} ms, TBT ${r.metrics.tbtMs} ms, load ${r.loadAverage1m}`,
      );
    }
    measured.push({
      ...page,
      ...median(runs),
      performanceRuns: runs.map((r) => r.scores.performance),
      lcpRuns: runs.map((r) => r.metrics.lcpMs),
      tbtRuns: runs.map((r) => r.metrics.tbtMs),
      loadAverages: runs.map((r) => r.loadAverage1m),
      failedAttempts: runs.flatMap((r) => r.failedAttempts),
    });
  }
} finally {
  await served.stop();
}

const targets = LIST.targets;
const met = (value: number, target: number) => (value < target ? 'met' : 'not met');
const pages = measured.map(({ lighthouseVersion, ...p }) => ({
  ...p,
  ...(targets ? { targets: { lcp: met(p.metrics.lcpMs, targets.lcpMs), tbt: met(p.metrics.tbtMs, targets.tbtMs) } } : {}),
}));
const report = {
  date: new Date().toISOString(),
  command: `pnpm --filter @xinyong/bench lighthouse:${NAME}`,
  lighthouse: measured[0]?.lighthouseVersion,
  settings: `mobile form factor, default simulated throttling (Slow 4G, 4x CPU slowdown); median of ${RUNS} runs by performance; ${served.how}`,
  ...(targets ? { targets } : {}),
  chromeFlags: CHROMIUM_FLAGS,
  machine: machine(),
  pages,
};
mkdirSync(RESULTS, { recursive: true });
writeFileSync(path.join(RESULTS, `lighthouse-${NAME}.json`), `${JSON.stringify(report, null, 2)}\n`);

const kb = (n: number | null) => (n === null ? '–' : `${(n / 1024).toFixed(1)} KiB`);
const runs = (values: unknown[]) => ` (runs: ${values.join(', ')})`;
const md = [
  `# Lighthouse: ${LIST.title}`,
  '',
  `- Date: ${report.date}`,
  `- Command: \`${report.command}\` (after \`${LIST.build}\`)`,
  `- Lighthouse ${report.lighthouse}, ${report.settings}`,
  `- Machine: ${report.machine.nproc} CPUs (${report.machine.cpu}), ${report.machine.memoryGiB} GiB memory, ${report.machine.os}, Node ${report.machine.node}`,
  `- Browser: ${report.machine.chromium}, flags \`${CHROMIUM_FLAGS.join(' ')}\``,
  ...(targets ? [`- Targets (from the issue): LCP under ${targets.lcpMs} ms, TBT under ${targets.tbtMs} ms`] : []),
  `- 1-minute load average when each run started (other work on the machine inflates TBT): ${pages.map((p) => `${p.label} ${p.loadAverages.join(', ')}`).join('; ')}`,
  '',
  '| page | performance | LCP | TBT | total bytes | JavaScript | accessibility | best practices | SEO | requests | FCP | CLS |',
  '|---|---|---|---|---|---|---|---|---|---|---|---|',
  ...pages.map(
    (p) =>
      `| ${p.label} \`${p.path}\` | ${p.scores.performance}${runs(p.performanceRuns)} | ${p.metrics.lcpMs} ms${p.targets ? `, target ${p.targets.lcp}` : ''}${runs(p.lcpRuns)} | ${p.metrics.tbtMs} ms${p.targets ? `, target ${p.targets.tbt}` : ''}${runs(p.tbtRuns)} | ${kb(p.totalBytes)} | ${kb(p.javascriptBytes)} | ${p.scores.accessibility} | ${p.scores['best-practices']} | ${p.scores.seo} | ${p.requests} | ${p.metrics.fcpMs} ms | ${p.metrics.cls.toFixed(3)} |`,
  ),
  '',
  `Bytes are transferred bytes, as served (${served.bytes}). In the median run:`,
  '',
  ...pages.flatMap((p) => [
    `- \`${p.path}\``,
    `  - LCP element: ${p.lcpElement ?? '– (not computed)'}`,
    `  - API calls: ${p.apiCalls.length ? p.apiCalls.join(', ') : 'none'}`,
    `  - console errors: ${p.consoleErrors.length ? p.consoleErrors.join(' | ') : 'none'}`,
    `  - audits not at full score: ${p.notPassing.length ? p.notPassing.join(', ') : 'none'}`,
    ...(p.erroredAudits.length ? [`  - audits Lighthouse could not compute: ${p.erroredAudits.join(', ')}`] : []),
    ...(p.failedAttempts.length ? [`  - runs Lighthouse gave up on (retried): ${p.failedAttempts.join('; ')}`] : []),
    ...(p.warnings.length ? [`  - Lighthouse warnings: ${p.warnings.join('; ')}`] : []),
    `  - main thread (ms, observed, not throttled): ${p.profile.mainThread.map((m) => `${m.group} ${m.ms}`).join(', ') || '–'}`,
    `  - script time by file (total / scripting / parse+compile, ms): ${p.profile.bootup.map((b) => `${b.url} ${b.totalMs}/${b.scriptingMs}/${b.parseCompileMs}`).join(', ') || '–'}`,
    `  - long tasks (start, duration, ms, simulated): ${p.profile.longTasks.map((t) => `${t.url} @${t.startMs} ${t.ms}`).join(', ') || 'none'}`,
    `  - unused JavaScript (unused of transferred): ${p.profile.unusedJavascript.map((u) => `${u.url} ${kb(u.wastedBytes)} of ${kb(u.totalBytes)}`).join(', ') || 'none'}`,
    `  - legacy JavaScript (polyfills and transforms a modern browser does not need): ${p.profile.legacyJavascript.map((u) => `${u.url} ${kb(u.wastedBytes)}`).join(', ') || 'none'}`,
  ]),
  '',
];
writeFileSync(path.join(RESULTS, `lighthouse-${NAME}.md`), md.join('\n'));
console.log(md.join('\n'));
