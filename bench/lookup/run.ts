/**
 * Lookup benchmark: code lookup, public profile, and name search with 2- and 4-character queries,
 * in-process (repository calls) and over HTTP (a real listening API), on the database it is pointed at.
 *
 *   DATABASE_URL=postgres://… tsx lookup/run.ts --label postgres-1m
 *   DATA_DIR=bench/tmp/pglite-1m tsx lookup/run.ts --label pglite-1m
 *
 * Load the data first with the generator (apps/api demo:generate). Results go to bench/results/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp } from '@xinyong/api';
import { loadConfig } from '@xinyong/api/config';
import { migrate } from '@xinyong/api/db/migrate';
import { openDatabase } from '@xinyong/api/db/open';
import { measure, type Summary } from './percentiles';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: { label: { type: 'string', default: 'run' }, samples: { type: 'string', default: '1000' } },
});
const SAMPLES = Number(values.samples);
const RESULTS = join(import.meta.dirname, '..', 'results');

// Parts of a name every company shares: a query made of them says nothing about the index.
const COMMON = /(股份有限公司|有限责任公司|有限公司|专业合作社|合作社|分公司|个体|经营部|店|馆|部|厂|中心|协会|商会|学校|幼儿园)$/;

function pick<T>(items: T[], n: number, seed = 7): T[] {
  let x = seed;
  const next = () => {
    x = (x * 1_103_515_245 + 12_345) % 2 ** 31;
    return x / 2 ** 31;
  };
  return Array.from({ length: n }, () => items[Math.floor(next() * items.length)] as T);
}

const mib = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

function windowOf(name: string, length: number, salt: number): string | null {
  const core = Array.from(name.replace(COMMON, ''));
  if (core.length < length) return null;
  const start = salt % (core.length - length + 1);
  return core.slice(start, start + length).join('');
}

async function main() {
  // The answer cache off: this measures the database path.
  const config = {
    ...loadConfig(),
    siteDir: '/nonexistent',
    h5Dir: '/nonexistent',
    publicCache: { megabytes: 0, seconds: 0 },
    // Thousands of lookups from one address: the abuse limits would answer most of them with 429 in a fraction of a millisecond.
    rateLimitScale: 1_000_000,
  };
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrate(db);
  const count = Number((await db.query<{ n: number }>('SELECT count(*) AS n FROM entities')).rows[0]?.n ?? 0);
  const records = Number(
    (
      await db.query<{ n: number }>(
        'SELECT (SELECT count(*) FROM licences) + (SELECT count(*) FROM penalties) + (SELECT count(*) FROM dishonesty_entries) + (SELECT count(*) FROM red_list_entries) + (SELECT count(*) FROM commitments) AS n',
      )
    ).rows[0]?.n ?? 0,
  );
  if (count === 0) throw new Error('no entities: load data with the generator first');
  console.log(`${db.driver}: ${count.toLocaleString('en')} entities, ${records.toLocaleString('en')} records`);

  // Two disjoint halves of the sample: one for the in-process pass, one for HTTP, so neither pass finds the pages
  // the other has just read in the database's buffers (the same inputs twice would make the second pass look fast).
  const sample = (
    await db.query<{ code: string; name: string }>('SELECT code, name FROM entities TABLESAMPLE SYSTEM (2) REPEATABLE (42) LIMIT 10000')
  ).rows;
  const halves = [sample.filter((_, i) => i % 2 === 0), sample.filter((_, i) => i % 2 === 1)];
  const inputsOf = (rows: typeof sample) => ({
    codes: pick(
      rows.map((s) => s.code),
      SAMPLES,
    ),
    two: pick(rows, SAMPLES * 2, 11)
      .map((s, i) => windowOf(s.name, 2, i))
      .filter((q): q is string => q !== null)
      .slice(0, SAMPLES),
    four: pick(rows, SAMPLES * 2, 13)
      .map((s, i) => windowOf(s.name, 4, i))
      .filter((q): q is string => q !== null)
      .slice(0, SAMPLES),
  });
  const [inProcessInputs, httpInputs] = halves.map(inputsOf) as [ReturnType<typeof inputsOf>, ReturnType<typeof inputsOf>];
  const settings = Object.fromEntries(
    (
      await db.query<{ name: string; setting: string }>(
        "SELECT name, current_setting(name) AS setting FROM pg_settings WHERE name IN ('shared_buffers', 'effective_cache_size', 'work_mem')",
      )
    ).rows.map((r) => [r.name, r.setting]),
  );

  const app = await buildApp({ config, db });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const search = (q: string) => app.repos.entities.search({ text: q, page: 1, pageSize: 20 });
  const http = async (path: string) => {
    const res = await fetch(`${origin}${path}`);
    await res.arrayBuffer();
    // Only real answers count: a 429 or an error would be measured as a fast lookup.
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
  };
  const today = app.today();

  const results: Record<string, { inProcess: Summary; http: Summary }> = {};
  type Inputs = ReturnType<typeof inputsOf>;
  const run = async (
    name: string,
    inputs: (i: Inputs) => string[],
    inProcess: (x: string) => Promise<unknown>,
    path: (x: string) => string,
  ) => {
    results[name] = {
      inProcess: await measure(inputs(inProcessInputs), inProcess),
      http: await measure(inputs(httpInputs), (x) => http(path(x))),
    };
    console.log(name, JSON.stringify(results[name]));
  };
  await run(
    'code lookup',
    (i) => i.codes,
    (c) => app.repos.entities.search({ text: c, code: c, page: 1, pageSize: 20 }),
    (c) => `/api/v1/entities?q=${c}`,
  );
  await run(
    'profile',
    (i) => i.codes,
    (c) => app.repos.entities.profile(c, today),
    (c) => `/api/v1/entities/${c}`,
  );
  await run(
    'name search, 2 characters',
    (i) => i.two,
    search,
    (q) => `/api/v1/entities?q=${encodeURIComponent(q)}`,
  );
  await run(
    'name search, 4 characters',
    (i) => i.four,
    search,
    (q) => `/api/v1/entities?q=${encodeURIComponent(q)}`,
  );
  // This process is the API (in process and listening): its memory after every pass, and the most it ever held.
  const memory = process.memoryUsage();
  const memoryMiB = {
    rss: mib(memory.rss),
    heapUsed: mib(memory.heapUsed),
    external: mib(memory.external),
    maxRss: mib(process.resourceUsage().maxRSS * 1024),
  };
  await app.close();
  await db.close();

  const report = {
    label: values.label,
    date: new Date().toISOString(),
    command: `${process.env.DATABASE_URL ? 'DATABASE_URL=postgres://… ' : `DATA_DIR=${config.dataDir} `}pnpm --filter @xinyong/bench lookup -- --label ${values.label} --samples ${SAMPLES}`,
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
    database: db.driver,
    answerCache: 'off',
    databaseSettings: db.driver === 'postgres' ? settings : undefined,
    inputs: 'in-process and HTTP passes use disjoint halves of a 10,000-entity sample',
    entities: count,
    records,
    samplesPerCase: SAMPLES,
    unit: 'ms',
    results,
    memoryMiB,
  };
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, `lookup-${values.label}.json`), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`written bench/results/lookup-${values.label}.json`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
