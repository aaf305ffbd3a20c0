// The API's own stack with nothing behind it: the built app (security headers, request ids, ETags, compression,
// rate limiting, validation) plus one route that returns the ceiling's answer. The gap between this and the bare
// Fastify route is what the stack costs; the gap between this and a real route is the route's own work.
import { buildApp } from '@xinyong/api';
import { prepareDatabase } from '@xinyong/api/bootstrap';
import { loadConfig } from '@xinyong/api/config';
import { READY_LINE } from '@xinyong/test-support/processes';

const config = { ...loadConfig(), siteDir: '/nonexistent', h5Dir: '/nonexistent' };
const db = await prepareDatabase(config, undefined, { demo: false });
const app = await buildApp({ config, db, closeDb: true, logger: true });
app.get('/api/v1/ping', async () => ({ status: 'ok', items: [{ id: 'loan-sme-credit', name: '小微企业信用贷款' }] }));
await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT) });
// The line the harness waits for, as the API's server.ts prints it (the process half loads no browser driver).
console.log(READY_LINE);
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
