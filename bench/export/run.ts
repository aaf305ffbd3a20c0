/**
 * 导出我的数据 with a long access log, on the embedded default: how long one export takes and how long anonymous
 * lookups by code, sent one after another meanwhile, wait behind it (PGlite answers on the only thread, so the
 * longest lookup is how long the export held everyone), with the subject's log at 1,000 to 20,000 entries. In process (app.inject), PGlite in a temporary directory,
 * demo data. The soak of issue 15 gave each demo citizen about 5,000 entries in an hour.
 *
 *   pnpm --filter @xinyong/bench export -- --label pglite [--sizes 1000,5000,20000] [--samples 10]
 *
 * Results go to bench/results/export-<label>.json.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp } from '@xinyong/api';
import { prepareDatabase } from '@xinyong/api/bootstrap';
import { loadConfig } from '@xinyong/api/config';
import { openDatabase } from '@xinyong/api/db/open';
import { addAccessLogEntries } from '@xinyong/test-support/access-log';
import { summarise } from '../lookup/percentiles';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    label: { type: 'string', default: 'pglite' },
    sizes: { type: 'string', default: '1000,5000,20000' },
    samples: { type: 'string', default: '10' },
  },
});
const SIZES = values.sizes.split(',').map(Number);
const SAMPLES = Number(values.samples);
const RESULTS = join(import.meta.dirname, '..', 'results');
const tmp = mkdtempSync(join(tmpdir(), 'bench-export-'));

const config = loadConfig({ ...process.env, NODE_ENV: 'development', DATABASE_URL: '', DATA_DIR: tmp, RATE_LIMIT_SCALE: '100000' });
const db = await openDatabase({ dataDir: join(tmp, 'db') });
await prepareDatabase(config, db, { demo: true });
const app = await buildApp({ config: { ...config, siteDir: tmp, h5Dir: tmp }, db, closeDb: true });
await app.ready();

const login = await app.inject({ method: 'POST', url: '/api/v1/auth/dev-login', payload: { citizen: 'zhang' } });
const token = (login.json() as { token: string }).token;
const auth = { authorization: `Bearer ${token}` };
await app.inject({ url: '/api/v1/me/records', headers: auth });
const { rows } = await db.query<{ id: string }>(
  "SELECT subject_person_id::text AS id FROM access_log WHERE purpose = '本人查询信用记录' ORDER BY seq DESC LIMIT 1",
);
const personId = Number(rows[0]?.id);
const codes = (await db.query<{ code: string }>('SELECT code FROM entities ORDER BY id LIMIT 50')).rows.map((r) => r.code);

const entries = async () => (await app.inject({ url: '/api/v1/me/access-log', headers: auth })).json<{ total: number }>().total;

/** Outside the chain: the chain is not what is measured, and this is a throwaway copy. */
async function growTo(size: number) {
  const missing = size - (await entries());
  if (missing > 0) await addAccessLogEntries(db, personId, missing);
}

const runs = [];
for (const size of SIZES) {
  await growTo(size);
  const exportMs: number[] = [];
  const lookupMs: number[] = [];
  let bytes = 0;
  for (let i = 0; i < SAMPLES; i++) {
    let done = false;
    const lookups = (async () => {
      for (let k = 0; !done; k++) {
        const start = performance.now();
        await app.inject({ url: `/api/v1/entities/${codes[k % codes.length]}` });
        lookupMs.push(performance.now() - start);
      }
    })();
    const start = performance.now();
    const res = await app.inject({ url: '/api/v1/me/export', headers: auth });
    exportMs.push(performance.now() - start);
    done = true;
    await lookups;
    bytes = res.body.length;
    if (res.statusCode !== 200) throw new Error(`export answered ${res.statusCode}`);
  }
  const held = (await entries()) - 1;
  runs.push({ entries: held, bytes, exportMs: summarise(exportMs), lookupDuringExportMs: summarise(lookupMs) });
  console.log(
    `${held} entries: ${bytes} bytes, export p50 ${summarise(exportMs).p50} ms, lookups during exports p50 ${summarise(lookupMs).p50} max ${summarise(lookupMs).max} ms`,
  );
}
await app.close();

const out = {
  label: values.label,
  at: new Date().toISOString(),
  command: `pnpm --filter @xinyong/bench export -- --label ${values.label} --sizes ${values.sizes} --samples ${SAMPLES}`,
  machine: { cpus: cpus().length, memGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10, node: process.version, loadAverage: loadavg() },
  database: 'PGlite (embedded default), demo data, in process',
  runs,
};
writeFileSync(join(RESULTS, `export-${values.label}.json`), `${JSON.stringify(out, null, 2)}\n`);
