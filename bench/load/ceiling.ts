// The ceiling: a bare Fastify route on the same machine, same Node, no database. Every API route is reported as a ratio to it.
import { READY_LINE } from '@xinyong/test-support/processes';
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/ping', async () => ({ status: 'ok', items: [{ id: 'loan-sme-credit', name: '小微企业信用贷款' }] }));
await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT) });
// The line the harness waits for, as the API's server.ts prints it (the process half loads no browser driver).
console.log(READY_LINE);
