/**
 * First-start seeding: how long `npm start` spends putting the default demo set (seedDemoIfEmpty) into a fresh
 * embedded database, after the migrations. This was once a timed unit test (under 20 s); timings belong here, as
 * figures, since a busy machine makes any bound in a test either flaky or meaningless.
 *
 *   pnpm --filter @xinyong/bench seed [-- --runs 5]
 */
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { prepareDatabase } from '@xinyong/api/bootstrap';
import { loadConfig } from '@xinyong/api/config';
import { openDatabase } from '@xinyong/api/db/open';
import { seedDemoIfEmpty } from '@xinyong/api/demo/generate';
import { summarise } from '../lookup/percentiles';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: { runs: { type: 'string', default: '5' } },
});
const RUNS = Number(values.runs);
const config = loadConfig({ ...process.env, NODE_ENV: 'test' });

const seconds: number[] = [];
let entities = 0;
for (let run = 1; run <= RUNS; run++) {
  const db = await openDatabase({});
  try {
    await prepareDatabase(config, db, { demo: false });
    const started = performance.now();
    const result = await seedDemoIfEmpty(db);
    seconds.push((performance.now() - started) / 1000);
    entities = result?.entities ?? 0;
    console.log(`run ${run}/${RUNS}: ${entities} entities in ${seconds.at(-1)?.toFixed(2)} s (load ${loadavg()[0]?.toFixed(2)})`);
  } finally {
    await db.close();
  }
}
const s = summarise(seconds);
console.log(
  JSON.stringify({
    bench: 'seed-demo',
    entities,
    runs: RUNS,
    seconds: { p50: s.p50, max: s.max, mean: s.mean },
    cpus: cpus().length,
    node: process.version,
  }),
);
