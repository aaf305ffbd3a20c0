/**
 * Uploads against the embedded default: 16 people send a 5 MB photo at once while a stranger keeps looking up a
 * business. Reports the lookup latency while the uploads run (and idle, for comparison), what the uploads got
 * back, and the API's resident memory afterwards. A figure, never a pass/fail: the test of the same situation
 * (apps/api/test/uploads/concurrent-uploads.test.ts) asserts only that lookups answer and the process survives.
 *
 *   pnpm --filter @xinyong/bench uploads -- --label pglite [--rounds 5] [--cpu-prof DIR]
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { photo } from '@xinyong/test-support/photo';
import { startApi } from '@xinyong/test-support/processes';
import { summarise } from '../lookup/percentiles';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    label: { type: 'string', default: 'pglite' },
    uploads: { type: 'string', default: '16' },
    rounds: { type: 'string', default: '5' },
    // A CPU profile of the API process, written to this directory when it stops.
    'cpu-prof': { type: 'string' },
  },
});
const RESULTS = join(import.meta.dirname, '..', 'results');
const HUAXIA = '91370102MA3C5RKX5B';

const dataDir = mkdtempSync(join(tmpdir(), 'xinyong-bench-uploads-'));
const api = await startApi({
  env: { DATABASE_URL: '', DATA_DIR: join(dataDir, 'pglite'), RATE_LIMIT_SCALE: '100' },
  keepTail: 10_000,
  nodeArgs: [...(values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${values['cpu-prof']}`] : [])],
});
try {
  const code = await fetch(`${api.origin}/api/v1/entities?q=${encodeURIComponent('华夏')}`)
    .then((r) => r.json() as Promise<{ items: { code: string }[] }>)
    .then((b) => b.items[0]?.code ?? HUAXIA);
  const lookup = async () => {
    const start = performance.now();
    const res = await fetch(`${api.origin}/api/v1/entities/${code}`);
    await res.arrayBuffer();
    return { ms: performance.now() - start, status: res.status };
  };
  const idle: number[] = [];
  for (let i = 0; i < 200; i++) idle.push((await lookup()).ms);

  const { token } = (await (
    await fetch(`${api.origin}/api/v1/auth/dev-login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ citizen: 'li' }),
    })
  ).json()) as { token: string };
  const photos = await Promise.all(Array.from({ length: Number(values.uploads) }, (_, i) => photo(i + 1)));

  // The lookups run in their own thread: the 80 MB of form data this process sends would otherwise delay the
  // lookups' own timers and callbacks, and the figure would be the client's, not the API's.
  const prober = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
     let running = false;
     parentPort.on('message', async (word) => {
       if (word === 'stop') { running = false; return; }
       running = true;
       const out = [];
       while (running) {
         const start = performance.now();
         const res = await fetch(workerData.url);
         await res.arrayBuffer();
         out.push({ ms: performance.now() - start, status: res.status });
       }
       parentPort.postMessage(out);
     });`,
    { eval: true, workerData: { url: `${api.origin}/api/v1/entities/${code}` } },
  );
  /** One burst: every photo sent at once while the prober keeps looking up; a refused upload is not retried. */
  const burst = async () => {
    const probed = new Promise<{ ms: number; status: number }[]>((resolve) => prober.once('message', resolve));
    prober.postMessage('start');
    const started = performance.now();
    const uploads = await Promise.all(
      photos.map(async (p, i) => {
        const form = new FormData();
        form.append('file', new Blob([p], { type: 'image/png' }), `receipt-${i}.png`);
        const t = performance.now();
        const res = await fetch(`${api.origin}/api/v1/me/attachments`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}` },
          body: form,
        });
        await res.arrayBuffer();
        return { status: res.status, ms: performance.now() - t };
      }),
    );
    const wallMs = performance.now() - started;
    prober.postMessage('stop');
    return { uploads, wallMs, probes: await probed, load: loadavg()[0] };
  };
  const rounds = [];
  for (let r = 0; r < Number(values.rounds); r++) {
    rounds.push(await burst());
    // The slots are given back when each answer has left; a pause lets the next burst start from rest.
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
  await prober.terminate();
  const uploads = rounds.flatMap((r) => r.uploads);
  const during = rounds.flatMap((r) => r.probes.map((p) => p.ms));
  const statuses = rounds.flatMap((r) => r.probes.map((p) => p.status));
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${api.child.pid}/status`, 'utf8'))?.[1] ?? Number.NaN);

  const byStatus = (list: { status: number }[]) =>
    Object.fromEntries([...new Set(list.map((u) => u.status))].map((s) => [s, list.filter((u) => u.status === s).length]));
  const result = {
    label: values.label,
    at: new Date().toISOString(),
    machine: { cpus: cpus().length, node: process.version },
    uploads: {
      count: uploads.length,
      perRound: photos.length,
      bytesEach: photos[0]?.length,
      statuses: byStatus(uploads),
      ms: summarise(uploads.map((u) => u.ms)),
    },
    rounds: rounds.map((r) => ({
      wallMs: Math.round(r.wallMs),
      statuses: byStatus(r.uploads),
      lookups: r.probes.length,
      lookupMaxMs: Math.round(Math.max(...r.probes.map((p) => p.ms))),
      load1: r.load,
    })),
    lookupIdleMs: summarise(idle),
    lookupDuringUploadsMs: summarise(during),
    lookupStatusesDuringUploads: byStatus(statuses.map((status) => ({ status }))),
    apiRssMbAfter: Math.round(rssKb / 1024),
    apiAlive: api.child.exitCode === null,
  };
  mkdirSync(RESULTS, { recursive: true });
  const file = join(RESULTS, `uploads-${values.label}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
  console.log(`written ${file}`);
} finally {
  await api.stop('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}
