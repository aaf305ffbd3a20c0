// The API's stack for the pair benchmark: bench/load/stack.ts's app (embedded database, one route returning the
// ceiling's answer), but logging at the level production uses, so every request writes its two log lines as it does
// behind npm start. Only this process is profiled with --cpu-prof; it exits on SIGTERM so the profile is written.
import { buildApp } from '@xinyong/api';
import { prepareDatabase } from '@xinyong/api/bootstrap';
import { loadConfig } from '@xinyong/api/config';
import { READY_LINE } from '@xinyong/test-support/processes';

const config = { ...loadConfig(), siteDir: '/nonexistent', h5Dir: '/nonexistent', consoleDir: '/nonexistent' };
const db = await prepareDatabase(config, undefined, { demo: false });
const app = await buildApp({ config, db, closeDb: true, logger: true });
// loggerOptions gives 'warn' outside production; production (which also demands real keys) logs at 'info'.
app.log.level = process.env.PAIR_LOG_LEVEL ?? 'info';
app.get('/api/v1/ping', async () => ({ status: 'ok', items: [{ id: 'loan-sme-credit', name: '小微企业信用贷款' }] }));
await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT) });
console.log(READY_LINE);
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
