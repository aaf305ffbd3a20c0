// Lighthouse 12 (mobile, default simulated throttling) on four pages of the built site, in Debian's Chromium.
//   pnpm --filter @xinyong/bench lighthouse:site      (build the site first: pnpm --filter @xinyong/site build)
// Serves apps/site/dist with a small static server (gzip for text, long caching for hashed /_astro/ files, as any
// static host would) — or, with LH_ORIGIN=http://…, an origin that is already running (e.g. npm start) — runs each page RUNS times in a fresh browser, keeps the median run by performance, and writes
// bench/results/lighthouse-site.json and .md. It reports figures; it never fails on a score.
import { execFileSync } from 'node:child_process';
import { cpSync, createReadStream, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BUILT = path.join(ROOT, 'apps/site/dist');
// A copy, so a rebuild started elsewhere during the run (npm start's set-up rebuilds on change) cannot pull pages away.
let DIST = BUILT;
const RESULTS = path.join(ROOT, 'bench/results');
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const RUNS = Number(process.env.LH_RUNS ?? 3);
const PAGES = [
  { path: '/', label: '首页' },
  { path: '/policy/section-6/', label: '政策解读（第六部分）' },
  { path: '/guides/repair/', label: '信用修复指南' },
  { path: '/benefits/', label: '信易+ 目录' },
  // Not a reading page: measured to show what the live-lookup island costs on first load (no query, so no API call).
  { path: '/lookup/', label: '查企业信用（实时查询页）' },
];
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

function resolveFile(urlPath) {
  const clean = path.normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const candidates = clean.endsWith('/')
    ? [path.join(DIST, clean, 'index.html')]
    : [path.join(DIST, clean), path.join(DIST, clean, 'index.html')];
  return candidates.find((f) => f.startsWith(DIST) && existsSync(f) && statSync(f).isFile());
}

function serve() {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const file = resolveFile(url.pathname) ?? path.join(DIST, '404.html');
    const status = resolveFile(url.pathname) ? 200 : 404;
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const headers = {
      'Content-Type': type,
      'Cache-Control': url.pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
    };
    const gzip = /text|json|xml|svg|javascript/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    if (gzip) headers['Content-Encoding'] = 'gzip';
    res.writeHead(status, headers);
    const stream = createReadStream(file);
    (gzip ? stream.pipe(createGzip()) : stream).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function audit(url) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: FLAGS });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
    const lhr = result.lhr;
    const scripts = lhr.audits['resource-summary']?.details?.items?.find((i) => i.resourceType === 'script');
    const failing = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable')
      .map((a) => `${a.id} (${a.score})`);
    return {
      scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])),
      totalBytes: lhr.audits['total-byte-weight']?.numericValue ?? null,
      javascriptBytes: scripts?.transferSize ?? 0,
      requests: lhr.audits['resource-summary']?.details?.items?.find((i) => i.resourceType === 'total')?.requestCount ?? null,
      metrics: {
        fcpMs: Math.round(lhr.audits['first-contentful-paint']?.numericValue ?? 0),
        lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0),
        tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0),
        cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? 0,
        speedIndexMs: Math.round(lhr.audits['speed-index']?.numericValue ?? 0),
      },
      notPassing: failing,
      warnings: lhr.runWarnings,
      lighthouseVersion: lhr.lighthouseVersion,
      userAgent: lhr.environment?.hostUserAgent,
    };
  } finally {
    await chrome.kill();
  }
}

function median(runs) {
  const sorted = [...runs].sort((a, b) => a.scores.performance - b.scores.performance);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

function machine() {
  let chromium = 'unknown';
  try {
    chromium = execFileSync(CHROME, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
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

if (!process.env.LH_ORIGIN) {
  if (!existsSync(path.join(BUILT, 'index.html'))) {
    console.error('apps/site/dist is missing: run `pnpm --filter @xinyong/site build` first.');
    process.exit(1);
  }
  DIST = path.join(mkdtempSync(path.join(os.tmpdir(), 'xinyong-lh-')), 'dist');
  cpSync(BUILT, DIST, { recursive: true });
}

const server = process.env.LH_ORIGIN ? undefined : await serve();
const origin = process.env.LH_ORIGIN ?? `http://127.0.0.1:${server.address().port}`;
const pages = [];
try {
  for (const page of PAGES) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      runs.push(await audit(`${origin}${page.path}`));
      const r = runs.at(-1);
      console.log(`${page.path} run ${i + 1}/${RUNS}: ${CATEGORIES.map((c) => `${c} ${r.scores[c]}`).join(', ')}`);
    }
    const m = median(runs);
    pages.push({ ...page, ...m, performanceRuns: runs.map((r) => r.scores.performance) });
  }
} finally {
  server?.close();
  if (DIST !== BUILT) rmSync(path.dirname(DIST), { recursive: true, force: true });
}

const report = {
  date: new Date().toISOString(),
  command: 'pnpm --filter @xinyong/bench lighthouse:site',
  lighthouse: pages[0]?.lighthouseVersion,
  settings: `mobile form factor, default simulated throttling (Slow 4G, 4x CPU slowdown); median of ${RUNS} runs by performance; ${process.env.LH_ORIGIN ? `served by ${process.env.LH_ORIGIN}` : 'static server with gzip'}`,
  chromeFlags: FLAGS,
  machine: machine(),
  pages: pages.map(({ lighthouseVersion, userAgent, ...p }) => p),
};
mkdirSync(RESULTS, { recursive: true });
writeFileSync(path.join(RESULTS, 'lighthouse-site.json'), `${JSON.stringify(report, null, 2)}\n`);

const kb = (n) => (n === null ? '–' : `${(n / 1024).toFixed(1)} KiB`);
const md = [
  '# Lighthouse: the 信用山东 site (mobile)',
  '',
  `- Date: ${report.date}`,
  `- Command: \`${report.command}\` (after \`pnpm --filter @xinyong/site build\`)`,
  `- Lighthouse ${report.lighthouse}, ${report.settings}`,
  `- Machine: ${report.machine.nproc} CPUs (${report.machine.cpu}), ${report.machine.memoryGiB} GiB memory, ${report.machine.os}, Node ${report.machine.node}`,
  `- Browser: ${report.machine.chromium}, flags \`${FLAGS.join(' ')}\``,
  '',
  '| page | performance | accessibility | best practices | SEO | total bytes | JavaScript | requests | FCP | LCP | TBT | CLS |',
  '|---|---|---|---|---|---|---|---|---|---|---|---|',
  ...report.pages.map(
    (p) =>
      `| ${p.label} \`${p.path}\` | ${p.scores.performance} (runs: ${p.performanceRuns.join(', ')}) | ${p.scores.accessibility} | ${p.scores['best-practices']} | ${p.scores.seo} | ${kb(p.totalBytes)} | ${kb(p.javascriptBytes)} | ${p.requests} | ${p.metrics.fcpMs} ms | ${p.metrics.lcpMs} ms | ${p.metrics.tbtMs} ms | ${p.metrics.cls.toFixed(3)} |`,
  ),
  '',
  `Bytes are transferred bytes, as served (${process.env.LH_ORIGIN ? 'by that origin' : 'gzip'}). Audits not at full score in the median run:`,
  '',
  ...report.pages.map((p) => `- \`${p.path}\`: ${p.notPassing.length ? p.notPassing.join(', ') : 'none'}`),
  '',
];
writeFileSync(path.join(RESULTS, 'lighthouse-site.md'), md.join('\n'));
console.log(md.join('\n'));
