// npm start: set up on first run (pnpm, dependencies, builds, embedded database with demo content), then serve.
import { join } from 'node:path';
import { ROOT, runSupervised } from './lib.mjs';
import { setup } from './setup.mjs';

if (!process.env.XINYONG_SKIP_SETUP) setup();
// --import resolves tsx from the working directory, where apps/api declares it.
// A bounded heap: V8 then collects before it grows, and the process stays near 200 MB under load instead of
// climbing past 300 MB (bench/results/load-*.json); API_HEAP_MB raises it for a bigger answer cache.
const heap = `--max-old-space-size=${process.env.API_HEAP_MB ?? 256}`;
// Supervised: if the API ever dies (the heap cap included), it is started again.
runSupervised(process.execPath, [heap, '--import', 'tsx', 'src/server.ts'], {}, join(ROOT, 'apps/api'));
