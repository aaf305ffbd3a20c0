/**
 * Uploads against the embedded default: 16 people send a 5 MB photo at once while a stranger keeps looking up a
 * business. Reports the lookup latency while the uploads run (and idle, for comparison), what the uploads got
 * back, and the API's resident memory afterwards. A figure, never a pass/fail: the test of the same situation
 * (apps/api/test/uploads/concurrent-uploads.test.ts) asserts only that lookups answer and the process survives.
 *
 *   pnpm --filter @xinyong/bench uploads -- --label pglite
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startApi } from '@xinyong/test-support/processes';
import { summarise } from '../lookup/percentiles';
import { photo } from './photo';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: { label: { type: 'string', default: 'pglite' }, uploads: { type: 'string', default: '16' } },
});
const RESULTS = join(import.meta.dirname, '..', 'results');
const HUAXIA = '91370102MA3C5RKX5B';

const dataDir = mkdtempSync(join(tmpdir(), 'xinyong-bench-uploads-'));
const api = await startApi({ env: { DATABASE_URL: '', DATA_DIR: join(dataDir, 'pglite'), RATE_LIMIT_SCALE: '100' }, keepTail: 10_000 });
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

  let running = true;
  const during: number[] = [];
  const statuses: number[] = [];
  const looking = (async () => {
    while (running) {
      const r = await lookup();
      during.push(r.ms);
      statuses.push(r.status);
    }
  })();
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
  running = false;
  await looking;
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${api.child.pid}/status`, 'utf8'))?.[1] ?? Number.NaN);

  const byStatus = (list: { status: number }[]) =>
    Object.fromEntries([...new Set(list.map((u) => u.status))].map((s) => [s, list.filter((u) => u.status === s).length]));
  const result = {
    label: values.label,
    at: new Date().toISOString(),
    machine: { cpus: cpus().length, node: process.version },
    uploads: {
      count: photos.length,
      bytesEach: photos[0]?.length,
      statuses: byStatus(uploads),
      wallMs: Math.round(wallMs),
      ms: summarise(uploads.map((u) => u.ms)),
    },
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
